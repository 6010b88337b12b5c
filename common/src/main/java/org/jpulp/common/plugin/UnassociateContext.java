package org.jpulp.common.plugin;

import java.util.List;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitSearch;
import org.jpulp.common.criteria.UnitAssociationCriteria;

/**
 * {@link ImporterType#unassociate}'s view: {@link #matchedUnits()} are the repository's units the criteria matched; an
 * importer that removes related units too (a module's artifacts) finds them with {@link #search()}.
 */
public interface UnassociateContext extends PluginContext {

    List<Unit> matchedUnits();

    UnitAssociationCriteria criteria();

    UnitSearch search();
}
