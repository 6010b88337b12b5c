package org.jpulp.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code GET /pulp/api/v2/repositories/<id>/} with Basic auth from concurrent clients; see bench/README.md. */
@Command(name = "repository-get", mixinStandardHelpOptions = true,
        description = "Measures GET /pulp/api/v2/repositories/<id>/ under concurrent clients.")
public final class RepositoryGetBenchmark implements Callable<Integer> {

    @Option(names = "--url", description = "base URL of a running server (default: start one in this JVM)")
    String url;

    @Option(names = "--user", defaultValue = "admin")
    String user;

    @Option(names = "--password", defaultValue = "admin")
    String password;

    @Option(names = "--repo", defaultValue = "bench")
    String repo;

    @Option(names = "--clients", defaultValue = "16")
    int clients;

    @Option(names = "--duration", defaultValue = "20", description = "seconds to measure")
    int duration;

    @Option(names = "--requests", defaultValue = "0", description = "stop after this many requests (0: no limit)")
    long requests;

    @Option(names = "--warmup", defaultValue = "5", description = "seconds of load before measuring")
    int warmup;

    @Option(names = "--no-auth-cache", description = "in-process server only: verify the password on every request")
    boolean noAuthCache;

    public static void main(String[] args) {
        System.exit(new CommandLine(new RepositoryGetBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        EmbeddedApi embedded = url == null ? new EmbeddedApi(user, password, !noAuthCache) : null;
        try {
            String base = url != null ? url : embedded.baseUrl();
            String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            if (embedded != null) {
                createRepository(base, auth);
            }
            URI target = URI.create(base + "/pulp/api/v2/repositories/" + repo + "/");
            System.out.printf("target %s (%s server), %s, %d cores%n", target, embedded != null ? "in-process"
                    : "external", System.getProperty("java.vm.name") + " " + Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            LoadRun load = new LoadRun(target, auth);
            if (warmup > 0) {
                System.out.println("warm-up: " + load.run(clients, Duration.ofSeconds(warmup), 0).describe());
            }
            LoadRun.Result result = load.run(clients, Duration.ofSeconds(duration), requests);
            System.out.println("measured: " + result.describe());
            return result.errors() == 0 ? 0 : 1;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private void createRepository(String base, String auth) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                + "/pulp/api/v2/repositories/")).header("Authorization", auth).POST(HttpRequest.BodyPublishers
                .ofString("{\"id\": \"" + repo + "\", \"display_name\": \"Benchmark\", \"notes\": "
                        + "{\"_repo-type\": \"iso-repo\"}}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not create the repository: " + created.statusCode() + " "
                    + created.body());
        }
    }
}
