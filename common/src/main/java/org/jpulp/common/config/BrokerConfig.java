package org.jpulp.common.config;

import java.net.URI;

/** The AMQP 1.0 broker: {@code [tasks] broker_url} plus credentials. */
public record BrokerConfig(String url, String username, String password) {

    /**
     * The plain {@code amqp[s]://host:port} form Qpid JMS understands. Pulp 2's {@code qpid://host/} default is
     * accepted and means AMQP on port 5672; user information in the URL is dropped here (see {@link #user()}).
     */
    public String amqpUri() {
        if (url.startsWith("failover:")) {
            return url;
        }
        URI parsed = URI.create(url);
        String scheme = "qpid".equals(parsed.getScheme()) ? "amqp" : parsed.getScheme();
        int port = parsed.getPort() > 0 ? parsed.getPort() : ("amqps".equals(scheme) ? 5671 : 5672);
        String query = parsed.getRawQuery() == null ? "" : "?" + parsed.getRawQuery();
        return scheme + "://" + parsed.getHost() + ":" + port + query;
    }

    public String user() {
        return username.isEmpty() ? userInfoPart(0) : username;
    }

    public String secret() {
        return password.isEmpty() ? userInfoPart(1) : password;
    }

    private String userInfoPart(int index) {
        if (url.startsWith("failover:")) {
            return "";
        }
        String info = URI.create(url).getUserInfo();
        if (info == null) {
            return "";
        }
        String[] parts = info.split(":", 2);
        return parts.length > index ? parts[index] : "";
    }

    static void validate(String url) {
        if (url.startsWith("failover:")) {
            return;
        }
        URI parsed;
        try {
            parsed = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an amqp://host:port URL", e);
        }
        String scheme = parsed.getScheme();
        if (scheme == null || !(scheme.equals("amqp") || scheme.equals("amqps") || scheme.equals("qpid"))
                || parsed.getHost() == null) {
            throw new IllegalArgumentException("an amqp://host:port, amqps://host:port, qpid://host/ or failover:(...) URL");
        }
    }
}
