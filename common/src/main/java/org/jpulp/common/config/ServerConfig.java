package org.jpulp.common.config;

import java.nio.file.Path;
import java.time.Duration;

/** {@code [server]}: identity, storage roots, the initial admin and logging. */
public record ServerConfig(String serverName, Path storageDir, Path workingDirectory, String defaultLogin,
                           String defaultPassword, String logLevel, Duration schemaWait) {
}
