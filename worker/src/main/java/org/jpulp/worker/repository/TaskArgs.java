package org.jpulp.worker.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jpulp.common.repository.RepositorySchedules;
import org.jpulp.common.task.TaskContext;

/** A repository task's {@code args} as Java values (see {@link org.jpulp.common.repository.RepositoryTasks}). */
final class TaskArgs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode args;

    private TaskArgs(JsonNode args) {
        this.args = args;
    }

    static TaskArgs of(TaskContext context) {
        return new TaskArgs(context.args());
    }

    /**
     * The args of a task a schedule may have fired ({@code {"args": [...], "kwargs": {...}}}), by name, with
     * {@code positional} naming the positional ones (see {@link RepositorySchedules#taskArgs}).
     */
    @SuppressWarnings("unchecked")
    static TaskArgs scheduled(TaskContext context, String... positional) {
        Map<String, Object> args = MAPPER.convertValue(context.args(), LinkedHashMap.class);
        return new TaskArgs(MAPPER.valueToTree(RepositorySchedules.taskArgs(args, positional)));
    }

    String text(String key) {
        JsonNode value = args.path(key);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the task argument " + key + " is missing");
        }
        return value.asText();
    }

    /** A text argument, or null when absent or null. */
    String optionalText(String key) {
        JsonNode value = args.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** An object argument (config, delta, override) with its null values kept; empty when absent. */
    @SuppressWarnings("unchecked")
    Map<String, Object> map(String key) {
        JsonNode value = args.path(key);
        if (!value.isObject()) {
            return new LinkedHashMap<>();
        }
        return MAPPER.convertValue(value, LinkedHashMap.class);
    }

    /** A boolean argument, or null when absent. */
    Boolean flag(String key) {
        JsonNode value = args.get(key);
        return value == null || value.isNull() ? null : value.asBoolean();
    }
}
