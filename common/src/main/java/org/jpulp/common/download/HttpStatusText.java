package org.jpulp.common.download;

import java.util.Map;

/** Reason phrases for the statuses a feed commonly answers (the JDK client does not expose the server's phrase). */
final class HttpStatusText {

    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(407, "Proxy Authentication Required"), Map.entry(408, "Request Timeout"),
            Map.entry(410, "Gone"), Map.entry(416, "Range Not Satisfiable"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private HttpStatusText() {
    }

    static String of(int status) {
        String phrase = PHRASES.get(status);
        return "HTTP " + status + (phrase == null ? "" : " " + phrase);
    }

    /** Statuses worth another attempt: server errors, request timeout, too many requests. */
    static boolean retryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }
}
