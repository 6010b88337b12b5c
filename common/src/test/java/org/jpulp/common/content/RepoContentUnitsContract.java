package org.jpulp.common.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link RepoContentUnits} shares; subclasses supply an empty one on {@link #clock}. */
public abstract class RepoContentUnitsContract {

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00.250Z"));

    protected abstract RepoContentUnits associations();

    @Test
    void associate_creates_once_then_only_bumps_updated() {
        RepoContentUnits a = associations();

        assertThat(a.associate("zoo", "iso", "u1")).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(a.associate("zoo", "iso", "u1")).isFalse();

        assertThat(a.find("zoo", "iso", "u1")).contains(
                new Association("zoo", "iso", "u1", "2026-03-01T12:00:00Z", "2026-03-01T12:05:00Z"));
        assertThat(a.unitIds("zoo", "iso")).containsExactly("u1");
    }

    @Test
    void for_each_streams_the_repository_associations_by_type_then_unit() {
        RepoContentUnits a = associations();
        a.associate("zoo", "rpm", "u2");
        a.associate("zoo", "erratum", "e1");
        a.associate("zoo", "rpm", "u1");
        a.associate("farm", "rpm", "u3");
        List<Association> seen = new java.util.ArrayList<>();

        a.forEach("zoo", seen::add);

        String now = "2026-03-01T12:00:00Z";
        assertThat(seen).containsExactly(new Association("zoo", "erratum", "e1", now, now),
                new Association("zoo", "rpm", "u1", now, now), new Association("zoo", "rpm", "u2", now, now));
    }

    @Test
    void bulk_association_adds_the_new_ones_and_leaves_the_existing_ones() {
        RepoContentUnits a = associations();
        a.associate("zoo", "iso", "u2");
        clock.advance(Duration.ofMinutes(5));
        List<String> many = IntStream.range(0, 2_500).mapToObj(i -> "m" + i).toList();

        List<String> added = a.associateAll("zoo", "iso", List.of("u1", "u2", "u3", "u1"));
        List<String> addedMany = a.associateAll("zoo", "iso", many);

        assertThat(added).containsExactly("u1", "u3");
        assertThat(addedMany).hasSize(2_500);
        assertThat(a.find("zoo", "iso", "u2").orElseThrow().updated()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(a.countsByType("zoo")).isEqualTo(Map.of("iso", 2_503L));
        assertThat(a.unassociateAll("zoo", "iso", List.of("u1", "u2", "gone"))).isEqualTo(2);
        assertThat(a.unassociateAll("zoo", "iso", many)).isEqualTo(2_500);
        assertThat(a.unitIds("zoo", "iso")).containsExactly("u3");
    }

    @Test
    void concurrent_associations_of_one_unit_create_it_once() throws Exception {
        RepoContentUnits a = associations();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> created = pool.invokeAll(IntStream.range(0, 16)
                    .mapToObj(i -> (Callable<Boolean>) () -> a.associate("zoo", "iso", "u1")).toList());
            long trues = 0;
            for (Future<Boolean> f : created) {
                trues += f.get() ? 1 : 0;
            }

            assertThat(trues).isEqualTo(1);
            assertThat(a.unitIds("zoo", "iso")).containsExactly("u1");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void units_are_shared_between_repositories() {
        RepoContentUnits a = associations();
        a.associate("zoo", "iso", "u1");
        a.associate("farm", "iso", "u1");
        a.associate("farm", "iso", "u2");

        assertThat(a.repoIds("iso", "u1")).containsExactly("farm", "zoo");
        assertThat(a.unitIds("farm", "iso")).containsExactly("u1", "u2");
        assertThat(a.isAssociated("zoo", "iso", "u2")).isFalse();
        assertThat(a.repoIds("iso", "u3")).as("an orphan").isEmpty();
    }

    @Test
    void unassociate_removes_only_that_association() {
        RepoContentUnits a = associations();
        a.associate("zoo", "iso", "u1");
        a.associate("farm", "iso", "u1");

        assertThat(a.unassociate("zoo", "iso", "u1")).isTrue();
        assertThat(a.unassociate("zoo", "iso", "u1")).isFalse();

        assertThat(a.find("zoo", "iso", "u1")).isEmpty();
        assertThat(a.repoIds("iso", "u1")).containsExactly("farm");
    }

    @Test
    void counts_units_per_type_for_content_unit_counts() {
        RepoContentUnits a = associations();
        a.associate("zoo", "iso", "u1");
        a.associate("zoo", "iso", "u2");
        a.associate("zoo", "rpm", "r1");
        a.associate("farm", "iso", "u3");

        assertThat(a.countsByType("zoo")).isEqualTo(Map.of("iso", 2L, "rpm", 1L));
        assertThat(a.countsByType("empty")).isEmpty();
    }

    @Test
    void remove_repo_drops_every_association_of_that_repository() {
        RepoContentUnits a = associations();
        a.associate("zoo", "iso", "u1");
        a.associate("zoo", "rpm", "r1");
        a.associate("farm", "iso", "u1");

        assertThat(a.removeRepo("zoo")).isEqualTo(2);

        assertThat(a.countsByType("zoo")).isEmpty();
        assertThat(a.unitIds("farm", "iso")).containsExactly("u1");
    }

    @Test
    void bulk_associate_counts_new_associations_and_bulk_unassociate_removes_them() {
        RepoContentUnits a = associations();
        a.associate("zoo", "rpm", "u0");
        List<String> ids = IntStream.range(0, 2500).mapToObj(i -> "u" + i).toList();

        assertThat(a.associateAll("zoo", "rpm", ids)).hasSize(2499).doesNotContain("u0");
        assertThat(a.associateAll("zoo", "rpm", ids)).isEmpty();
        assertThat(a.unitIds("zoo", "rpm")).hasSize(2500);
        assertThat(a.isAssociated("other", "rpm", "u1")).isFalse();

        assertThat(a.unassociateAll("zoo", "rpm", List.of("u1", "u2", "nope"))).isEqualTo(2);
        assertThat(a.unassociateAll("zoo", "rpm", ids.subList(3, 2500))).isEqualTo(2497);
        assertThat(a.unitIds("zoo", "rpm")).containsExactly("u0");
    }
}
