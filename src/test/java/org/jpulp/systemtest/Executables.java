package org.jpulp.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the launcher scripts the build produced ({@code <module>/target/dist/bin/<executable>}). */
final class Executables {

    static final Path ROOT = Path.of(System.getProperty("jpulp.root", "..")).toAbsolutePath().normalize();

    private Executables() {
    }

    static Path launcher(String module, String executable) {
        Path p = ROOT.resolve(module).resolve("target/dist/bin").resolve(executable);
        if (!Files.isExecutable(p)) {
            throw new IllegalStateException(p + " is missing: system tests need `./mvnw verify` (or package) first");
        }
        return p;
    }

    static Path beat() {
        return launcher("beat", "jpulp-beat");
    }

    static Path resourceManager() {
        return launcher("resource-manager", "jpulp-resource-manager");
    }

    static Path worker() {
        return launcher("worker", "jpulp-worker");
    }

    static Path restApi() {
        return launcher("rest-api", "jpulp-rest-api");
    }

    static Path devstack() {
        return launcher("devstack", "jpulp-devstack");
    }
}
