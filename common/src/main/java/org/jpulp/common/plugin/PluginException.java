package org.jpulp.common.plugin;

/**
 * A sync, publish or upload that failed for a reason the user can act on (unreachable feed, invalid manifest,
 * files that failed validation...). The message is complete and names what failed; the task ends in {@code error}
 * with it as description.
 */
public class PluginException extends RuntimeException {

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
