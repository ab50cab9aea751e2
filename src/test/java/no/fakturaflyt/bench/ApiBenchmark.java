package no.fakturaflyt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * B4, the REST API under load (issue 7): C clients, each on its own thread, create a draft with one product line
 * ({@code POST /api/invoices}) and send it ({@code POST /api/invoices/{id}/send}) as the clerk with HTTP Basic, again
 * and again for D seconds, over {@link HttpClient} against the shared test context's random port.
 *
 * <p>What "send" costs here is the request only: it approves the invoice and starts its lifecycle, whose first job
 * waits for the job executor, which is off in the shared test context. So the load measures the API, the database and
 * the engine's start of a process, not posting, rendering or delivery. Afterwards the benchmark runs the due jobs on
 * one thread for at most {@code bench.b4.drain-seconds} and reports whether the queue drained.
 *
 * <p>Every request logs in anew (the API is stateless: no session), and the login is a check of the password against
 * Camunda's identity service plus a query of the user's groups. Before the load the benchmark measures that part
 * alone: the same unauthenticated health probe with and without an {@code Authorization} header (Spring Security
 * checks a header it is given even where no login is needed), and the two identity calls in process.
 */
@FakturaflytTest
class ApiBenchmark {

    private static final String CLERK = "Basic "
            + Base64.getEncoder().encodeToString("clerk:clerk".getBytes(StandardCharsets.UTF_8));
    private static final String LIFECYCLE = "invoice-lifecycle";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired IdentityService identity;
    @Autowired ManagementService management;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired DataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();
    private HttpClient http;

    @Test
    void createAndSendUnderLoad() throws Exception {
        int clients = Integer.getInteger("bench.b4.clients", 16);
        int seconds = Integer.getInteger("bench.b4.seconds", 60);
        int warmup = Integer.getInteger("bench.b4.warmup", 20);
        int authSamples = Integer.getInteger("bench.b4.auth-samples", 300);
        int drainSeconds = Integer.getInteger("bench.b4.drain-seconds", 300);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("clients", clients);
        parameters.put("seconds", seconds);
        parameters.put("warmupPairs", warmup);
        parameters.put("authSamples", authSamples);
        parameters.put("drainSeconds", drainSeconds);
        parameters.put("jobs", "none during the load (job executor off); afterwards due jobs on one thread, bounded");

        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<Customer> buyers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            buyers.add(data.business("api" + i + "@bench.example"));
        }
        Product hours = data.product("3", "1250.00");
        long lifecyclesBefore = runtime.createProcessInstanceQuery().processDefinitionKey(LIFECYCLE).count();

        // warm-up: JIT, connection pool, statement caches; not counted
        for (int i = 0; i < warmup; i++) {
            Pair pair = createAndSend(buyers.get(i % clients), hours, 1);
            assertThat(pair.error()).as("warm-up create+send").isNull();
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        authCost(authSamples, figures);

        List<Long> pairs = Collections.synchronizedList(new ArrayList<>());
        List<Long> creates = Collections.synchronizedList(new ArrayList<>());
        List<Long> sends = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        long peakHeapMb;
        long start;
        long end;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        SqlStatements sql = new SqlStatements(dataSource);
        sql.reset();
        try (BenchReport.HeapSampler heap = new BenchReport.HeapSampler()) {
            start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Customer buyer = buyers.get(c);
                running.add(pool.submit(() -> {
                    int quantity = 1;
                    while (System.nanoTime() < deadline) {
                        Pair pair = createAndSend(buyer, hours, 1 + quantity++ % 5);
                        if (pair.error() != null) {
                            errors.computeIfAbsent(pair.error(), k -> new AtomicInteger()).incrementAndGet();
                        } else {
                            pairs.add(pair.createMs() + pair.sendMs());
                            creates.add(pair.createMs());
                            sends.add(pair.sendMs());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            end = System.nanoTime();
            peakHeapMb = heap.peakMb();
        } finally {
            pool.shutdownNow();
        }

        double loadSeconds = (end - start) / 1e9;
        int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        List<Long> pairMs = sorted(pairs);
        List<Long> createMs = sorted(creates);
        List<Long> sendMs = sorted(sends);
        figures.put("b4.seconds", BenchReport.round(loadSeconds));
        figures.put("b4.pairsCompleted", pairMs.size());
        figures.put("b4.pairsPerSecond", BenchReport.round(pairMs.size() / loadSeconds));
        figures.put("b4.requestsPerSecond", BenchReport.round((2.0 * pairMs.size() + errorCount) / loadSeconds));
        figures.put("b4.errors", errorCount);
        figures.put("b4.errorsByKind", new LinkedHashMap<>(errors));
        latencies(figures, "b4.pair", pairMs);
        latencies(figures, "b4.create", createMs);
        latencies(figures, "b4.send", sendMs);
        figures.put("peakHeapMb", peakHeapMb);
        long p99 = BenchReport.percentile(pairMs, 99);
        BenchReport.target(figures, "B4 pair p99", p99 + " ms, " + errorCount + " errors, " + clients + " clients",
                "<= 150 ms, no errors", p99 <= 150 && errorCount == 0 && clients >= 16);
        sql.report(figures, "b4.sql", Math.max(1, pairMs.size()));

        long started = runtime.createProcessInstanceQuery().processDefinitionKey(LIFECYCLE).count() - lifecyclesBefore;
        figures.put("lifecyclesStartedDuringRun", started);
        drain(drainSeconds, figures);
        BenchReport.write("b4-api", parameters, figures);
        removeLeftovers(lifecyclesBefore);

        assertThat(pairMs).as("create+send pairs completed").isNotEmpty();
        assertThat(started).as("every sent invoice started its lifecycle")
                .isGreaterThanOrEqualTo(pairMs.size() + warmup);
    }

    /**
     * Ends the lifecycles the load left running (the drain is bounded and seldom finishes them), so that the next
     * benchmark in this JVM starts without thousands of someone else's jobs due: CleanSlate removes follow-ups only.
     */
    private void removeLeftovers(long lifecyclesBefore) {
        List<String> left = runtime.createProcessInstanceQuery().processDefinitionKey(LIFECYCLE).list().stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
        if (!left.isEmpty()) {
            runtime.deleteProcessInstances(left, "ApiBenchmark: load finished", true, true);
        }
        System.out.printf("B4: removed %d lifecycles left running (%d were running before the load)%n", left.size(),
                lifecyclesBefore);
    }

    /** One create and one send; the error is the first non-2xx status (or exception) and its call, else null. */
    private Pair createAndSend(Customer buyer, Product product, int quantity) {
        String body = "{\"customerId\":" + buyer.getId() + ",\"lines\":[{\"productId\":" + product.getId()
                + ",\"quantity\":" + quantity + "}]}";
        long t0 = System.nanoTime();
        HttpResponse<String> created;
        try {
            created = http.send(post("/api/invoices", body), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return Pair.failed("create " + e.getClass().getSimpleName());
        }
        long t1 = System.nanoTime();
        if (created.statusCode() / 100 != 2) {
            return Pair.failed("create " + created.statusCode());
        }
        long id;
        try {
            id = json.readTree(created.body()).get("id").asLong();
        } catch (Exception e) {
            return Pair.failed("create unreadable body");
        }
        HttpResponse<String> sent;
        try {
            sent = http.send(post("/api/invoices/" + id + "/send", null), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return Pair.failed("send " + e.getClass().getSimpleName());
        }
        long t2 = System.nanoTime();
        if (sent.statusCode() / 100 != 2) {
            return Pair.failed("send " + sent.statusCode());
        }
        return new Pair((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, null);
    }

    private HttpRequest post(String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", CLERK).header("Accept", "application/json")
                // a script's request, as the API's cross-site guard asks of a body-less POST (docs/security.md)
                .header("X-Requested-With", "fakturaflyt-bench");
        if (body == null) {
            return request.POST(HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /**
     * What a Basic login costs per request: the health probe (open to all) timed alternately without and with the
     * clerk's {@code Authorization} header on one thread, and the provider's two identity calls timed in process.
     */
    private void authCost(int samples, Map<String, Object> figures) throws Exception {
        URI health = URI.create("http://localhost:" + port + "/actuator/health");
        List<Long> anonymous = new ArrayList<>();
        List<Long> authenticated = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            anonymous.add(timeMicros(HttpRequest.newBuilder(health).GET().build()));
            authenticated.add(timeMicros(HttpRequest.newBuilder(health).header("Authorization", CLERK).GET().build()));
        }
        anonymous.sort(null);
        authenticated.sort(null);
        long p50Anonymous = BenchReport.percentile(anonymous, 50);
        long p50Authenticated = BenchReport.percentile(authenticated, 50);
        figures.put("auth.healthWithoutLoginP50Us", p50Anonymous);
        figures.put("auth.healthWithLoginP50Us", p50Authenticated);
        figures.put("auth.loginOverheadP50Us", p50Authenticated - p50Anonymous);

        List<Long> check = new ArrayList<>();
        List<Long> groups = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            assertThat(identity.checkPassword("clerk", "clerk")).isTrue();
            long t1 = System.nanoTime();
            assertThat(identity.createGroupQuery().groupMember("clerk").list()).isNotEmpty();
            long t2 = System.nanoTime();
            check.add((t1 - t0) / 1000);
            groups.add((t2 - t1) / 1000);
        }
        check.sort(null);
        groups.sort(null);
        figures.put("auth.checkPasswordP50Us", BenchReport.percentile(check, 50));
        figures.put("auth.checkPasswordP99Us", BenchReport.percentile(check, 99));
        figures.put("auth.groupQueryP50Us", BenchReport.percentile(groups, 50));
    }

    private long timeMicros(HttpRequest request) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - t0) / 1000;
        assertThat(response.statusCode()).as("GET /actuator/health").isEqualTo(200);
        return micros;
    }

    /**
     * Starts the engine's job executor (as many threads as in production, {@code bench.b4.job-threads}) and waits
     * until no job is due any more or the time is up; reports how long the executor took to drain what the API took
     * in, and what is left.
     */
    private void drain(int drainSeconds, Map<String, Object> figures) throws InterruptedException {
        int threads = Integer.getInteger("bench.b4.job-threads", 4);
        long dueBefore = management.createJobQuery().executable().count();
        figures.put("drain.jobsDueBefore", dueBefore);
        figures.put("drain.jobThreads", threads);
        long start = System.nanoTime();
        boolean drained = true;
        try (EngineJobExecutor executor = new EngineJobExecutor(engine, threads, 8)) {
            executor.awaitUntil(() -> management.createJobQuery().executable().count() == 0,
                    Duration.ofSeconds(drainSeconds), "the job executor drained the jobs");
        } catch (AssertionError e) {
            drained = false;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        figures.put("drain.seconds", BenchReport.round(seconds));
        figures.put("drain.jobsPerSecond", BenchReport.round(dueBefore / seconds));
        figures.put("drain.drained", drained);
        figures.put("drain.jobsDueAfter", management.createJobQuery().executable().count());
        figures.put("drain.jobsFailed", management.createJobQuery().withException().count());
        BenchReport.target(figures, "B4 drain", drained ? BenchReport.round(seconds) + " s for " + dueBefore + " jobs"
                : "not drained after " + drainSeconds + " s", "drained in the same run", drained);
        figures.put("drain.lifecyclesStillRunning",
                runtime.createProcessInstanceQuery().processDefinitionKey(LIFECYCLE).count());
    }

    private static void latencies(Map<String, Object> figures, String prefix, List<Long> sortedMs) {
        figures.put(prefix + "P50Ms", BenchReport.percentile(sortedMs, 50));
        figures.put(prefix + "P99Ms", BenchReport.percentile(sortedMs, 99));
        figures.put(prefix + "MaxMs", sortedMs.isEmpty() ? -1 : sortedMs.get(sortedMs.size() - 1));
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        copy.sort(null);
        return copy;
    }

    private record Pair(long createMs, long sendMs, String error) {

        static Pair failed(String error) {
            return new Pair(-1, -1, error);
        }
    }
}
