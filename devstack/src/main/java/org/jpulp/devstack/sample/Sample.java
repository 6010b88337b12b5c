package org.jpulp.devstack.sample;

import java.util.List;
import java.util.Map;

/**
 * A repository {@code ./jpulp up} mirrors from the sample feed: its id, how to create it through the REST API and
 * where the frontend serves it once published.
 *
 * @param feedPath   the sample feed's sub-path this repository syncs from ("" for the feed root)
 * @param servedPath the frontend path prefix of published trees, e.g. {@code /pulp/isos/}; the tree is served
 *                   under its {@code relative_url}, which is the repository id
 */
public record Sample(String id, String displayName, String importerTypeId, String distributorTypeId,
                     String distributorId, Map<String, Object> distributorConfig, String feedPath,
                     String servedPath) {

    public static final Sample ISO = new Sample("sample-iso", "jpulp sample file repository", "iso_importer",
            "iso_distributor", "iso", Map.of("serve_http", true, "serve_https", false, "relative_url", "sample-iso"),
            "", "/pulp/isos/");
    public static final Sample RPM = new Sample("sample-rpm", "jpulp sample yum repository", "yum_importer",
            "yum_distributor", "yum", Map.of("http", true, "https", false, "relative_url", "sample-rpm"),
            SampleFeed.RPM_DIR + "/", "/pulp/repos/");

    public static final List<Sample> ALL = List.of(ISO, RPM);

    /** The body of {@code POST /repositories/} for this sample on a feed served at {@code feedRoot}. */
    Map<String, Object> createBody(String feedRoot) {
        return Map.of("id", id, "display_name", displayName,
                "importer_type_id", importerTypeId, "importer_config", Map.of("feed", feedRoot + feedPath),
                "distributors", List.of(Map.of("distributor_type_id", distributorTypeId,
                        "distributor_id", distributorId, "auto_publish", false,
                        "distributor_config", distributorConfig)));
    }

    /** Where the frontend at {@code frontendRoot} (e.g. {@code http://127.0.0.1:8080}) serves the published sample. */
    public String servedUrl(String frontendRoot) {
        return frontendRoot + servedPath + id + "/";
    }
}
