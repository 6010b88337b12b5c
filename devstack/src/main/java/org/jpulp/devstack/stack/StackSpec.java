package org.jpulp.devstack.stack;

import java.util.ArrayList;
import java.util.List;

/** The shape of the local stack: ports, worker count and the dev credentials of the embedded broker. */
public record StackSpec(String host, int mongoPort, int amqpPort, int httpPort, int samplePort, int workers,
                        String brokerUser, String brokerPassword) {

    public List<Component> components(StackLayout layout) {
        String devstack = layout.launcher("devstack", "jpulp-devstack").toString();
        String conf = layout.config().toString();
        List<Component> all = new ArrayList<>();
        all.add(new Component("mongo", List.of(devstack, "mongo", "--file", layout.data().resolve("mongo/pulp.mv").toString(),
                "--host", host, "--port", String.valueOf(mongoPort)), Component.Tier.INFRASTRUCTURE, mongoPort));
        all.add(new Component("broker", List.of(devstack, "broker", "--data", layout.data().resolve("broker").toString(),
                "--host", host, "--port", String.valueOf(amqpPort), "--user", brokerUser, "--password", brokerPassword),
                Component.Tier.INFRASTRUCTURE, amqpPort));
        all.add(new Component("sample-feed", List.of(devstack, "sample-feed", "--dir", layout.sample().toString(),
                "--host", host, "--port", String.valueOf(samplePort)), Component.Tier.INFRASTRUCTURE, samplePort));
        all.add(role(layout, "beat", "beat", "jpulp-beat", conf, Component.Tier.CORE));
        all.add(role(layout, "resource-manager", "resource-manager", "jpulp-resource-manager", conf, Component.Tier.CORE));
        for (int i = 1; i <= workers; i++) {
            all.add(new Component("worker-" + i, List.of(layout.launcher("worker", "jpulp-worker").toString(), "run",
                    "--config", conf, "--index", String.valueOf(i)), Component.Tier.WORKERS, 0));
        }
        all.add(role(layout, "rest-api", "rest-api", "jpulp-rest-api", conf, Component.Tier.API));
        return all;
    }

    private static Component role(StackLayout layout, String name, String module, String exe, String conf,
                                  Component.Tier tier) {
        return new Component(name, List.of(layout.launcher(module, exe).toString(), "run", "--config", conf), tier, 0);
    }

    public String serverConf(StackLayout layout) {
        return """
                # Written by `./jpulp up` on every start from its options; data lives beside it in data/.
                [database]
                name: pulp_database
                seeds: %1$s:%2$d
                startup_tries: 30
                startup_interval: 1

                [server]
                server_name: %1$s
                storage_dir: %3$s
                working_directory: %4$s

                [tasks]
                broker_url: amqp://%1$s:%5$d
                broker_username: %6$s
                broker_password: %7$s

                [rest]
                host: %1$s
                port: %8$d
                """.formatted(host, mongoPort, layout.data().resolve("storage"), layout.data().resolve("work"), amqpPort,
                brokerUser, brokerPassword, httpPort);
    }

    /** The REST API root, e.g. {@code http://127.0.0.1:8080/pulp/api/v2}. */
    public String apiUrl() {
        return "http://" + host + ":" + httpPort + "/pulp/api/v2";
    }

    /** Where the sample-feed component serves the sample repositories. */
    public String sampleFeedUrl() {
        return "http://" + host + ":" + samplePort + "/";
    }

    /** The root of the content frontend (and REST API), e.g. {@code http://127.0.0.1:8080}. */
    public String frontendUrl() {
        return "http://" + host + ":" + httpPort;
    }

    public String statusUrl() {
        return "http://" + host + ":" + httpPort + "/pulp/api/v2/status/";
    }
}
