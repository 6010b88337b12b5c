package org.jpulp.restapi.repository;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.RepositorySchedules;
import org.jpulp.common.schedule.NewSchedule;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.schedule.ScheduledCall;
import org.jpulp.common.schedule.ScheduledTask;
import org.jpulp.restapi.auth.Principal;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.Hrefs;
import org.jpulp.restapi.http.Replies;
import org.jpulp.restapi.http.Routes;

/**
 * Sync schedules of importers ({@code /repositories/<id>/importers/<importer_id>/schedules/sync/}) and publish
 * schedules of distributors ({@code .../distributors/<distributor_id>/schedules/publish/}): list, create (201 +
 * Location), get, update (200) and delete (200 {@code null}), in {@code scheduled_calls}. A schedule fires the same
 * reserved task as {@code actions/sync/} or {@code actions/publish/} ({@link RepositorySchedules}) with its
 * {@code override_config}, as the user who created it. Bodies are read by {@link ScheduleBody}; the override must
 * pass the plugin's check; an unknown repository, importer, distributor or schedule is 404.
 */
public final class ScheduleResource implements Routes {

    private static final String SCHEDULE = "schedule";
    private static final String OVERRIDE = "override_config";

    private final Repositories repositories;
    private final PluginConfigs plugins;
    private final ScheduleStore schedules;

    @Inject
    public ScheduleResource(Repositories repositories, PluginConfigs plugins, ScheduleStore schedules) {
        this.repositories = repositories;
        this.plugins = plugins;
        this.schedules = schedules;
    }

    /** What the schedules of one importer or distributor belong to and fire. */
    private interface Owner {
        String resource();

        String href();

        void checkOverride(Map<String, Object> override);

        ScheduledTask task(Map<String, Object> override, String principal);
    }

    @Override
    public void register(RoutesConfig routes) {
        String sync = "/repositories/{repo_id}/importers/{importer_id}/schedules/sync/";
        String publish = "/repositories/{repo_id}/distributors/{distributor_id}/schedules/publish/";
        new ApiRoutes(routes)
                .get(sync, Operation.READ, "List the importer's sync schedules",
                        ctx -> list(ctx, importer(ctx)), 200, 404)
                .post(sync, Operation.CREATE, "Create a sync schedule", ctx -> create(ctx, importer(ctx)),
                        201, 400, 404)
                .get(sync + "{schedule_id}/", Operation.READ, "Get a sync schedule",
                        ctx -> get(ctx, importer(ctx)), 200, 404)
                .put(sync + "{schedule_id}/", Operation.UPDATE, "Update a sync schedule",
                        ctx -> update(ctx, importer(ctx)), 200, 400, 404)
                .delete(sync + "{schedule_id}/", Operation.DELETE, "Delete a sync schedule",
                        ctx -> delete(ctx, importer(ctx)), 200, 404)
                .get(publish, Operation.READ, "List the distributor's publish schedules",
                        ctx -> list(ctx, distributor(ctx)), 200, 404)
                .post(publish, Operation.CREATE, "Create a publish schedule", ctx -> create(ctx, distributor(ctx)),
                        201, 400, 404)
                .get(publish + "{schedule_id}/", Operation.READ, "Get a publish schedule",
                        ctx -> get(ctx, distributor(ctx)), 200, 404)
                .put(publish + "{schedule_id}/", Operation.UPDATE, "Update a publish schedule",
                        ctx -> update(ctx, distributor(ctx)), 200, 400, 404)
                .delete(publish + "{schedule_id}/", Operation.DELETE, "Delete a publish schedule",
                        ctx -> delete(ctx, distributor(ctx)), 200, 404);
    }

    private Owner importer(Context ctx) {
        Importer i = repositories.importer(ctx.pathParam("repo_id"), ctx.pathParam("importer_id"));
        return new Owner() {
            @Override
            public String resource() {
                return RepositorySchedules.importerResource(i.repoId(), i.id());
            }

            @Override
            public String href() {
                return Hrefs.of("repositories", i.repoId(), "importers", i.id(), "schedules", "sync");
            }

            @Override
            public void checkOverride(Map<String, Object> override) {
                plugins.checkImporter(i.importerTypeId(), i.repoId(), i.config(), Map.of(), override, OVERRIDE);
            }

            @Override
            public ScheduledTask task(Map<String, Object> override, String principal) {
                return RepositorySchedules.sync(i.repoId(), override, principal);
            }
        };
    }

    private Owner distributor(Context ctx) {
        Distributor d = repositories.distributor(ctx.pathParam("repo_id"), ctx.pathParam("distributor_id"));
        return new Owner() {
            @Override
            public String resource() {
                return RepositorySchedules.distributorResource(d.repoId(), d.distributorId());
            }

            @Override
            public String href() {
                return Hrefs.of("repositories", d.repoId(), "distributors", d.distributorId(), "schedules",
                        "publish");
            }

            @Override
            public void checkOverride(Map<String, Object> override) {
                plugins.checkDistributor(d.distributorTypeId(), d.repoId(), d.config(), Map.of(), override, OVERRIDE);
            }

            @Override
            public ScheduledTask task(Map<String, Object> override, String principal) {
                return RepositorySchedules.publish(d.repoId(), d.distributorId(), override, principal);
            }
        };
    }

    private void list(Context ctx, Owner owner) {
        ctx.json(schedules.listByResource(owner.resource()).stream().map(c -> render(c, owner)).toList());
    }

    private void get(Context ctx, Owner owner) {
        ctx.json(render(existing(ctx, owner), owner));
    }

    private void create(Context ctx, Owner owner) {
        ScheduleBody body = ScheduleBody.of(Bodies.object(ctx));
        owner.checkOverride(body.overrideOrEmpty());
        NewSchedule spec = body.toNew(owner.resource(), owner.task(body.overrideOrEmpty(), Principal.of(ctx).login()));
        Map<String, Object> rendered = render(schedules.create(spec), owner);
        Hrefs.created(ctx, (String) rendered.get("_href"), rendered);
    }

    private void update(Context ctx, Owner owner) {
        ScheduledCall call = existing(ctx, owner);
        ScheduleBody body = ScheduleBody.of(Bodies.object(ctx));
        if (body.override() != null) {
            owner.checkOverride(body.override());
        }
        ScheduledCall updated = schedules.update(call.id(), body.toUpdate(call.task().kwargs()))
                .orElseThrow(() -> new MissingResource(SCHEDULE, call.id()));
        ctx.json(render(updated, owner));
    }

    private void delete(Context ctx, Owner owner) {
        ScheduledCall call = existing(ctx, owner);
        if (!schedules.delete(call.id())) {
            throw new MissingResource(SCHEDULE, call.id());
        }
        Replies.nothing(ctx);
    }

    private ScheduledCall existing(Context ctx, Owner owner) {
        String id = ctx.pathParam("schedule_id");
        return schedules.get(id).filter(c -> c.resource().equals(owner.resource()))
                .orElseThrow(() -> new MissingResource(SCHEDULE, id));
    }

    private static Map<String, Object> render(ScheduledCall call, Owner owner) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_href", owner.href() + call.id() + "/");
        out.putAll(call.forDisplay());
        return out;
    }
}
