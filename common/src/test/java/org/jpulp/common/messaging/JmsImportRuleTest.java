package org.jpulp.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only {@code *.jms} packages of common may use the JMS API or Qpid classes. */
class JmsImportRuleTest {

    @Test
    void only_jms_packages_import_jms_or_qpid() throws IOException {
        Path sources = Path.of(System.getProperty("jpulp.root", ".."), "common", "src", "main", "java");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files
                    .filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getParent().getFileName().toString().equals("jms"))
                    .filter(JmsImportRuleTest::importsJmsOrQpid)
                    .map(file -> sources.relativize(file).toString())
                    .toList();
        }

        assertThat(offenders).isEmpty();
    }

    private static boolean importsJmsOrQpid(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .anyMatch(line -> line.startsWith("import jakarta.jms.") || line.startsWith("import org.apache.qpid."));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
