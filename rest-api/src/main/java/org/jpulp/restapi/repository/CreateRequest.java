package org.jpulp.restapi.repository;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.repository.RepositoryIds;
import org.jpulp.restapi.http.Fields;

/**
 * The body of {@code POST /repositories/}: {@code id} (required, Pulp's id characters), {@code display_name}
 * (defaults to the id), {@code description}, {@code notes}, {@code importer_type_id} with {@code importer_config},
 * and {@code distributors}, a list of {@code {distributor_type_id, distributor_config, auto_publish,
 * distributor_id}}. Other keys are ignored, as Pulp 2 does.
 */
record CreateRequest(String id, String displayName, String description, Map<String, Object> notes,
                     String importerTypeId, Map<String, Object> importerConfig, List<NewDistributor> distributors) {

    static CreateRequest parse(JsonNode body) {
        String id = Fields.requiredString(body, "id");
        if (!RepositoryIds.isValidRepoId(id)) {
            throw InvalidValue.of("repo_id");
        }
        String importerType = Fields.optionalString(body, "importer_type_id");
        Map<String, Object> importerConfig = PluginConfigs.withoutNulls(Fields.optionalObject(body, "importer_config"));
        if (importerType == null && Fields.present(body, "importer_config")) {
            throw InvalidValue.of("importer_type_id");
        }
        return new CreateRequest(id, Fields.optionalString(body, "display_name"),
                Fields.optionalString(body, "description"), Fields.optionalObject(body, "notes"), importerType,
                importerConfig, distributors(body.get("distributors")));
    }

    private static List<NewDistributor> distributors(JsonNode list) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw InvalidValue.of("distributors");
        }
        List<NewDistributor> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode d : list) {
            if (!d.isObject()) {
                throw InvalidValue.of("distributors");
            }
            NewDistributor parsed = NewDistributor.parse(d);
            if (!ids.add(parsed.id())) {
                throw InvalidValue.of("distributors");
            }
            out.add(parsed);
        }
        return out;
    }

    /** One distributor to add: to a new repository, or by {@code POST .../distributors/}. */
    record NewDistributor(String id, String typeId, Map<String, Object> config, boolean autoPublish) {

        static NewDistributor parse(JsonNode body) {
            String typeId = Fields.requiredString(body, "distributor_type_id");
            String id = Fields.optionalString(body, "distributor_id");
            if (id == null) {
                id = UUID.randomUUID().toString();
            } else if (!RepositoryIds.isValidDistributorId(id)) {
                throw InvalidValue.of("distributor_id");
            }
            Boolean autoPublish = Fields.optionalBoolean(body, "auto_publish");
            return new NewDistributor(id, typeId,
                    PluginConfigs.withoutNulls(Fields.optionalObject(body, "distributor_config")),
                    autoPublish != null && autoPublish);
        }
    }
}
