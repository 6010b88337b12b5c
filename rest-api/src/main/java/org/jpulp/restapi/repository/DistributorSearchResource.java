package org.jpulp.restapi.repository;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Set;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.repository.DistributorSearch;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.Routes;
import org.jpulp.restapi.search.SearchRequests;

/** {@code /distributors/search/}: the distributors of every repository by generic criteria (POST and GET forms). */
public final class DistributorSearchResource implements Routes {

    private static final Set<String> ALWAYS_KEPT = Set.of("id", "_id", "_href");

    private final DistributorSearch distributors;

    @Inject
    public DistributorSearchResource(DistributorSearch distributors) {
        this.distributors = distributors;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .post("/distributors/search/", Operation.READ, "Search distributors of all repositories", ctx -> {
                    JsonNode body = Bodies.object(ctx);
                    search(ctx, SearchRequests.fromBody(body));
                }, 200, 400)
                .get("/distributors/search/", Operation.READ, "Search distributors of all repositories (query form)",
                        ctx -> search(ctx, SearchRequests.fromQuery(ctx)), 200, 400);
    }

    private void search(Context ctx, Criteria criteria) {
        ctx.json(SearchRequests.project(distributors.search(criteria).stream().map(RepositoryJson::distributor)
                .toList(), criteria.fields(), ALWAYS_KEPT));
    }
}
