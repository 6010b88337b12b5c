package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jpulp.common.plugin.PluginException;

/** {@code generate_sqlite}: Pulp 2 ran {@code sqliterepo_c -f --checksum <type> <dir>} over the finished tree. */
final class Sqlite {

    private static final long TIMEOUT_MINUTES = 30;

    private Sqlite() {
    }

    static void generate(Path tree, String checksumType) throws IOException {
        List<String> command = List.of("sqliterepo_c", "--quiet", "-f", "--checksum", checksumType, tree.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new PluginException("RPM0001: generate_sqlite needs sqliterepo_c, which could not be run: "
                    + e.getMessage(), e);
        }
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new PluginException("RPM0001: sqliterepo_c did not finish within " + TIMEOUT_MINUTES
                        + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new PluginException("RPM0001: sqliterepo_c failed (exit " + process.exitValue() + "): "
                        + new String(output, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating sqlite databases", e);
        }
    }
}
