package org.jpulp.common.repository;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.task.Tags;
import org.jpulp.common.task.TaskRequest;

/**
 * Copy and unassociate as Pulp 2 dispatches them:
 * <table>
 *   <caption>task types and arguments</caption>
 *   <tr><th>task type</th><th>args</th><th>reserved on</th><th>tags</th></tr>
 *   <tr><td>{@value #ASSOCIATE}</td><td>{@code source_repo_id, dest_repo_id, criteria, override_config}</td>
 *       <td>{@code repository:<dest>} and each destination of
 *       {@code override_config.additional_repos}</td><td>{@code pulp:repository:<dest>}, {@code pulp:repository:<source>},
 *       {@code pulp:action:associate}</td></tr>
 *   <tr><td>{@value #UNASSOCIATE}</td><td>{@code repo_id, criteria}</td><td>{@code repository:<id>}</td>
 *       <td>{@code pulp:repository:<id>}, {@code pulp:action:unassociate}</td></tr>
 * </table>
 * {@code criteria} is the validated unit association criteria as JSON text ({@link UnitAssociationCriteria#text()}):
 * its operators could not be stored as field names of the task document.
 */
public final class UnitAssociationTasks {

    public static final String ASSOCIATE = "pulp.server.managers.repo.unit_association.associate_from_repo";
    public static final String UNASSOCIATE = "pulp.server.managers.repo.unit_association.unassociate_by_criteria";

    private UnitAssociationTasks() {
    }

    public static TaskRequest associate(String sourceRepoId, String destRepoId, UnitAssociationCriteria criteria,
                                        Map<String, Object> overrideConfig) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("source_repo_id", sourceRepoId);
        args.put("dest_repo_id", destRepoId);
        args.put("criteria", criteria.text());
        args.put("override_config", overrideConfig == null ? Map.of() : overrideConfig);
        return TaskRequest.of(ASSOCIATE, destinations(destRepoId, overrideConfig), args,
                List.of(Tags.resource("repository", destRepoId), Tags.resource("repository", sourceRepoId),
                        Tags.action("associate")));
    }

    /**
     * The destination and, as Pulp 2 reserves every destination of a copy, the destinations an RPM copy names in
     * {@code override_config.additional_repos} ({@code {source: destination}}).
     */
    private static List<String> destinations(String destRepoId, Map<String, Object> overrideConfig) {
        Set<String> resources = new LinkedHashSet<>();
        resources.add(Tags.reservation("repository", destRepoId));
        if (overrideConfig != null && overrideConfig.get("additional_repos") instanceof Map<?, ?> more) {
            more.values().stream().filter(String.class::isInstance)
                    .forEach(id -> resources.add(Tags.reservation("repository", (String) id)));
        }
        return List.copyOf(resources);
    }

    public static TaskRequest unassociate(String repoId, UnitAssociationCriteria criteria) {
        return TaskRequest.of(UNASSOCIATE, List.of(Tags.reservation("repository", repoId)),
                Map.of("repo_id", repoId, "criteria", criteria.text()),
                List.of(Tags.resource("repository", repoId), Tags.action("unassociate")));
    }
}
