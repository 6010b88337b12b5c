package org.jpulp.plugin.iso.copy;

import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.common.plugin.CopyContext;
import org.jpulp.plugin.iso.RepoIsos;

/** Copy into an ISO repository: like Pulp 2, a copied ISO replaces the destination's ISO of the same name. */
public final class IsoCopy {

    private IsoCopy() {
    }

    public static AssociationReport run(CopyContext context) {
        RepoIsos isos = RepoIsos.load(context);
        for (Unit unit : context.matchedUnits()) {
            context.checkCanceled();
            isos.add(unit);
        }
        return AssociationReport.of(context.matchedUnits(), isos.added(), isos.removed());
    }
}
