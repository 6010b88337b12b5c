package org.jpulp.common.schedule.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.jpulp.common.schedule.PulpTimes;
import org.jpulp.common.schedule.ScheduledCall;
import org.jpulp.common.schedule.ScheduledTask;

/**
 * {@link ScheduledCall} as a {@code scheduled_calls} document: Pulp 2's field names ({@code iso_schedule},
 * {@code last_updated} as float seconds), times as BSON dates so they can be compared in queries, plus
 * {@code reserved_resources}, {@code tags} and {@code principal} for the dispatched task.
 */
final class ScheduledCallDocuments {

    static final String ID = "_id";
    static final String ISO_SCHEDULE = "iso_schedule";
    static final String RESOURCE = "resource";
    static final String TASK = "task";
    static final String ARGS = "args";
    static final String KWARGS = "kwargs";
    static final String RESERVED_RESOURCES = "reserved_resources";
    static final String TAGS = "tags";
    static final String PRINCIPAL = "principal";
    static final String ENABLED = "enabled";
    static final String FAILURE_THRESHOLD = "failure_threshold";
    static final String CONSECUTIVE_FAILURES = "consecutive_failures";
    static final String REMAINING_RUNS = "remaining_runs";
    static final String TOTAL_RUN_COUNT = "total_run_count";
    static final String FIRST_RUN = "first_run";
    static final String NEXT_RUN = "next_run";
    static final String LAST_RUN_AT = "last_run_at";
    static final String LAST_UPDATED = "last_updated";

    private ScheduledCallDocuments() {
    }

    static Document toDocument(ScheduledCall c) {
        ScheduledTask t = c.task();
        return new Document(ID, c.id()).append(ISO_SCHEDULE, c.schedule()).append(RESOURCE, c.resource())
                .append(TASK, t.task()).append(ARGS, t.args()).append(KWARGS, t.kwargs())
                .append(RESERVED_RESOURCES, t.reservedResources()).append(TAGS, t.tags())
                .append(PRINCIPAL, t.principal()).append(ENABLED, c.enabled())
                .append(FAILURE_THRESHOLD, c.failureThreshold()).append(CONSECUTIVE_FAILURES, c.consecutiveFailures())
                .append(REMAINING_RUNS, c.remainingRuns()).append(TOTAL_RUN_COUNT, c.totalRunCount())
                .append(FIRST_RUN, date(c.firstRun())).append(NEXT_RUN, date(c.nextRun()))
                .append(LAST_RUN_AT, date(c.lastRunAt())).append(LAST_UPDATED, PulpTimes.epochSeconds(c.lastUpdated()));
    }

    static ScheduledCall fromDocument(Document d) {
        ScheduledTask task = new ScheduledTask(d.getString(TASK), plainList(d.getList(ARGS, Object.class)),
                plainMap(d.get(KWARGS, Document.class)), d.getList(RESERVED_RESOURCES, String.class),
                d.getList(TAGS, String.class), d.getString(PRINCIPAL));
        return new ScheduledCall(d.getString(ID), d.getString(ISO_SCHEDULE), d.getString(RESOURCE), task,
                d.getBoolean(ENABLED), integer(d.get(FAILURE_THRESHOLD)), integer(d.get(CONSECUTIVE_FAILURES)),
                integer(d.get(REMAINING_RUNS)), integer(d.get(TOTAL_RUN_COUNT)), instant(d.getDate(FIRST_RUN)),
                instant(d.getDate(NEXT_RUN)), instant(d.getDate(LAST_RUN_AT)),
                PulpTimes.fromEpochSeconds(((Number) d.get(LAST_UPDATED)).doubleValue()));
    }

    static Date date(Instant t) {
        return t == null ? null : Date.from(t);
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** Nested documents and lists as plain maps and lists, so values compare equal to what was stored. */
    private static Object plain(Object value) {
        if (value instanceof Document doc) {
            return plainMap(doc);
        }
        if (value instanceof List<?> list) {
            return plainList(list);
        }
        return value;
    }

    private static Map<String, Object> plainMap(Map<String, Object> doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        doc.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static List<Object> plainList(List<?> list) {
        List<Object> out = new ArrayList<>();
        list.forEach(v -> out.add(plain(v)));
        return out;
    }
}
