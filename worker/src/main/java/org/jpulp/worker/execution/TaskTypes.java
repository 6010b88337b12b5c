package org.jpulp.worker.execution;

import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jpulp.common.task.TaskType;

/** The task types this worker can run, by name. */
public final class TaskTypes {

    private final Map<String, TaskType> byName;

    @Inject
    public TaskTypes(Set<TaskType> types) {
        this.byName = types.stream().collect(Collectors.toUnmodifiableMap(TaskType::name, Function.identity()));
    }

    public Optional<TaskType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
