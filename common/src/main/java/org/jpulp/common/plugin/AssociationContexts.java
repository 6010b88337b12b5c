package org.jpulp.common.plugin;

import java.util.List;
import java.util.Objects;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitSearch;
import org.jpulp.common.criteria.UnitAssociationCriteria;

/** {@link CopyContext} and {@link UnassociateContext} around a repository's {@link PluginContext} (e.g. a task's). */
public final class AssociationContexts {

    private AssociationContexts() {
    }

    /** {@code destination} is the context of the destination repository's importer. */
    public static CopyContext copy(PluginContext destination, String sourceRepoId, List<Unit> units,
                                   UnitAssociationCriteria criteria, UnitSearch search) {
        return new Copy(destination, sourceRepoId, units, criteria, search);
    }

    public static UnassociateContext unassociate(PluginContext repository, List<Unit> units,
                                                 UnitAssociationCriteria criteria, UnitSearch search) {
        return new Unassociate(repository, units, criteria, search);
    }

    private abstract static class Delegating extends ForwardingPluginContext {
        private final List<Unit> units;
        private final UnitAssociationCriteria criteria;
        private final UnitSearch search;

        Delegating(PluginContext delegate, List<Unit> units, UnitAssociationCriteria criteria, UnitSearch search) {
            super(delegate);
            this.units = List.copyOf(units);
            this.criteria = Objects.requireNonNull(criteria, "criteria");
            this.search = Objects.requireNonNull(search, "search");
        }

        public List<Unit> matchedUnits() {
            return units;
        }

        public UnitAssociationCriteria criteria() {
            return criteria;
        }

        public UnitSearch search() {
            return search;
        }
    }

    private static final class Copy extends Delegating implements CopyContext {
        private final String sourceRepoId;

        Copy(PluginContext destination, String sourceRepoId, List<Unit> units, UnitAssociationCriteria criteria,
             UnitSearch search) {
            super(destination, units, criteria, search);
            this.sourceRepoId = Objects.requireNonNull(sourceRepoId, "sourceRepoId");
        }

        @Override
        public String sourceRepoId() {
            return sourceRepoId;
        }
    }

    private static final class Unassociate extends Delegating implements UnassociateContext {
        Unassociate(PluginContext repository, List<Unit> units, UnitAssociationCriteria criteria, UnitSearch search) {
            super(repository, units, criteria, search);
        }
    }
}
