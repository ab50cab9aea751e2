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
        figures.forEach((key, value) -> {
            if (key.startsWith("target.")) {
                table.append(String.format("  TARGET %-33s %s%n", key.substring("target.".length()), value));
            }
        });
        figures.forEach((key, value) -> table.append(String.format("  %-40s %s%n", key, value)));
        table.append("  machine: ").append(machine()).append('\n');
        System.out.println(table);
    }

    /** A floor's rate: units per second with that step done alone, into {@code rates} and the report. */
    static void floor(Map<String, Double> rates, Map<String, Object> figures, String unitsPerSecond, String floor,
            int n, double seconds) {
        rates.put(floor, n / seconds);
        figures.put("floor." + floor + ".seconds", round(seconds));
        figures.put("floor." + floor + "." + unitsPerSecond, round(n / seconds));
    }

    /**
     * Records one of issue 17's targets among the figures as {@code target.<name>}: the figure, the target and
     * whether it is met; {@link #write} prints these lines first, so that a run shows at a glance what it reached.
     */
    static void target(Map<String, Object> figures, String name, Object figure, String target, boolean met) {
        figures.put("target." + name, figure + "  (target " + target + ")  " + (met ? "met" : "NOT MET"));
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

    /**
     * Where the time of a measured part went: CPU of this thread (the one driving the jobs), CPU of the whole JVM,
     * and the JVM's own garbage collection and JIT compilation, all against the wall clock.
     */
    static final class CpuMeter {

        private final long wallStart = System.nanoTime();
        private final long threadStart = threadCpu();
        private final long processStart = processCpu();
        private final long gcStart = gcMillis();
        private final long jitStart = jitMillis();

        void report(Map<String, Object> figures, String prefix) {
            double wall = (System.nanoTime() - wallStart) / 1e9;
            figures.put(prefix + ".wallSeconds", round(wall));
            figures.put(prefix + ".thisThreadCpuSeconds", round((threadCpu() - threadStart) / 1e9));
            figures.put(prefix + ".jvmCpuSeconds", round((processCpu() - processStart) / 1e9));
            figures.put(prefix + ".gcSeconds", round((gcMillis() - gcStart) / 1e3));
            figures.put(prefix + ".jitSeconds", round((jitMillis() - jitStart) / 1e3));
        }

        private static long threadCpu() {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        private static long processCpu() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : -1;
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
        }

        private static long jitMillis() {
            var jit = ManagementFactory.getCompilationMXBean();
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        }
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
