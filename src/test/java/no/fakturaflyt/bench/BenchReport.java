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
        private final long epochStart = System.currentTimeMillis();
        private final long threadStart = threadCpu();
        private final long processStart = processCpu();
        private final long gcStart = gcMillis();
        private final long jitStart = jitMillis();
        private final Map<String, Long> groupsStart = ProcCpu.threadGroups();
        private final String postgresDataDirectory;
        private final long postgresStart;

        CpuMeter() {
            this(null);
        }

        /** Also counts the CPU of the PostgreSQL server whose data directory this is (its processes, by /proc). */
        CpuMeter(String postgresDataDirectory) {
            this.postgresDataDirectory = postgresDataDirectory;
            this.postgresStart = ProcCpu.postgres(postgresDataDirectory);
        }

        void report(Map<String, Object> figures, String prefix) {
            double wall = (System.nanoTime() - wallStart) / 1e9;
            Map<String, Long> groups = ProcCpu.threadGroups();
            long postgres = ProcCpu.postgres(postgresDataDirectory);
            figures.put(prefix + ".wallSeconds", round(wall));
            // the measured part's bounds on the wall clock, to cut a JFR recording to it (docs/benchmarks.md)
            figures.put(prefix + ".window", epochStart + ".." + System.currentTimeMillis());
            figures.put(prefix + ".thisThreadCpuSeconds", round((threadCpu() - threadStart) / 1e9));
            figures.put(prefix + ".jvmCpuSeconds", round((processCpu() - processStart) / 1e9));
            figures.put(prefix + ".gcSeconds", round((gcMillis() - gcStart) / 1e3));
            figures.put(prefix + ".jitSeconds", round((jitMillis() - jitStart) / 1e3));
            // CPU (not elapsed) time of the JVM's own long-lived threads, from /proc/self/task (Linux only; absent
            // elsewhere); the rest of the JVM's CPU is its Java threads' (threads that have ended are no longer
            // listed in /proc, so they are counted as the difference)
            double jvmThreads = 0;
            for (Map.Entry<String, Long> group : groups.entrySet()) {
                double seconds = (group.getValue() - groupsStart.getOrDefault(group.getKey(), 0L))
                        / (double) ProcCpu.TICKS;
                jvmThreads += seconds;
                figures.put(prefix + ".threadsCpuSeconds." + group.getKey(), round(seconds));
            }
            if (!groups.isEmpty()) {
                figures.put(prefix + ".threadsCpuSeconds.javaAndOther",
                        round((processCpu() - processStart) / 1e9 - jvmThreads));
            }
            if (postgres >= 0 && postgresStart >= 0) {
                figures.put(prefix + ".postgresCpuSeconds", round((postgres - postgresStart) / (double) ProcCpu.TICKS));
            }
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

    /**
     * CPU ticks from Linux's /proc: this JVM's own threads summed by kind (the JIT's compiler threads, the garbage
     * collector's with the VM thread), and the processes of a PostgreSQL server.
     */
    static final class ProcCpu {

        static final long TICKS = 100;

        private ProcCpu() {
        }

        static Map<String, Long> threadGroups() {
            Map<String, Long> groups = new java.util.TreeMap<>();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    String name;
                    long[] ticks;
                    try {
                        name = Files.readString(task.resolve("comm")).trim();
                        ticks = ticks(Files.readString(task.resolve("stat")));
                    } catch (IOException e) {
                        continue;
                    }
                    String group = group(name);
                    if (group != null) {
                        groups.merge(group, ticks[0] + ticks[1], Long::sum);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return Map.of();
            }
            return groups;
        }

        private static String group(String name) {
            if (name.startsWith("C2 Compiler")) {
                return "jitC2";
            }
            if (name.startsWith("C1 Compiler")) {
                return "jitC1";
            }
            if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Periodic")
                    || name.equals("VM Thread")) {
                return "gcAndVmThread";
            }
            return null;
        }

        /**
         * User and system ticks of the PostgreSQL server started with this data directory: its postmaster with the
         * backends it has reaped, and the processes still running below it; -1 if unknown or not on Linux.
         */
        static long postgres(String dataDirectory) {
            if (dataDirectory == null) {
                return -1;
            }
            try (var procs = Files.list(Path.of("/proc"))) {
                Long postmaster = null;
                for (Path proc : (Iterable<Path>) procs::iterator) {
                    String pid = proc.getFileName().toString();
                    if (!pid.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        List<String> args = List.of(Files.readString(proc.resolve("cmdline")).split("\0"));
                        if (!args.isEmpty() && args.get(0).endsWith("postgres") && args.contains(dataDirectory)) {
                            postmaster = Long.parseLong(pid);
                            break;
                        }
                    } catch (IOException e) {
                        // gone, or not ours to read
                    }
                }
                if (postmaster == null) {
                    return -1;
                }
                long sum = 0;
                java.util.Deque<Long> todo = new java.util.ArrayDeque<>(List.of(postmaster));
                while (!todo.isEmpty()) {
                    long pid = todo.pop();
                    try {
                        long[] ticks = ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
                        sum += ticks[0] + ticks[1] + ticks[2] + ticks[3];
                        todo.addAll(children(pid));
                    } catch (IOException e) {
                        // a backend that has just ended: its ticks are now in the postmaster's reaped figures
                    }
                }
                return sum;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        private static List<Long> children(long pid) throws IOException {
            List<Long> pids = new java.util.ArrayList<>();
            try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    String list = Files.readString(task.resolve("children")).trim();
                    if (!list.isEmpty()) {
                        for (String child : list.split("\\s+")) {
                            pids.add(Long.parseLong(child));
                        }
                    }
                }
            }
            return pids;
        }

        /** utime, stime, cutime, cstime of a /proc stat line (fields 14–17, counted after the name's ")"). */
        private static long[] ticks(String stat) {
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14])};
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
