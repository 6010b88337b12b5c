package org.jpulp.restapi.repository;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.repository.HistoryQuery;
import org.jpulp.common.repository.RepositoryHistory;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Routes;

/**
 * {@code history/sync/} and {@code history/publish/<distributor>/}: entries newest first unless
 * {@code sort=ascending}, at most {@code limit} (at least 1), started between {@code start_date} and
 * {@code end_date} (ISO-8601). Bad values are 400 naming the parameter.
 */
public final class HistoryResource implements Routes {

    private final Repositories repositories;
    private final RepositoryHistory history;

    @Inject
    public HistoryResource(Repositories repositories, RepositoryHistory history) {
        this.repositories = repositories;
        this.history = history;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .get("/repositories/{repo_id}/history/sync/", Operation.READ, "Sync history", this::sync, 200, 400,
                        404)
                .get("/repositories/{repo_id}/history/publish/{distributor_id}/", Operation.READ,
                        "Publish history of one distributor", this::publish, 200, 400, 404);
    }

    private void sync(Context ctx) {
        String repoId = repositories.get(ctx.pathParam("repo_id")).id();
        HistoryQuery query = query(ctx);
        ctx.json(history.syncHistory(repoId, query).stream().map(RepositoryJson::sync).toList());
    }

    private void publish(Context ctx) {
        String repoId = ctx.pathParam("repo_id");
        String distributorId = repositories.distributor(repoId, ctx.pathParam("distributor_id")).distributorId();
        HistoryQuery query = query(ctx);
        ctx.json(history.publishHistory(repoId, distributorId, query).stream().map(RepositoryJson::publish).toList());
    }

    static HistoryQuery query(Context ctx) {
        Integer limit = null;
        String rawLimit = ctx.queryParam("limit");
        if (rawLimit != null) {
            try {
                limit = Integer.parseInt(rawLimit.strip());
            } catch (NumberFormatException e) {
                throw InvalidValue.of("limit");
            }
            if (limit < 1) {
                throw InvalidValue.of("limit");
            }
        }
        String sort = ctx.queryParam("sort");
        if (sort != null && !sort.equals("ascending") && !sort.equals("descending")) {
            throw InvalidValue.of("sort");
        }
        return new HistoryQuery(limit, "ascending".equals(sort), date(ctx.queryParam("start_date"), "start_date"),
                date(ctx.queryParam("end_date"), "end_date"));
    }

    private static Instant date(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw InvalidValue.of(name);
            }
        }
    }
}
