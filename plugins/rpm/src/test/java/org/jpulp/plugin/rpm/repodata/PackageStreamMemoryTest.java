package org.jpulp.plugin.rpm.repodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.jpulp.testing.process.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory is bounded by one package, not by the repository: 50,000 packages, 400 MB of descriptions, a 256 MB heap. */
class PackageStreamMemoryTest {

    @TempDir
    Path tmp;

    @Test
    void streamsFiftyThousandPackagesThatDoNotFitInTheHeap() {
        try (ChildJvm child = ChildJvm.start(PackageStreamMemoryMain.class, tmp.resolve("out.txt"), "50000", "8000")) {
            assertThat(child.awaitExit(Duration.ofMinutes(2))).as(String.join("\n", child.outputLines())).isZero();
            assertThat(child.outputLines()).contains("PACKAGES 50000 " + 50000L * 8000);
        }
    }
}
