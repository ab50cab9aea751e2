package no.fakturaflyt.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one benchmark's result as {@code target/bench/<name>.json} (parameters, the machine it ran on, the figures)
 * and prints the figures as a table, so that a run leaves both a readable summary and a file to compare runs by.
 */
final class BenchReport {

    private BenchReport() {
    }

    static void write(String name, Map<String, Object> parameters, Map<String, Object> figures) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("name", name);
        report.put("finishedAt", OffsetDateTime.now().toString());
        report.put("parameters", parameters);
        report.put("machine", machine());
        report.put("figures", figures);
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(name + ".json").toFile(),
                    report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder table = new StringBuilder("\n==== benchmark " + name + " " + parameters + "\n");
        figures.forEach((key, value) -> table.append(String.format("  %-40s %s%n", key, value)));
        table.append("  machine: ").append(machine()).append('\n');
        System.out.println(table);
    }

    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("memTotalMb", memTotalMb());
        machine.put("javaVersion", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return machine;
    }

    /** Physical memory from /proc/meminfo (Linux); -1 where it cannot be read. */
    private static long memTotalMb() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            return lines.stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    /** Samples heap use every 50 ms on a daemon thread; the peak is the highest sample (a lower bound). */
    static final class HeapSampler implements AutoCloseable {

        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread;

        HeapSampler() {
            thread = new Thread(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peakMb() {
            return peak / (1024 * 1024);
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }
}
