package org.jpulp.common.plugin;

import java.util.List;

/** An importer ({@code iso_importer}, {@code yum_importer}): validates its config, syncs repositories, takes uploads. */
public interface ImporterType {

    String id();

    String displayName();

    /** Unit type ids this importer brings into repositories. */
    List<String> supportedTypes();

    /** Checks a config before it is stored (add/update importer) or used (sync override). */
    ConfigCheck validateConfig(String repoId, PluginConfig config);

    /**
     * Mirrors the repository's feed: downloads what is missing into the content store, stores units, updates the
     * repository's associations, reports progress under this importer's id and stops when the task is canceled
     * ({@link org.jpulp.common.task.TaskCanceledException}).
     *
     * @throws PluginException when the sync failed; the message names what failed and why
     */
    default SyncReport sync(SyncContext context) throws Exception {
        throw new PluginException("the importer " + id() + " cannot synchronize repositories");
    }

    /**
     * Pulp 2's {@code import_upload}: makes a unit from the uploaded file and/or the given key and metadata and
     * associates it with the repository. Invalid uploads answer a failure report rather than throwing.
     */
    default UploadReport importUpload(UploadContext context) throws Exception {
        return UploadReport.failure(context.unitTypeId() + " is not a supported type for upload");
    }

    /**
     * Copies units from another repository into this importer's repository (Pulp 2's {@code import_units}, called
     * for the destination's importer). The platform has checked that this importer supports the matched types. The
     * default associates exactly the matched units; importers override it to copy related units too
     * ({@code recursive}) or to keep rules of their repositories (one ISO per name).
     */
    default AssociationReport copy(CopyContext context) throws Exception {
        return UnitAssociations.copyAll(context);
    }

    /**
     * Removes units from this importer's repository (Pulp 2's {@code remove_units}). The default removes exactly the
     * matched units; importers override it to remove dependent units as well.
     */
    default AssociationReport unassociate(UnassociateContext context) throws Exception {
        return UnitAssociations.removeAll(context);
    }
}
