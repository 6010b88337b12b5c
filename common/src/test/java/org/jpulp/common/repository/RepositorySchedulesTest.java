package org.jpulp.common.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jpulp.common.schedule.ScheduledTask;
import org.junit.jupiter.api.Test;

class RepositorySchedulesTest {

    @Test
    void aScheduledPublishIsTheActionsTaskWithPulpsPositionalArguments() {
        ScheduledTask task = RepositorySchedules.publish("zoo", "web", Map.of("force_full", true), "admin");

        assertThat(task.task()).isEqualTo(RepositoryTasks.PUBLISH);
        assertThat(task.args()).isEqualTo(List.of("zoo", "web"));
        assertThat(task.kwargs()).isEqualTo(Map.of("overrides", Map.of("force_full", true)));
        assertThat(task.reservedResources()).containsExactly("repository:zoo");
        assertThat(task.tags()).containsExactly("pulp:repository:zoo", "pulp:action:publish");
        assertThat(task.principal()).isEqualTo("admin");
    }

    @Test
    void firedArgumentsBecomeTheActionsNamedArguments() {
        Map<String, Object> fired = RepositorySchedules.sync("zoo", Map.of("validate", false), null)
                .toRequest("s1").args();

        assertThat(RepositorySchedules.taskArgs(fired, "repo_id"))
                .containsEntry("repo_id", "zoo").containsEntry("override_config", Map.of("validate", false));
        Map<String, Object> direct = RepositoryTasks.sync("zoo", Map.of()).args();
        assertThat(RepositorySchedules.taskArgs(direct, "repo_id")).isSameAs(direct);
    }
}
