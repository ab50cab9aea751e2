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
 * jar again on the database the first start left (the second start of a machine). The jar is the one the build's
 * {@code package} phase made before this benchmark runs ({@code mvn -Pbench verify}).
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

        Map<String, Object> figures = new LinkedHashMap<>();
        double jarFresh = startUntilUp(work.resolve("jar"), List.of(java, "-jar", jar.toString()));
        double jarAgain = startUntilUp(work.resolve("jar"), List.of(java, "-jar", jar.toString()));
        figures.put("b5.javaJarFreshDatabaseSeconds", jarFresh);
        figures.put("b5.javaJarExistingDatabaseSeconds", jarAgain);
        BenchReport.target(figures, "B5 java -jar", jarFresh + " s (fresh database), " + jarAgain + " s (again)",
                "<= 10 s", Math.max(jarFresh, jarAgain) <= LIMIT.toSeconds());
        if (!Boolean.getBoolean("bench.b5.skip-maven")) {
            Path project = Path.of("").toAbsolutePath();
            String mvn = System.getProperty("bench.b5.mvn", "mvn");
            double maven = startUntilUp(work.resolve("mvn"), List.of(mvn, "-B", "-o", "-q", "-f",
                    project.resolve("pom.xml").toString(), "spring-boot:run",
                    "-Dspring-boot.run.workingDirectory=" + work.resolve("mvn"), "-Dbpmnlint.skip=true"));
            figures.put("b5.mavenSpringBootRunSeconds", maven);
            BenchReport.target(figures, "B5 mvn spring-boot:run", maven + " s (fresh database, Maven's start included)",
                    "<= 10 s", maven <= LIMIT.toSeconds());
        }
        BenchReport.write("b5-startup", parameters, figures);
    }

    /** Launches the command in {@code dir} on free ports, waits for health UP, stops it; returns the seconds. */
    private double startUntilUp(Path dir, List<String> command) throws Exception {
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
                        return BenchReport.round((System.nanoTime() - start) / 1e9);
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
