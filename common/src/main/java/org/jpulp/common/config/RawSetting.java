package org.jpulp.common.config;

/** A value for one {@code [section] key} as written in one place, with that place for error messages. */
public record RawSetting(String section, String key, String value, String origin) {

    public String name() {
        return "[" + section + "] " + key;
    }
}
