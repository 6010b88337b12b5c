package org.jpulp.plugin.rpm.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.jpulp.common.content.Unit;
import org.jpulp.plugin.rpm.ErratumPkglists;
import org.jpulp.plugin.rpm.testbed.RpmTestBed;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errata are shared units: a re-sync updates one only when upstream's is newer (reference §2.6). */
class YumSyncErrataTest {

    @TempDir
    Path dir;

    private static String updateinfo(String updated, String title, String packageName) {
        return YumFeeds.UPDATEINFO.replace("2026-11-02 10:00:00", updated).replace("Bear update", title)
                .replace("name=\"bear\"", "name=\"" + packageName + "\"");
    }

    @Test
    void newerUpdatedDateReplacesTheErratumAndEachRepositoryKeepsItsPackageList() throws Exception {
        RpmTestBed bed = new RpmTestBed(dir);
        try (FixtureServer server = FixtureServer.http()) {
            String zoo = YumRepoFixture.with(YumFeeds.CAT).updateinfo(updateinfo("2026-11-02 10:00:00", "v1", "bear"))
                    .build(dir.resolve("feed/zoo")).serve(server, "/zoo/").toString();
            String farm = YumRepoFixture.with(YumFeeds.CAT)
                    .updateinfo(updateinfo("2026-11-01 10:00:00", "older", "cow"))
                    .build(dir.resolve("feed/farm")).serve(server, "/farm/").toString();
            bed.sync("zoo", Map.of("feed", zoo));
            bed.sync("farm", Map.of("feed", farm));

            assertThat(erratum(bed).metadata()).containsEntry("title", "v1");
            assertThat(packageNames(bed, "zoo")).isEqualTo("bear");
            assertThat(packageNames(bed, "farm")).isEqualTo("cow");

            YumRepoFixture.with(YumFeeds.CAT).updateinfo(updateinfo("2026-11-03", "v2", "bear"))
                    .build(dir.resolve("feed/zoo2")).serve(server, "/zoo/");
            bed.sync("zoo", Map.of("feed", zoo));

            assertThat(erratum(bed).metadata()).containsEntry("title", "v2").containsEntry("updated", "2026-11-03");
            assertThat(bed.units.count("erratum")).isEqualTo(1);
        }
    }

    private static Unit erratum(RpmTestBed bed) {
        return bed.repoUnits("zoo", "erratum").get(0);
    }

    @SuppressWarnings("unchecked")
    private static String packageNames(RpmTestBed bed, String repo) {
        Map<String, Object> collection = ErratumPkglists.collections(bed.documents, repo, "ZOO-2026:1").get(0);
        return (String) ((java.util.List<Map<String, Object>>) collection.get("packages")).get(0).get("name");
    }
}
