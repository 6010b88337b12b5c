package org.jpulp.common.config;

import java.util.function.Function;

/**
 * One configuration key: where it lives in {@code server.conf}, its built-in default and how its
 * text becomes a typed value. A parser signals a bad value by throwing
 * {@link IllegalArgumentException} with a message that reads after "must be ...".
 */
public record Setting<T>(String section, String key, String defaultValue, Function<String, T> parser,
                         boolean secret, String help) {

    public String name() {
        return "[" + section + "] " + key;
    }

    public String id() {
        return section + "." + key;
    }

    T parse(String raw) {
        return parser.apply(raw);
    }
}
