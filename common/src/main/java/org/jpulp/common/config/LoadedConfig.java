package org.jpulp.common.config;

import java.util.List;
import java.util.Map;

/** A validated configuration together with where each value came from and the warnings loading produced. */
public record LoadedConfig(JpulpConfig config, Map<Setting<?>, RawSetting> sources, List<String> warnings) {

    /** One line per setting, secrets masked, for the start-up log. */
    public String describe() {
        return ConfigReport.describe(sources);
    }
}
