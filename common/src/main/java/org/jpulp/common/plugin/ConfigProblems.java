package org.jpulp.common.plugin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects config validation messages and the keys they are about, then answers one {@link ConfigCheck}. */
public final class ConfigProblems {

    private final List<String> messages = new ArrayList<>();
    private final Set<String> keys = new LinkedHashSet<>();

    public ConfigProblems add(String key, String message) {
        messages.add(message);
        keys.add(key);
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Valid when nothing was added; otherwise the messages joined by newlines, as Pulp 2 joins them. */
    public ConfigCheck toCheck() {
        return isEmpty() ? ConfigCheck.ok() : ConfigCheck.invalid(String.join("\n", messages), List.copyOf(keys));
    }
}
