package org.jpulp.worker.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.repository.RepositorySchedules;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.schedule.NewSchedule;
import org.jpulp.common.schedule.ScheduledCall;
import org.jpulp.common.task.TaskRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a fired sync or publish schedule runs, and removals taking their schedules with them. */
class ScheduledRepositoryTasksTest {

    @TempDir
    Path dir;

    @Test
    void aFiredSyncScheduleRunsTheSyncWithItsOverrides() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of("units", List.of("a")))
                .distributor("zoo", "auto", true, Map.of());
        ScheduledCall call = bed.schedules.create(NewSchedule.of("PT1H", "pulp:importer:zoo:fake_importer",
                RepositorySchedules.sync("zoo", Map.of("units", List.of("x", "y")), "admin")));
        TaskRequest fired = call.task().toRequest(call.id());
        FakeTaskContext context = bed.context(fired);

        bed.sync().run(context);

        assertThat(fired.taskType()).isEqualTo(RepositoryTasks.SYNC);
        TaskRequest action = RepositoryTasks.sync("zoo", Map.of());
        assertThat(fired.resources()).isEqualTo(action.resources());
        assertThat(fired.tags()).isEqualTo(action.tags());
        assertThat(fired.scheduledCallId()).isEqualTo(call.id());
        assertThat(bed.store.find("zoo").orElseThrow().contentUnitCounts()).containsEntry(FakePlugin.TYPE, 2L);
        assertThat(context.spawned()).singleElement().satisfies(p -> assertThat(p.taskType())
                .isEqualTo(RepositoryTasks.PUBLISH));
    }

    @Test
    void aFiredPublishScheduleRunsThePublish() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").distributor("zoo", "web", false, Map.of());
        ScheduledCall call = bed.schedules.create(NewSchedule.of("PT1H", "pulp:distributor:zoo:web",
                RepositorySchedules.publish("zoo", "web", Map.of(), null)));
        TaskRequest fired = call.task().toRequest(call.id());

        bed.publish().run(bed.context(fired));

        assertThat(fired.tags()).isEqualTo(RepositoryTasks.publish("zoo", "web", Map.of()).tags());
        assertThat(bed.plugin.published).containsExactly("zoo/web");
    }

    @Test
    void removingAnImporterDistributorOrRepositoryDeletesItsSchedules() throws Exception {
        TestBed bed = new TestBed(dir).repo("zoo").importer("zoo", Map.of())
                .distributor("zoo", "web", false, Map.of()).distributor("zoo", "ftp", false, Map.of())
                .repo("other").importer("other", Map.of());
        String sync = schedule(bed, RepositorySchedules.importerResource("zoo", "fake_importer"));
        String web = schedule(bed, RepositorySchedules.distributorResource("zoo", "web"));
        String ftp = schedule(bed, RepositorySchedules.distributorResource("zoo", "ftp"));
        String otherSync = schedule(bed, RepositorySchedules.importerResource("other", "fake_importer"));

        new RemoveDistributorTask(bed.repositories, bed.unpublisher, bed.schedules)
                .run(bed.context(RepositoryTasks.removeDistributor("zoo", "web")));
        assertThat(ids(bed)).containsExactlyInAnyOrder(sync, ftp, otherSync);

        new RemoveImporterTask(bed.repositories, bed.schedules)
                .run(bed.context(RepositoryTasks.removeImporter("other", "fake_importer")));
        assertThat(ids(bed)).containsExactlyInAnyOrder(sync, ftp);

        bed.delete().run(bed.context(RepositoryTasks.delete("zoo")));
        assertThat(ids(bed)).isEmpty();
        assertThat(web).isNotNull();
    }

    private static String schedule(TestBed bed, String resource) {
        return bed.schedules.create(NewSchedule.of("PT1H", resource,
                RepositorySchedules.sync("zoo", Map.of(), null))).id();
    }

    private static List<String> ids(TestBed bed) {
        return bed.schedules.list().stream().map(ScheduledCall::id).toList();
    }
}
