package org.jpulp.common.messaging.jms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the Qpid JMS connection URIs from the configured {@code amqp://} or {@code failover:(...)} URI. */
final class JmsUris {

    private static final Pattern FAILOVER = Pattern.compile("failover:\\((.*)\\)(\\?.*)?");

    private JmsUris() {
    }

    /**
     * The URI a running process connects with: the configured broker(s) wrapped in {@code failover:} so the client
     * reconnects forever with back-off, except that the very first connect gives up after one pass over the
     * brokers, so {@link JmsMessaging#start()} can report and retry each attempt itself. Options already present in
     * a configured {@code failover:} URI win over these defaults.
     */
    static String forRun(String amqpUri, JmsSettings settings) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("failover.initialReconnectDelay", millis(settings.reconnectDelay()));
        defaults.put("failover.reconnectDelay", millis(settings.reconnectDelay()));
        defaults.put("failover.maxReconnectDelay", millis(settings.maxReconnectDelay()));
        defaults.put("failover.useReconnectBackOff", "true");
        defaults.put("failover.maxReconnectAttempts", "-1");
        String uri = withDefaults(asFailover(amqpUri), defaults);
        return withOption(uri, "failover.startupMaxReconnectAttempts", String.valueOf(brokerCount(uri)));
    }

    /** The URI of a one-shot connection check: every configured broker is tried once, each within timeoutMillis. */
    static String forProbe(String amqpUri, long timeoutMillis) {
        String uri = withOption(asFailover(amqpUri), "failover.nested.transport.connectTimeout",
                String.valueOf(timeoutMillis));
        uri = withOption(uri, "failover.maxReconnectAttempts", String.valueOf(brokerCount(uri)));
        return withOption(uri, "failover.startupMaxReconnectAttempts", String.valueOf(brokerCount(uri)));
    }

    private static String asFailover(String amqpUri) {
        return amqpUri.startsWith("failover:") ? amqpUri : "failover:(" + amqpUri + ")";
    }

    static int brokerCount(String failoverUri) {
        Matcher matcher = FAILOVER.matcher(failoverUri);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a failover:(...) URI: " + failoverUri);
        }
        return matcher.group(1).split(",").length;
    }

    private static String withDefaults(String uri, Map<String, String> defaults) {
        String result = uri;
        for (Map.Entry<String, String> option : defaults.entrySet()) {
            if (!hasOption(result, option.getKey())) {
                result = withOption(result, option.getKey(), option.getValue());
            }
        }
        return result;
    }

    /** Sets an option of the outer failover URI, replacing an existing value. */
    static String withOption(String failoverUri, String key, String value) {
        Matcher matcher = FAILOVER.matcher(failoverUri);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a failover:(...) URI: " + failoverUri);
        }
        StringBuilder query = new StringBuilder();
        if (matcher.group(2) != null) {
            for (String pair : matcher.group(2).substring(1).split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(key + "=")) {
                    query.append(query.length() == 0 ? "" : "&").append(pair);
                }
            }
        }
        query.append(query.length() == 0 ? "" : "&").append(key).append('=').append(value);
        return "failover:(" + matcher.group(1) + ")?" + query;
    }

    private static boolean hasOption(String failoverUri, String key) {
        Matcher matcher = FAILOVER.matcher(failoverUri);
        return matcher.matches() && matcher.group(2) != null
                && ("&" + matcher.group(2).substring(1)).contains("&" + key + "=");
    }

    private static String millis(java.time.Duration duration) {
        return String.valueOf(duration.toMillis());
    }
}
