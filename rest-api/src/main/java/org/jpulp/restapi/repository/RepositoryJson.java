package org.jpulp.restapi.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.PublishResult;
import org.jpulp.common.repository.Repository;
import org.jpulp.common.repository.SyncResult;
import org.jpulp.restapi.http.Hrefs;
import org.jpulp.restapi.http.IsoDates;

/** The REST shapes of repositories, importers, distributors and their history, as Pulp 2's serializers make them. */
final class RepositoryJson {

    /** Importer config keys Pulp 2 never shows. */
    private static final Set<String> MASKED = Set.of("basic_auth_password", "proxy_password");

    private RepositoryJson() {
    }

    static Map<String, Object> repository(Repository r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("_id", Hrefs.oid(r.objectId()));
        out.put("_ns", "repos");
        out.put("_href", Hrefs.of("repositories", r.id()));
        out.put("display_name", r.displayName());
        out.put("description", r.description());
        out.put("notes", r.notes());
        out.put("scratchpad", r.scratchpad());
        out.put("content_unit_counts", r.contentUnitCounts());
        out.put("last_unit_added", IsoDates.format(r.lastUnitAdded()));
        out.put("last_unit_removed", IsoDates.format(r.lastUnitRemoved()));
        return out;
    }

    /** With the options of {@code ?details=true}, {@code ?importers=true} and {@code ?distributors=true}. */
    static Map<String, Object> repository(Repository r, Details details, List<Importer> importers,
                                          List<Distributor> distributors) {
        Map<String, Object> out = repository(r);
        if (details.importers()) {
            out.put("importers", importers.stream().map(RepositoryJson::importer).toList());
        }
        if (details.distributors()) {
            out.put("distributors", distributors.stream().map(RepositoryJson::distributor).toList());
        }
        if (details.all()) {
            out.put("total_repository_units", r.totalUnits());
            // every unit is stored locally until lazy (on-demand) downloads exist
            out.put("locally_stored_units", r.totalUnits());
        }
        return out;
    }

    static Map<String, Object> importer(Importer i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_href", Hrefs.of("repositories", i.repoId(), "importers", i.id()));
        out.put("_id", Hrefs.oid(i.objectId()));
        out.put("_ns", "repo_importers");
        out.put("id", i.id());
        out.put("importer_type_id", i.importerTypeId());
        out.put("repo_id", i.repoId());
        Map<String, Object> config = new LinkedHashMap<>(i.config());
        MASKED.forEach(k -> config.computeIfPresent(k, (key, v) -> "*****"));
        out.put("config", config);
        out.put("scratchpad", i.scratchpad());
        out.put("last_sync", IsoDates.format(i.lastSync()));
        out.put("last_updated", IsoDates.format(i.lastUpdated()));
        out.put("last_override_config", Map.of());
        return out;
    }

    static Map<String, Object> distributor(Distributor d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_href", Hrefs.of("repositories", d.repoId(), "distributors", d.distributorId()));
        out.put("_id", Hrefs.oid(d.objectId()));
        out.put("_ns", "repo_distributors");
        out.put("id", d.distributorId());
        out.put("distributor_type_id", d.distributorTypeId());
        out.put("repo_id", d.repoId());
        out.put("config", d.config());
        out.put("auto_publish", d.autoPublish());
        out.put("last_publish", IsoDates.format(d.lastPublish()));
        out.put("last_updated", IsoDates.format(d.lastUpdated()));
        out.put("last_override_config", Map.of());
        out.put("scratchpad", d.scratchpad());
        return out;
    }

    static Map<String, Object> sync(SyncResult r) {
        Map<String, Object> out = history(r.objectId(), "repo_sync_results", r.repoId());
        out.put("importer_id", r.importerId());
        out.put("importer_type_id", r.importerTypeId());
        out.put("started", IsoDates.format(r.started()));
        out.put("completed", IsoDates.format(r.completed()));
        out.put("result", r.result());
        out.put("added_count", r.addedCount());
        out.put("removed_count", r.removedCount());
        out.put("updated_count", r.updatedCount());
        return outcome(out, r.summary(), r.details(), r.errorMessage(), r.exception(), r.traceback());
    }

    static Map<String, Object> publish(PublishResult r) {
        Map<String, Object> out = history(r.objectId(), "repo_publish_results", r.repoId());
        out.put("distributor_id", r.distributorId());
        out.put("distributor_type_id", r.distributorTypeId());
        out.put("started", IsoDates.format(r.started()));
        out.put("completed", IsoDates.format(r.completed()));
        out.put("result", r.result());
        return outcome(out, r.summary(), r.details(), r.errorMessage(), r.exception(), r.traceback());
    }

    private static Map<String, Object> history(String oid, String ns, String repoId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_id", Hrefs.oid(oid));
        out.put("id", oid);
        out.put("_ns", ns);
        out.put("repo_id", repoId);
        return out;
    }

    private static Map<String, Object> outcome(Map<String, Object> out, Object summary,
                                               Object details, String errorMessage, String exception,
                                               String traceback) {
        out.put("summary", summary);
        out.put("details", details);
        out.put("error_message", errorMessage);
        out.put("exception", exception);
        out.put("traceback", traceback);
        return out;
    }

    /** Which parts to add to a repository: {@code details} means importers, distributors and unit totals. */
    record Details(boolean all, boolean importers, boolean distributors) {

        static final Details NONE = new Details(false, false, false);

        static Details of(boolean details, boolean importers, boolean distributors) {
            return new Details(details, details || importers, details || distributors);
        }

        boolean any() {
            return importers || distributors;
        }
    }
}
