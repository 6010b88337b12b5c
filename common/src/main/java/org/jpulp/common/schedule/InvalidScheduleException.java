package org.jpulp.common.schedule;

/**
 * A schedule value a client sent is not acceptable; {@link #property()} names the offending field as Pulp 2's
 * REST API does ({@code schedule}, {@code failure_threshold}), so the REST layer can answer 400 InvalidValue.
 */
public final class InvalidScheduleException extends IllegalArgumentException {

    private final String property;

    public InvalidScheduleException(String property, String message) {
        super(message);
        this.property = property;
    }

    public String property() {
        return property;
    }
}
