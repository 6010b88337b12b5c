package org.jpulp.restapi.http;

import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.EndpointMetadata;
import java.util.List;
import org.jpulp.common.auth.Operation;

/**
 * What an endpoint needs and promises, attached to it when it is registered through {@link ApiRoutes}: the
 * permission operation it checks on its resource path (null: no authentication at all, as {@code /status/}), a
 * one-line summary and its response codes. The authorization filter and the OpenAPI document both read it, so
 * they cannot disagree with the route table.
 */
public record RouteDoc(Operation operation, String summary, List<Integer> responses) implements EndpointMetadata {

    public RouteDoc {
        responses = List.copyOf(responses);
    }

    public boolean isPublic() {
        return operation == null;
    }

    /** The endpoint's own doc, or for one registered without it the operation its method implies in Pulp 2. */
    public static RouteDoc of(Endpoint endpoint) {
        RouteDoc doc = endpoint.metadata(RouteDoc.class);
        if (doc != null) {
            return doc;
        }
        HandlerType m = endpoint.method;
        Operation op = m == HandlerType.POST ? Operation.CREATE : m == HandlerType.PUT ? Operation.UPDATE
                : m == HandlerType.DELETE ? Operation.DELETE : Operation.READ;
        return new RouteDoc(op, null, List.of());
    }
}
