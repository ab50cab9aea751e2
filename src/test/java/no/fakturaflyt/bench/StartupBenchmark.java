package no.fakturaflyt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * B5, start-up (issue 17): the default run as a user starts it, {@code java -jar target/fakturaflyt-*.jar} and
 * {@code mvn spring-boot:run}, each in an empty working directory (a new H2 database under ./data, the demo data
 * seeded), timed from the launch of the process until {@code GET /actuator/health} answers {@code UP}; then the same
 * jar again on the database the first start left (the second start of a machine). The same two starts follow for the
 * quick form the build also makes ({@code target/app}: the extracted jar, its class-data sharing archive and the
 * client compiler only, docs/benchmarks.md). The jar is the one the build's {@code package} phase made before this
 * benchmark runs ({@code mvn -Pbench verify}).
 *
 * <p>Each start also reports the CPU seconds (user + system) its processes had used when health answered UP: on a
 * machine shared with other work that figure varies much less than the wall time.
 */
class StartupBenchmark {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void defaultRunUntilHealthUp() throws Exception {
        Path jar = executableJar();
        Path work = Files.createTempDirectory("bench-startup-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("jar", jar.getFileName().toString());
        parameters.put("workingDirectory", "empty temporary directory (fresh H2 database, demo profile)");
        parameters.put("measured", "process launch until GET /actuator/health answers status UP");
        parameters.put("loadAverageAtStart", loadAverage());

        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> plain = List.of(java, "-jar", jar.toString());
        measure(figures, "B5 java -jar", "javaJar", work.resolve("jar"), plain);
        Path app = jar.getParent().resolve("app");
        Path archive = app.resolve("fakturaflyt.jsa");
        if (Files.exists(archive)) {
            measure(figures, "B5 java -jar with archive", "javaJarArchive", work.resolve("archive"),
                    List.of(java, "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-jar",
                            app.resolve("fakturaflyt.jar").toString()));
        } else {
            figures.put("b5.javaJarArchive", "no " + archive + " (built with -Dcds.skip=true?)");
        }
        if (!Boolean.getBoolean("bench.b5.skip-maven")) {
            Path project = Path.of("").toAbsolutePath();
            String mvn = System.getProperty("bench.b5.mvn", "mvn");
            Start maven = startUntilUp(work.resolve("mvn"), List.of(mvn, "-B", "-o", "-q", "-f",
                    project.resolve("pom.xml").toString(), "spring-boot:run",
                    "-Dspring-boot.run.workingDirectory=" + work.resolve("mvn"), "-Dbpmnlint.skip=true"));
            figures.put("b5.mavenSpringBootRunSeconds", maven.seconds());
            figures.put("b5.mavenSpringBootRunCpuSeconds", maven.cpuSeconds());
            BenchReport.target(figures, "B5 mvn spring-boot:run", maven.seconds() + " s, " + maven.cpuSeconds()
                    + " s CPU (fresh database, Maven's start included)", "<= 10 s", maven.seconds() <= LIMIT.toSeconds());
        }
        BenchReport.write("b5-startup", parameters, figures);
    }

    /** Starts the command twice in {@code dir}: on a fresh database, then on the one the first start left. */
    private void measure(Map<String, Object> figures, String target, String key, Path dir, List<String> command)
            throws Exception {
        Start fresh = startUntilUp(dir, command);
        Start again = startUntilUp(dir, command);
        figures.put("b5." + key + "FreshDatabaseSeconds", fresh.seconds());
        figures.put("b5." + key + "FreshDatabaseCpuSeconds", fresh.cpuSeconds());
        figures.put("b5." + key + "ExistingDatabaseSeconds", again.seconds());
        figures.put("b5." + key + "ExistingDatabaseCpuSeconds", again.cpuSeconds());
        BenchReport.target(figures, target, fresh.seconds() + " s (fresh database), " + again.seconds() + " s (again); "
                + fresh.cpuSeconds() + " s / " + again.cpuSeconds() + " s CPU", "<= 10 s",
                Math.max(fresh.seconds(), again.seconds()) <= LIMIT.toSeconds());
    }

    /** Launches the command in {@code dir} on free ports, waits for health UP, stops it. */
    private Start startUntilUp(Path dir, List<String> command) throws Exception {
        Files.createDirectories(dir);
        int port = freePort();
        List<String> full = new ArrayList<>(command);
        String args = "--server.port=" + port + " --fakturaflyt.mail-sink.port=" + freePort();
        if (command.contains("spring-boot:run")) {
            full.add("-Dspring-boot.run.arguments=" + args);
        } else {
            full.addAll(List.of(args.split(" ")));
        }
        File log = dir.resolve("start-" + port + ".log").toFile();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log).start();
        try {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            long deadline = start + GIVE_UP.toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("the application is running (see " + log + ")").isTrue();
                try {
                    HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                        double seconds = BenchReport.round((System.nanoTime() - start) / 1e9);
                        return new Start(seconds, BenchReport.round(cpuSeconds(process)));
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no health UP within " + GIVE_UP + " (see " + log + ")");
        } finally {
            stop(process);
        }
    }

    /** User + system CPU of the process and its children so far (the Maven run's application is a child). */
    private static double cpuSeconds(Process process) {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum() / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | UnsupportedOperationException e) {
            return "unknown";
        }
    }

    /** One start: wall seconds from launch to health UP, and the CPU seconds its processes used until then. */
    private record Start(double seconds, double cpuSeconds) {
    }

    private static void stop(Process process) throws InterruptedException {
        // the Maven run's application is a child of the Maven process: stop the children first, each by its id
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path executableJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("fakturaflyt-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith(".original")).map(Path::toAbsolutePath).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/fakturaflyt-*.jar: run through mvn -Pbench verify"));
        }
    }
}
