package org.jpulp.worker.unit;

import java.time.Instant;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.repository.RepositoryStore;

/** Repository bookkeeping shared by copy and unassociate. */
final class RepositoryUnits {

    private RepositoryUnits() {
    }

    static void require(RepositoryStore store, String repoId) {
        if (store.find(repoId).isEmpty()) {
            throw new MissingResource("repository", repoId);
        }
    }

    /** New {@code content_unit_counts}; {@code last_unit_added}/{@code _removed} only when that happened. */
    static void refresh(RepositoryStore store, PluginServices services, String repoId, AssociationReport report,
                        Instant now) {
        store.updateContent(repoId, services.associations().countsByType(repoId), report.added() > 0 ? now : null,
                report.removed() > 0 ? now : null);
    }
}
