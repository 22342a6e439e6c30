package io.reportlens.query.load;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.reportlens.infra.EmbeddedMongo;
import io.reportlens.infra.KafkaBroker;
import io.reportlens.infra.Ports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Fills an embedded store with N reports' worth of extraction results, starts the packaged
 * query-service against it, and measures each endpoint's latency at C concurrent clients.
 * Usage: LoadBenchmark REPORTS REQUESTS_PER_ENDPOINT CLIENTS APP_JAR DATA_DIR [--reuse]
 * (REQUESTS_PER_ENDPOINT 0: fill only; --reuse: measure the store already in DATA_DIR).
 */
public final class LoadBenchmark {

    /**
     * Each scenario is measured for at most this long (env LOAD_BUDGET_SECONDS, default 120) and
     * warmed up for at most a sixth of it: at 100,000 reports one scan request takes minutes.
     */
    private static final Duration MEASURE_BUDGET = Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("LOAD_BUDGET_SECONDS", "120")));
    private static final Duration WARM_UP_BUDGET = MEASURE_BUDGET.dividedBy(6);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int reports = Integer.parseInt(args[0]);
        int requests = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        Path jar = Path.of(args[3]);
        Path data = Path.of(args[4]);
        boolean reuse = args.length > 5 && args[5].equals("--reuse");

        EmbeddedMongo mongo = new EmbeddedMongo(Ports.free(), data.resolve("mongo")).start();
        KafkaBroker kafka = new KafkaBroker(Ports.free(), Ports.free(), data.resolve("kafka")).start();
        Process app = null;
        try {
            if (!reuse) {
                try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                    new StoreFiller(client).fill(reports, 2);
                }
            }
            if (requests == 0) {
                return; // fill only
            }
            int port = Ports.free();
            app = start(jar, data, port, mongo.connectionString(), kafka.bootstrapServers());
            String base = "http://127.0.0.1:" + port;
            awaitReady(base);
            System.out.println(report(base, app, reports, requests, clients));
        } finally {
            if (app != null) {
                app.destroy();
                app.waitFor();
            }
            kafka.stop();
            mongo.stop();
        }
    }

    private static Process start(Path jar, Path data, int port, String mongo, String kafka) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g"));
        // Extra JVM options for the service, e.g. a flight recording: LOAD_APP_OPTS=-XX:StartFlightRecording=...
        String extra = System.getenv("LOAD_APP_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        pb.environment().put("MONGODB_URI", mongo);
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        pb.redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile());
        return pb.start();
    }

    private static void awaitReady(String base) throws InterruptedException {
        for (int i = 0; i < 2400; i++) { // up to 20 min, for a large store on a slow disk
            try {
                if (get(base + "/q/health/ready") == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("query-service did not become ready");
    }

    private static String report(String base, Process app, int reports, int requests, int clients) throws Exception {
        int regions = Math.max(1, reports / (2 * SyntheticReports.YEARS));
        Map<String, Function<Random, String>> scenarios = new LinkedHashMap<>();
        scenarios.put("GET /api/metrics?indicatorId&regionCode(county)&kind=actual", r ->
                "/api/metrics?indicatorId=" + indicator(r) + "&regionCode=" + county(r, regions) + "&kind=actual");
        scenarios.put("GET /api/metrics?regionCode(prefecture)&year", r ->
                "/api/metrics?regionCode=" + prefecture(r, regions) + "&year=" + year(r));
        scenarios.put("GET /api/metrics?indicatorId&regionCode(province)&year&sort=-value", r ->
                "/api/metrics?indicatorId=" + indicator(r) + "&regionCode="
                        + SyntheticReports.regionCode(r.nextInt(regions)).substring(0, 2) + "0000&year=" + year(r)
                        + "&sort=-value&size=20");
        scenarios.put("GET /api/metrics?indicatorId&year&sort=-value (nationwide)", r ->
                "/api/metrics?indicatorId=" + indicator(r) + "&year=" + year(r) + "&sort=-value&size=20");
        scenarios.put("GET /api/commitments?regionCode(county)&status=met", r ->
                "/api/commitments?regionCode=" + county(r, regions) + "&status=met");
        scenarios.put("GET /api/commitments?regionCode(prefecture)&dueBefore", r ->
                "/api/commitments?regionCode=" + prefecture(r, regions) + "&dueBefore=" + year(r) + "-12-31");
        scenarios.put("GET /api/indicators/{id}/series?regionCode", r ->
                "/api/indicators/" + indicator(r) + "/series?regionCode=" + county(r, regions));
        scenarios.put("GET /api/indicators/{id}/compare?year&province", r ->
                "/api/indicators/" + indicator(r) + "/compare?year=" + year(r) + "&province="
                        + SyntheticReports.regionCode(r.nextInt(regions)).substring(0, 2) + "0000");
        scenarios.put("GET /api/indicators", r -> "/api/indicators");
        scenarios.put("GET /api/reports/{id}", r -> "/api/reports/" + SyntheticReports.reportId(r.nextInt(reports)));
        scenarios.put("GET /api/search?q (a region name)", r -> "/api/search?q="
                + URLEncoder.encode(SyntheticReports.regionName(SyntheticReports.regionCode(r.nextInt(regions))),
                StandardCharsets.UTF_8) + "&size=20");
        // The scan last and not warmed up: at 100,000 reports each request takes seconds to a minute.
        Map<String, Function<Random, String>> scans = new LinkedHashMap<>();
        scans.put("GET /api/reports?regionCode(county)&year (scan)", r ->
                "/api/reports?regionCode=" + county(r, regions) + "&year=" + year(r));

        StringBuilder out = new StringBuilder("| endpoint | requests | p50 ms | p99 ms | max ms | errors |\n|---|---|---|---|---|---|\n");
        // Warm-up: every scenario first, so the JIT has compiled the shared paths before any is measured.
        for (Function<Random, String> scenario : scenarios.values()) {
            run(base, scenario, Math.max(200, requests / 2), clients, 1, WARM_UP_BUDGET);
        }
        scenarios.putAll(scans);
        for (Map.Entry<String, Function<Random, String>> s : scenarios.entrySet()) {
            awaitQuiet(app);
            long[] result = run(base, s.getValue(), requests, clients, 2, MEASURE_BUDGET);
            long[] latencies = Arrays.copyOf(result, result.length - 1);
            Arrays.sort(latencies);
            out.append(String.format("| `%s` | %d | %.1f | %.1f | %.1f | %d |%n", s.getKey(), latencies.length,
                    percentile(latencies, 50), percentile(latencies, 99), latencies[latencies.length - 1] / 1e6,
                    result[result.length - 1]));
            System.out.print(out.substring(out.lastIndexOf("| `")));
        }
        return out.toString();
    }

    /**
     * Latencies (ns) of up to {@code requests} calls by {@code clients} threads, each client stopping
     * once {@code budget} has passed (after at least one call); the last element counts failures
     * (a status other than 200, a timeout, a refused connection), whose time counts as a latency too.
     */
    private static long[] run(String base, Function<Random, String> path, int requests, int clients, long seed,
                              Duration budget) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + budget.toNanos();
        List<Future<long[]>> parts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int share = requests / clients + (c < requests % clients ? 1 : 0);
            Random random = new Random(seed * 1000 + c);
            parts.add(pool.submit(() -> {
                long[] latencies = new long[share];
                int done = 0;
                long failed = 0;
                while (done < share && (done == 0 || System.nanoTime() < deadline)) {
                    long t = System.nanoTime();
                    if (!ok(base + path.apply(random))) {
                        failed++;
                    }
                    latencies[done++] = System.nanoTime() - t;
                }
                long[] result = Arrays.copyOf(latencies, done + 1);
                result[done] = failed;
                return result;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : parts) {
            long[] l = f.get();
            for (int i = 0; i < l.length - 1; i++) {
                all.add(l[i]);
            }
            errors += l[l.length - 1];
        }
        pool.shutdown();
        long[] result = new long[all.size() + 1];
        for (int i = 0; i < all.size(); i++) {
            result[i] = all.get(i);
        }
        result[all.size()] = errors;
        return result;
    }

    private static boolean ok(String url) throws InterruptedException {
        try {
            return get(url) == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Waits until the service and this JVM (the store) have been nearly idle for a second, so a
     * scenario is not measured while the server still works off the one before (timed-out scans).
     */
    private static void awaitQuiet(Process app) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < giveUp) {
            long before = cpuNanos(app.toHandle()) + cpuNanos(ProcessHandle.current());
            Thread.sleep(1000);
            long used = cpuNanos(app.toHandle()) + cpuNanos(ProcessHandle.current()) - before;
            if (used < 150_000_000L) {
                return;
            }
        }
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static int get(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode();
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String indicator(Random r) {
        return SyntheticReports.INDICATORS.get(r.nextInt(SyntheticReports.INDICATORS.size()));
    }

    private static int year(Random r) {
        return SyntheticReports.FIRST_YEAR + r.nextInt(SyntheticReports.YEARS);
    }

    private static String county(Random r, int regions) {
        String code = SyntheticReports.regionCode(r.nextInt(regions));
        return code.endsWith("00") ? code.substring(0, 4) + "01" : code;
    }

    private static String prefecture(Random r, int regions) {
        return SyntheticReports.regionCode(r.nextInt(regions)).substring(0, 4) + "00";
    }

    private LoadBenchmark() {
    }

    static {
        // Keep the embedded store's and Kafka's own logs quiet on the console.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
}
