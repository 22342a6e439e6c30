package io.reportlens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** CPU time used so far by each process of a running stack (its pid files) and by this tool. */
final class CpuTimes {

    static final String TOOL = "bench-tool";

    private final Path runDir;

    CpuTimes(String runDir) {
        this.runDir = runDir == null ? null : Path.of(runDir);
    }

    Map<String, Duration> now() throws IOException {
        Map<String, Duration> times = new TreeMap<>();
        if (runDir != null && Files.isDirectory(runDir)) {
            try (Stream<Path> files = Files.list(runDir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".pid")).sorted().toList()) {
                    String name = file.getFileName().toString().replace(".pid", "");
                    long pid = Long.parseLong(Files.readAllLines(file).get(0).trim());
                    ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).ifPresent(d -> times.put(name, d));
                }
            }
        }
        ProcessHandle.current().info().totalCpuDuration().ifPresent(d -> times.put(TOOL, d));
        return times;
    }

    /**
     * Waits until the stack's processes are idle (under a tenth of a core over a second), at most
     * {@code max}: work a service defers (search indexing) then counts with what caused it.
     */
    void awaitIdle(Duration max) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Duration> before = now();
            Thread.sleep(1000);
            long busy = since(before, now()).entrySet().stream().filter(e -> !e.getKey().equals(TOOL))
                    .mapToLong(e -> e.getValue().toMillis()).sum();
            if (busy < 100) {
                return;
            }
        }
    }

    static Map<String, Duration> since(Map<String, Duration> before, Map<String, Duration> after) {
        Map<String, Duration> used = new LinkedHashMap<>();
        after.forEach((name, d) -> used.put(name, d.minus(before.getOrDefault(name, Duration.ZERO))));
        return used;
    }

    /** "ingest-service 12, … (total 85)" in ms per report. */
    static String perReport(Map<String, Duration> used, int reports) {
        StringBuilder line = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Duration> e : used.entrySet()) {
            long ms = e.getValue().toMillis();
            if (!e.getKey().equals(TOOL)) {
                total += ms;
            }
            line.append(String.format(Locale.ROOT, "%s %.1f, ", e.getKey(), ms / (double) reports));
        }
        return line.append(String.format(Locale.ROOT, "total without the tool %.1f", total / (double) reports)).toString();
    }

}
