package org.jpulp.common.task;

/** Pulp 2's tag and reservation formats. */
public final class Tags {

    private Tags() {
    }

    /** {@code pulp:<type>:<id>}, e.g. {@code pulp:repository:zoo}. */
    public static String resource(String type, String id) {
        return "pulp:" + type + ":" + id;
    }

    /** {@code pulp:action:<name>}, e.g. {@code pulp:action:sync}. */
    public static String action(String name) {
        return "pulp:action:" + name;
    }

    /** The reservation key of a resource, {@code <type>:<id>}, e.g. {@code repository:zoo}. */
    public static String reservation(String type, String id) {
        return type + ":" + id;
    }
}
