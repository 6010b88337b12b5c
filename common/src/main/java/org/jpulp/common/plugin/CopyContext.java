package org.jpulp.common.plugin;

import java.util.List;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitSearch;
import org.jpulp.common.criteria.UnitAssociationCriteria;

/**
 * {@link ImporterType#copy}'s view, on the destination repository: {@link #repoId()} is the destination and
 * {@link #config()} its importer's config under the request's {@code override_config} (where copy options such as
 * {@code recursive} arrive). {@link #matchedUnits()} are the source repository's units the criteria matched; an importer
 * that copies related units as well (errata with their packages) finds them with {@link #search()}.
 */
public interface CopyContext extends PluginContext {

    String sourceRepoId();

    /** The matched units of the source repository, grouped by type id, in no particular order within a type. */
    List<Unit> matchedUnits();

    UnitAssociationCriteria criteria();

    UnitSearch search();
}
