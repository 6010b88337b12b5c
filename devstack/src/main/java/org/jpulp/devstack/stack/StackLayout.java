package org.jpulp.devstack.stack;

import java.nio.file.Path;

/**
 * Where the local stack keeps things: {@code <home>/server.conf}, {@code logs/<component>.log},
 * {@code run/<component>.pid}, {@code sample/} (the sample feed) and {@code data/} (database file, broker store, content storage).
 * {@code root} is the source checkout whose modules hold the built executables.
 */
public record StackLayout(Path root, Path home) {

    public Path config() {
        return home.resolve("server.conf");
    }

    public Path log(String component) {
        return home.resolve("logs").resolve(component + ".log");
    }

    public Path pidFile(String component) {
        return home.resolve("run").resolve(component + ".pid");
    }

    public Path data() {
        return home.resolve("data");
    }

    /** The sample file and yum repositories the stack mirrors ({@code sample/}). */
    public Path sample() {
        return home.resolve("sample");
    }

    public Path launcher(String module, String executable) {
        return root.resolve(module).resolve("target/dist/bin").resolve(executable);
    }
}
