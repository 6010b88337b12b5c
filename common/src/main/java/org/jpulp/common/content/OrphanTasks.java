package org.jpulp.common.content;

import java.util.List;
import java.util.Map;
import org.jpulp.common.task.Tags;
import org.jpulp.common.task.TaskRequest;

/**
 * Orphan removal as Pulp 2 dispatches it: not reserved, tagged {@code pulp:content_unit:orphans} (the legacy
 * {@code POST /content/actions/delete_orphans/} also {@code pulp:action:delete_orphans}).
 * <table>
 *   <caption>task types and arguments</caption>
 *   <tr><th>task type</th><th>args</th></tr>
 *   <tr><td>{@value #DELETE_ALL}</td><td>none</td></tr>
 *   <tr><td>{@value #DELETE_BY_TYPE}</td><td>{@code content_type_id}</td></tr>
 *   <tr><td>{@value #DELETE_BY_ID}</td><td>{@code units}: a list of {@code {content_type_id, unit_id}}</td></tr>
 * </table>
 */
public final class OrphanTasks {

    public static final String DELETE_ALL = "pulp.server.managers.content.orphan.delete_all_orphans";
    public static final String DELETE_BY_TYPE = "pulp.server.managers.content.orphan.delete_orphans_by_type";
    public static final String DELETE_BY_ID = "pulp.server.managers.content.orphan.delete_orphans_by_id";

    private static final String TAG = Tags.resource("content_unit", "orphans");

    private OrphanTasks() {
    }

    public static TaskRequest deleteAll() {
        return TaskRequest.of(DELETE_ALL, List.of(), Map.of(), List.of(TAG));
    }

    public static TaskRequest deleteByType(String typeId) {
        return TaskRequest.of(DELETE_BY_TYPE, List.of(), Map.of("content_type_id", typeId), List.of(TAG));
    }

    /** {@code units}: {@code {content_type_id, unit_id}} pairs; {@code legacy} adds the action tag. */
    public static TaskRequest deleteByIds(List<Map<String, String>> units, boolean legacy) {
        List<String> tags = legacy ? List.of(TAG, Tags.action("delete_orphans")) : List.of(TAG);
        return TaskRequest.of(DELETE_BY_ID, List.of(), Map.of("units", units), tags);
    }
}
