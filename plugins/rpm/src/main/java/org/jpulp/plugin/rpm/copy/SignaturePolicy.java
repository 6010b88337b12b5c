package org.jpulp.plugin.rpm.copy;

import java.util.List;
import java.util.Locale;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.ConfigValues;
import org.jpulp.common.plugin.PluginConfig;

/**
 * The destination importer's {@code require_signature} and {@code allowed_keys} applied to copied packages (reference
 * §2.2 "Signature filter"): unsigned packages fail when signatures are required, packages signed by a key not
 * allowed fail; packages whose file was never downloaded are not checked.
 */
record SignaturePolicy(boolean required, List<String> allowedKeys) {

    static SignaturePolicy of(PluginConfig config) {
        List<String> keys = config.get("allowed_keys") instanceof List<?> list
                ? list.stream().map(k -> String.valueOf(k).toLowerCase(Locale.ROOT)).toList() : List.of();
        return new SignaturePolicy(ConfigValues.bool(config, "require_signature", false), keys);
    }

    boolean accepts(Unit pkg) {
        if (!pkg.downloaded()) {
            return true;
        }
        Object key = pkg.metadata().get("signing_key");
        if (key == null) {
            return !required;
        }
        return allowedKeys.isEmpty() || allowedKeys.contains(key.toString().toLowerCase(Locale.ROOT));
    }
}
