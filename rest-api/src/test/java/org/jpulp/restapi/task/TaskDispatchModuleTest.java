package org.jpulp.restapi.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.multibindings.OptionalBinder;
import java.util.List;
import java.util.Map;
import org.jpulp.common.error.NoWorkers;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.common.task.TaskRequest;
import org.junit.jupiter.api.Test;

class TaskDispatchModuleTest {

    private static final TaskRequest REQUEST = TaskRequest.of("pulp.server.tasks.repository.delete",
            List.of("repository:zoo"), Map.of("repo_id", "zoo"), List.of());

    @Test
    void without_a_task_engine_dispatch_is_503_no_workers() {
        TaskDispatcher dispatcher = Guice.createInjector(new TaskDispatchModule()).getInstance(TaskDispatcher.class);

        assertThatThrownBy(() -> dispatcher.dispatch(REQUEST)).isInstanceOf(NoWorkers.class)
                .satisfies(e -> assertThat(((NoWorkers) e).httpStatus()).isEqualTo(503));
    }

    @Test
    void the_task_engine_replaces_the_default_by_setting_the_optional_binding() {
        TaskDispatcher dispatcher = Guice.createInjector(new TaskDispatchModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), TaskDispatcher.class).setBinding()
                        .toInstance(request -> "engine-task-id");
            }
        }).getInstance(TaskDispatcher.class);

        assertThat(dispatcher.dispatch(REQUEST)).isEqualTo("engine-task-id");
    }
}
