package org.jpulp.plugin.rpm;

import java.util.List;
import org.jpulp.common.plugin.UnitTypeDefinition;

/**
 * The unit types of yum repositories. Field names are Pulp 2's REST names, also used in the database (so erratum keys
 * are {@code id} rather than Pulp 2's {@code errata_id}, and its origin is {@code from}): search criteria, upload
 * {@code unit_key}s and stored documents all use one vocabulary and nothing needs remapping.
 */
public final class RpmUnits {

    public static final String RPM = "rpm";
    public static final String SRPM = "srpm";
    public static final String ERRATUM = "erratum";
    public static final String PACKAGE_GROUP = "package_group";
    public static final String PACKAGE_CATEGORY = "package_category";
    public static final String PACKAGE_ENVIRONMENT = "package_environment";
    public static final String PACKAGE_LANGPACKS = "package_langpacks";
    public static final String MODULEMD = "modulemd";
    public static final String MODULEMD_DEFAULTS = "modulemd_defaults";
    public static final String YUM_REPO_METADATA_FILE = "yum_repo_metadata_file";

    /** Key of rpm and srpm units; {@code epoch} is a string, "0" when absent; {@code checksum} is of the whole file. */
    public static final List<String> PACKAGE_KEY =
            List.of("name", "epoch", "version", "release", "arch", "checksumtype", "checksum");

    private static final List<String> PACKAGE_SEARCH = List.of("name", "epoch", "version", "release", "arch",
            "filename", "checksum", "checksumtype", "version_sort_index", "release_sort_index");

    public static final UnitTypeDefinition RPM_TYPE = new UnitTypeDefinition(RPM, "RPM", "RPM",
            PACKAGE_KEY, PACKAGE_SEARCH, List.of(ERRATUM));
    public static final UnitTypeDefinition SRPM_TYPE = new UnitTypeDefinition(SRPM, "SRPM", "SRPM",
            PACKAGE_KEY, PACKAGE_SEARCH, List.of());
    public static final UnitTypeDefinition ERRATUM_TYPE = new UnitTypeDefinition(ERRATUM, "Erratum", "Erratum",
            List.of("id"), List.of("id", "title", "version", "release", "type", "status", "updated", "issued",
            "severity", "references"), List.of(RPM));
    public static final UnitTypeDefinition PACKAGE_GROUP_TYPE = new UnitTypeDefinition(PACKAGE_GROUP,
            "Package Group", "Yum Package group information", List.of("id", "repo_id"),
            List.of("id", "repo_id", "name", "mandatory_package_names", "conditional_package_names",
                    "optional_package_names", "default_package_names"), List.of(RPM));
    public static final UnitTypeDefinition PACKAGE_CATEGORY_TYPE = new UnitTypeDefinition(PACKAGE_CATEGORY,
            "Package Category", "Yum Package category information", List.of("id", "repo_id"),
            List.of("id", "repo_id", "name", "packagegroupids"), List.of(PACKAGE_GROUP));
    public static final UnitTypeDefinition PACKAGE_ENVIRONMENT_TYPE = new UnitTypeDefinition(PACKAGE_ENVIRONMENT,
            "Package Environment", "Yum Package environment information", List.of("id", "repo_id"),
            List.of("id", "repo_id", "name", "group_ids"), List.of(PACKAGE_GROUP));
    public static final UnitTypeDefinition PACKAGE_LANGPACKS_TYPE = new UnitTypeDefinition(PACKAGE_LANGPACKS,
            "Package Langpacks", "Yum Package langpacks information", List.of("repo_id"), List.of(), List.of());
    public static final UnitTypeDefinition MODULEMD_TYPE = new UnitTypeDefinition(MODULEMD, "Modulemd",
            "Modulemd", List.of("name", "stream", "version", "context", "arch"), List.of("name", "stream"),
            List.of(RPM));
    public static final UnitTypeDefinition MODULEMD_DEFAULTS_TYPE = new UnitTypeDefinition(MODULEMD_DEFAULTS,
            "Modulemd Defaults", "Modulemd Defaults", List.of("name", "repo_id"), List.of("name"), List.of());
    public static final UnitTypeDefinition YUM_REPO_METADATA_FILE_TYPE = new UnitTypeDefinition(
            YUM_REPO_METADATA_FILE, "YUM Repository Metadata File", "YUM Repository Metadata File",
            List.of("data_type", "repo_id"), List.of("data_type"), List.of());

    public static final List<UnitTypeDefinition> ALL = List.of(RPM_TYPE, SRPM_TYPE, ERRATUM_TYPE, PACKAGE_GROUP_TYPE,
            PACKAGE_CATEGORY_TYPE, PACKAGE_ENVIRONMENT_TYPE, PACKAGE_LANGPACKS_TYPE, MODULEMD_TYPE,
            MODULEMD_DEFAULTS_TYPE, YUM_REPO_METADATA_FILE_TYPE);

    private RpmUnits() {
    }
}
