package org.jpulp.common.config;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Renders the effective configuration with secrets masked. */
public final class ConfigReport {

    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(://[^/:@]*:)[^@/]*@");

    private ConfigReport() {
    }

    static String describe(Map<Setting<?>, RawSetting> sources) {
        return Settings.ALL.stream()
                .map(s -> s.id() + "=" + shown(s, sources.get(s).value()) + " (" + sources.get(s).origin() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String shown(Setting<?> s, String value) {
        if (s.secret() && !value.isEmpty()) {
            return s.key().equals("uri") ? maskUserInfo(value) : "****";
        }
        return maskUserInfo(value);
    }

    /** Replaces the password in {@code scheme://user:password@host} with {@code ****}. */
    public static String maskUserInfo(String value) {
        return USER_INFO_PASSWORD.matcher(value).replaceAll("$1****@");
    }
}
