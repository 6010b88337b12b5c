package org.jpulp.plugin.rpm.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpulp.plugin.rpm.copy.CopyBed.criteria;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.testing.http.FixtureServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.rpm.TestRpm;
import org.jpulp.testing.rpm.YumRepoFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Recursive copies take the providers of what packages require (Pulp 2's CopyConservativeTestCase matrix). */
@ExtendWith(EmbeddedMongoExtension.class)
class YumRecursiveCopyTest {

    @TempDir
    static Path feedDir;
    static FixtureServer server;
    static String feed;

    @TempDir
    Path dir;
    CopyBed copies;

    @BeforeAll
    static void buildFeed() {
        server = FixtureServer.http();
        feed = YumRepoFixture.with(TestRpm.of("chimpanzee", "0.21", "1").withRequires("walrus")
                                .withRequires("banana"),
                        TestRpm.of("walrus", "0.71", "1"), TestRpm.of("walrus", "5.21", "1"),
                        TestRpm.of("banana", "1.0", "1").withRequires("peel-provider"),
                        TestRpm.of("peel", "2.0", "1").withProvides("peel-provider"), TestRpm.of("zebra", "1", "1"))
                .build(feedDir.resolve("zoo")).serve(server, "/zoo/").toString();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void syncSource(MongoDatabase db) throws Exception {
        copies = new CopyBed(db, dir);
        copies.bed.sync("zoo", Map.of("feed", feed));
    }

    private static UnitAssociationCriteria named(String name, String version) {
        return criteria(Map.of("type_ids", List.of("rpm"), "filters", Map.of("unit", version == null
                ? Map.of("name", name) : Map.of("name", name, "version", version))));
    }

    @Test
    void without_flags_only_the_package_is_copied() throws Exception {
        copies.copy("zoo", "dest", named("chimpanzee", null), Map.of());

        assertThat(copies.rpms("dest")).containsExactly("chimpanzee-0.21");
    }

    @Test
    void recursive_takes_the_newest_providers_transitively() throws Exception {
        copies.copy("zoo", "dest", named("chimpanzee", null), Map.of("recursive", true));

        assertThat(copies.rpms("dest")).containsExactly("banana-1.0", "chimpanzee-0.21", "peel-2.0", "walrus-5.21");
    }

    @Test
    void recursive_conservative_keeps_an_older_provider_the_destination_has() throws Exception {
        copies.copy("zoo", "dest", named("walrus", "0.71"), Map.of());

        copies.copy("zoo", "dest", named("chimpanzee", null), Map.of("recursive_conservative", true));

        assertThat(copies.rpms("dest")).containsExactly("banana-1.0", "chimpanzee-0.21", "peel-2.0", "walrus-0.71");
    }

    @Test
    void recursive_copies_the_newest_provider_even_when_the_destination_has_an_older_one() throws Exception {
        copies.copy("zoo", "dest", named("walrus", "0.71"), Map.of());

        copies.copy("zoo", "dest", named("chimpanzee", null), Map.of("recursive", true));

        assertThat(copies.rpms("dest")).containsExactly("banana-1.0", "chimpanzee-0.21", "peel-2.0", "walrus-0.71",
                "walrus-5.21");
    }
}
