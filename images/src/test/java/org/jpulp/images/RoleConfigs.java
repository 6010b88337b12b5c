package org.jpulp.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jpulp.common.config.ConfigLoader;
import org.jpulp.common.config.LoadedConfig;

/**
 * What a role makes of a deployment's settings: the same {@link ConfigLoader} the executables use, fed the
 * environment compose or Kubernetes gives the container (plus the image's own ENV, as its entrypoint passes it on)
 * and the server.conf it mounts. Also knows which variable names anything reads at all.
 */
final class RoleConfigs {

    private static final Pattern VARIABLE_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    private RoleConfigs() {
    }

    /**
     * Loads a role's configuration from {@code env} (as the container sees it) and {@code serverConf} (the text of
     * /etc/pulp/server.conf, or empty when none is mounted), after what the image's entrypoint adds.
     */
    static LoadedConfig load(Map<String, String> imageEnv, Map<String, String> env, Optional<String> serverConf) {
        Map<String, String> all = new HashMap<>(imageEnv);
        all.putAll(env);
        // the entrypoint hands the volume's mount point to the JVM (entrypoint-lib.sh, jpulp_resolve_storage)
        if (all.containsKey("JPULP_STORAGE")) {
            all.putIfAbsent("JPULP_SERVER__STORAGE_DIR", all.get("JPULP_STORAGE"));
        }
        try {
            Path file = Files.createTempFile("server", ".conf");
            try {
                Files.writeString(file, serverConf.orElse(""));
                return ConfigLoader.load(Optional.of(file), all, List.of());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether something reads {@code name}: the Java configuration (any {@code JPULP_<SECTION>__<KEY>}, which
     * {@link #load} then validates, and the names EnvironmentSettings maps), an entrypoint, the health check, or
     * the launcher script.
     */
    static boolean isRead(String name) {
        return name.startsWith("JPULP_") && name.contains("__") || knownNames().contains(name);
    }

    private static java.util.Set<String> known;

    static synchronized java.util.Set<String> knownNames() {
        if (known == null) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            List<Path> readers;
            try (Stream<Path> scripts = Files.walk(Repo.IMAGES)) {
                readers = Stream.concat(scripts.filter(p -> p.toString().endsWith(".sh")),
                        Stream.of(Repo.ROOT.resolve("build-support/launcher/launcher.sh"),
                                Repo.ROOT.resolve("common/src/main/java/org/jpulp/common/config/EnvironmentSettings.java"),
                                Repo.ROOT.resolve("worker/src/main/java/org/jpulp/worker/WorkerRole.java"),
                                Repo.ROOT.resolve("devstack/src/main/java/org/jpulp/devstack/broker/BrokerCommand.java")))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path p : readers) {
                Matcher m = VARIABLE_NAME.matcher(Repo.read(p));
                while (m.find()) {
                    names.add(m.group());
                }
            }
            known = names;
        }
        return known;
    }
}
