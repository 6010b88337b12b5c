package org.jpulp.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/** N client threads sending one request after another until a deadline or a request budget runs out. */
final class LoadRun {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpRequest request;

    LoadRun(URI uri, String authorization) {
        this.request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** Runs {@code clients} threads for {@code duration}, or until {@code maxRequests} (0: no limit) were sent. */
    Result run(int clients, Duration duration, long maxRequests) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong budget = new AtomicLong(maxRequests <= 0 ? Long.MAX_VALUE : maxRequests);
        List<long[]> latencies = new ArrayList<>();
        long[] counts = new long[clients];
        long[] errors = new long[clients];
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] own = new long[1 << 20];
            latencies.add(own);
            int index = c;
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                        long t0 = System.nanoTime();
                        boolean ok = send();
                        long took = System.nanoTime() - t0;
                        if (!ok) {
                            errors[index]++;
                        }
                        if (counts[index] < own.length) {
                            own[(int) counts[index]] = took;
                        }
                        counts[index]++;
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + c);
            t.start();
        }
        done.await();
        long elapsed = System.nanoTime() - started;
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) Math.min(total, Integer.MAX_VALUE - 8)];
        int n = 0;
        for (int c = 0; c < clients; c++) {
            int kept = (int) Math.min(counts[c], latencies.get(c).length);
            System.arraycopy(latencies.get(c), 0, all, n, kept);
            n += kept;
        }
        long[] sorted = Arrays.copyOf(all, n);
        Arrays.sort(sorted);
        return new Result(clients, total, Arrays.stream(errors).sum(), elapsed, sorted);
    }

    private boolean send() {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** Totals and sorted latencies (nanoseconds). */
    record Result(int clients, long requests, long errors, long elapsedNanos, long[] sortedLatencies) {

        double perSecond() {
            return requests / (elapsedNanos / 1e9);
        }

        double percentileMillis(double p) {
            if (sortedLatencies.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * sortedLatencies.length) - 1;
            return sortedLatencies[Math.max(0, Math.min(i, sortedLatencies.length - 1))] / 1e6;
        }

        String describe() {
            return String.format(java.util.Locale.ROOT, "clients=%d requests=%d errors=%d time=%.1fs "
                    + "throughput=%.0f req/s latency p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms", clients, requests,
                    errors, elapsedNanos / 1e9, perSecond(), percentileMillis(50), percentileMillis(90),
                    percentileMillis(99), percentileMillis(100));
        }
    }
}
