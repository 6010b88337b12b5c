package org.jpulp.common.repository;

import java.time.Instant;

/**
 * Which history entries to return: started within {@code [startDate, endDate]} (either bound may be null), newest
 * first unless {@code ascending}, at most {@code limit} (null for all).
 */
public record HistoryQuery(Integer limit, boolean ascending, Instant startDate, Instant endDate) {

    public static final HistoryQuery ALL = new HistoryQuery(null, false, null, null);

    public HistoryQuery {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    boolean includes(Instant started) {
        return (startDate == null || started != null && !started.isBefore(startDate))
                && (endDate == null || started != null && !started.isAfter(endDate));
    }
}
