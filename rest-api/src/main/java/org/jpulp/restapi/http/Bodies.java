package org.jpulp.restapi.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import org.jpulp.common.error.CodedValidationException;
import org.jpulp.common.json.Json;

/**
 * Request bodies as Pulp 2 reads them: JSON, where an empty body counts as {@code {}}. A body that is not JSON is
 * 400 PLP1009; JSON of the wrong top-level type is 400 PLP1015. Bodies over the server's size limit never get
 * here (413).
 */
public final class Bodies {

    private static final ObjectMapper MAPPER = Json.newMapper();

    private Bodies() {
    }

    /** The body as a JSON object. */
    public static JsonNode object(Context ctx) {
        JsonNode body = json(ctx);
        if (body == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!body.isObject()) {
            throw new CodedValidationException("PLP1015", "The request body must be a JSON object, not "
                    + body.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".", Map.of("expected", "object"));
        }
        return body;
    }

    /** The body as any JSON value, or null when it is empty. */
    public static JsonNode json(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (isBlank(bytes)) {
            return null;
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw invalidJson();
        } catch (IOException e) {
            throw invalidJson();
        }
    }

    static CodedValidationException invalidJson() {
        return new CodedValidationException("PLP1009", "The request body does not contain valid JSON.", Map.of());
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
