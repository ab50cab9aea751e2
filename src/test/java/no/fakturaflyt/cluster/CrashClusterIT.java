package no.fakturaflyt.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 11: two nodes of the packaged application as separate processes on one PostgreSQL, one killed with
 * {@code kill -9} in the middle of a billing run and started again. Checked from outside the application: the
 * invoice numbers gap-free and unique, every voucher balanced, every invoice delivered exactly once as seen by an
 * SMTP server (GreenMail, by stable Message-ID) and a Peppol access point (by Idempotency-Key), no incident, nothing
 * left SENDING. The figures go to {@code target/cluster/crash-cluster.json}.
 *
 * <p>Run it after packaging, in the {@code cluster} profile only: {@code mvn -B -Pcluster verify
 * -Dbpmnlint.skip=true} ({@code -Dcluster.invoices=300} for more invoices, {@code -Dcluster.settle-timeout=PT15M}).
 * PostgreSQL (zonky's binaries), GreenMail and the access point run inside this JVM; nothing else is needed.
 */
class CrashClusterIT {

    private static final int INVOICES = Integer.getInteger("cluster.invoices", 100);
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("cluster.start-timeout", "PT5M"));
    private static final Duration SETTLE_TIMEOUT = Duration.parse(System.getProperty("cluster.settle-timeout", "PT10M"));
    private static final String ADMIN_PASSWORD = "cluster-admin-" + UUID.randomUUID();
    private static final String CLERK_PASSWORD = "cluster-clerk-" + UUID.randomUUID();
    /** A key for the providers these customers never reach (their addresses are unreachable on purpose). */
    private static final String UNUSED_KEY = "cluster-unused-" + UUID.randomUUID();
    private static final Path OUT = Path.of("target", "cluster");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<ClusterNode> nodes = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private GreenMail smtp;
    private AccessPointStub accessPoint;

    @AfterEach
    void stopAll() throws Exception {
        for (ClusterNode node : nodes) {
            node.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (accessPoint != null) {
            accessPoint.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesOneKilledMidRunDeliverEveryInvoiceExactlyOnceWithGapFreeNumbersAndBalancedVouchers()
            throws Exception {
        Files.createDirectories(OUT);
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "120").start();
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        accessPoint = new AccessPointStub();
        Path jar = applicationJar();

        ClusterNode a = node("a", jar);
        ClusterNode b = node("b", jar);
        // one after the other: the first creates the schema (Flyway, Camunda) and deploys the models
        startAndAwait(a);
        startAndAwait(b);
        // the clerk, added by the administrator as in production (engine REST, as Camunda Admin does)
        call(a, "POST", "/engine-rest/user/create", Map.of("profile", Map.of("id", "clerk", "firstName", "Klynge",
                "lastName", "Kontor", "email", "kontor@klynge.example"), "credentials",
                Map.of("password", CLERK_PASSWORD)), "admin", ADMIN_PASSWORD);
        call(a, "PUT", "/engine-rest/group/clerks/members/clerk", null, "admin", ADMIN_PASSWORD);

        // --- the billing run: company, customers, drafts over the REST API, then "invoice and send" on both nodes
        put(a, "/api/company", company(), "admin", ADMIN_PASSWORD);
        long product = post(a, "/api/products", Map.of("productNumber", "CLUSTER", "name", "Klyngetest",
                "unit", "stk", "unitPrice", "1250.00", "vatCode", "3", "active", true)).get("id").asLong();
        int customerCount = Math.min(INVOICES, 20);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < customerCount; i++) {
            boolean ehf = i % 2 == 0;
            String orgNumber = TestData.orgNumber();
            String email = "kunde" + i + "@klynge.example";
            if (ehf) {
                accessPoint.register("0192:" + orgNumber);
            }
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("type", "BUSINESS");
            form.put("name", "Klyngekunde " + i + " AS");
            form.put("orgNumber", orgNumber);
            form.put("addressLine1", "Kaien " + (i + 1));
            form.put("postalCode", "5003");
            form.put("city", "Bergen");
            form.put("countryCode", "NO");
            form.put("invoiceEmail", email);
            form.put("language", "nb");
            form.put("distributionOrder", ehf ? List.of("EHF", "EMAIL") : List.of("EMAIL"));
            long id = post(a, "/api/customers", form).get("id").asLong();
            customers.add(new Customer(id, email, ehf));
        }
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < INVOICES; i++) {
            Customer customer = customers.get(i % customerCount);
            long id = post(i % 2 == 0 ? a : b, "/api/invoices", Map.of("customerId", customer.id(),
                    "lines", List.of(Map.of("productId", product, "quantity", 1 + i % 3)))).get("id").asLong();
            drafts.add(new Draft(id, customer));
        }
        Instant runStarted = Instant.now();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ClusterNode via = i % 2 == 0 ? a : b;
            long id = drafts.get(i).id();
            sent.add(senders.submit(() -> post(via, "/api/invoices/" + id + "/send", null)));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        senders.shutdown();

        // --- kill -9 node b once a third of the invoices have reached the outside, and start it again
        await().atMost(SETTLE_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> deliveredOutside() >= INVOICES / 3);
        int lockedAtKill = count("select count(*) from act_ru_job where lock_exp_time_ > now()");
        int deliveredAtKill = deliveredOutside();
        Instant killedAt = Instant.now();
        b.kill();
        startAndAwait(b);
        Duration restart = Duration.between(killedAt, Instant.now());

        // --- settled: every invoice has its delivery recorded, no job left to run, nothing SENDING
        await().atMost(SETTLE_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(this::settled);
        Instant settledAt = Instant.now();

        // --- an e-mail the crash left unconfirmed waits for a clerk: ask the customer (here: the SMTP server) whether
        // it arrived, then record it as delivered or resend it
        int clerkConfirmed = 0;
        int clerkResent = 0;
        for (Draft draft : drafts) {
            if (count("select count(*) from delivery_attempt where invoice_id = " + draft.id()
                    + " and document_id is null and status = 'UNCONFIRMED'") == 0
                    || count("select count(*) from delivery_attempt where invoice_id = " + draft.id()
                    + " and document_id is null and status in ('SENT', 'DELIVERED_MANUALLY')") > 0) {
                continue;
            }
            List<String> tasks = strings("select t.id_ from act_ru_task t join act_ru_variable v"
                    + " on v.proc_inst_id_ = t.proc_inst_id_ where t.task_def_key_ = 'UserTask_DistributeManually'"
                    + " and v.name_ = 'invoiceId' and v.long_ = " + draft.id());
            assertThat(tasks).as("clerk's task for invoice %s", draft.id()).hasSize(1);
            boolean arrived = mailsWithMessageId(emailMessageId(draft)) > 0;
            Map<String, Object> variables = arrived
                    ? Map.of("manualDistributionDecision", Map.of("value", "DELIVERED"),
                            "manualDeliveryComment", Map.of("value", "The customer has it"))
                    : Map.of("manualDistributionDecision", Map.of("value", "RETRY_CHANNEL"),
                            "retryChannel", Map.of("value", "EMAIL"));
            call(a, "POST", "/engine-rest/task/" + tasks.get(0) + "/complete", Map.of("variables", variables),
                    "admin", ADMIN_PASSWORD);
            if (arrived) {
                clerkConfirmed++;
            } else {
                clerkResent++;
            }
        }
        if (clerkConfirmed + clerkResent > 0) {
            await().atMost(SETTLE_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(this::settled);
        }

        // --- the checks, from SQL and from the servers outside
        List<Long> numbers = longs("select invoice_number from invoice where invoice_type = 'INVOICE'"
                + " and invoice_number is not null order by invoice_number");
        long distinctNumbers = numbers.stream().distinct().count();
        boolean numbersGapFree = !numbers.isEmpty()
                && numbers.get(numbers.size() - 1) - numbers.get(0) + 1 == numbers.size();
        List<Long> unbalanced = longs("select v.id from voucher v join voucher_line l on l.voucher_id = v.id"
                + " group by v.id having sum(l.debit) <> sum(l.credit) order by v.id");
        List<Long> voucherNumbers = longs("select voucher_number from voucher order by voucher_number");
        int vouchers = voucherNumbers.size();
        boolean voucherNumbersGapFree = vouchers > 0
                && voucherNumbers.get(vouchers - 1) - voucherNumbers.get(0) + 1 == vouchers;
        int incidents = count("select count(*) from act_ru_incident");
        int sending = count("select count(*) from delivery_attempt where status = 'SENDING'");
        int unconfirmed = count("select count(*) from delivery_attempt where status = 'UNCONFIRMED'");
        int failedAttempts = count("select count(*) from delivery_attempt where status = 'FAILED'");

        Map<String, Integer> mailsPerMessageId = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            mailsPerMessageId.merge(messageId(mail), 1, Integer::sum);
        }
        Map<String, Integer> apPosts = accessPoint.postsPerKey();
        int emailDeliveries = 0;
        int ehfDeliveries = 0;
        List<Long> notExactlyOnce = new ArrayList<>();
        for (Draft draft : drafts) {
            int mails = mailsPerMessageId.getOrDefault(emailMessageId(draft), 0);
            int ehf = accessPoint.deliveredKeys().contains("invoice-" + draft.id() + "-ehf") ? 1 : 0;
            emailDeliveries += mails;
            ehfDeliveries += ehf;
            if (mails + ehf != 1) {
                notExactlyOnce.add(draft.id());
            }
        }
        int duplicateMails = mailsPerMessageId.values().stream().mapToInt(n -> n - 1).sum();
        int apRepeats = apPosts.values().stream().mapToInt(n -> n - 1).sum();
        Duration deliveryJobMax = Duration.ofMillis(count("select coalesce(max(duration_), 0) from act_hi_actinst"
                + " where act_id_ = 'Task_DeliverThroughChannel' and end_time_ is not null"));
        Duration deliveryJobAvg = Duration.ofMillis(count("select coalesce(avg(duration_), 0)::bigint from act_hi_actinst"
                + " where act_id_ = 'Task_DeliverThroughChannel' and end_time_ is not null"));

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("invoices", INVOICES);
        figures.put("customers", customerCount);
        figures.put("nodes", 2);
        figures.put("deliveredOutsideAtKill", deliveredAtKill);
        figures.put("jobsLockedAtKill", lockedAtKill);
        figures.put("restartSeconds", restart.toMillis() / 1000.0);
        figures.put("runToSettledSeconds", Duration.between(runStarted, settledAt).toMillis() / 1000.0);
        figures.put("killToSettledSeconds", Duration.between(killedAt, settledAt).toMillis() / 1000.0);
        figures.put("invoiceNumbers", numbers.size());
        figures.put("invoiceNumbersDistinct", distinctNumbers);
        figures.put("invoiceNumbersGapFree", numbersGapFree);
        figures.put("firstNumber", numbers.isEmpty() ? null : numbers.get(0));
        figures.put("lastNumber", numbers.isEmpty() ? null : numbers.get(numbers.size() - 1));
        figures.put("vouchers", vouchers);
        figures.put("voucherNumbersGapFree", voucherNumbersGapFree);
        figures.put("unbalancedVouchers", unbalanced.size());
        figures.put("emailsAtSmtpServer", smtp.getReceivedMessages().length);
        figures.put("emailDeliveries", emailDeliveries);
        figures.put("duplicateEmails", duplicateMails);
        figures.put("ehfDeliveredAtAccessPoint", ehfDeliveries);
        figures.put("ehfPostsRepeatedWithSameKey", apRepeats);
        figures.put("invoicesNotDeliveredExactlyOnce", notExactlyOnce.size());
        figures.put("incidents", incidents);
        figures.put("attemptsSending", sending);
        figures.put("attemptsUnconfirmedForClerk", unconfirmed);
        figures.put("attemptsFailed", failedAttempts);
        figures.put("clerkRecordedAsDelivered", clerkConfirmed);
        figures.put("clerkResent", clerkResent);
        figures.put("deliveryJobMaxMillis", deliveryJobMax.toMillis());
        figures.put("deliveryJobAvgMillis", deliveryJobAvg.toMillis());
        String report = json.writeValueAsString(figures);
        Files.writeString(OUT.resolve("crash-cluster.json"), report);
        System.out.println("Cluster test figures (target/cluster/crash-cluster.json):\n" + report);

        assertThat(numbers).hasSize(INVOICES);
        assertThat(distinctNumbers).isEqualTo(INVOICES);
        assertThat(numbersGapFree).as("invoice numbers gap-free: " + numbers).isTrue();
        assertThat(unbalanced).as("unbalanced vouchers").isEmpty();
        assertThat(voucherNumbersGapFree).as("voucher numbers gap-free").isTrue();
        assertThat(notExactlyOnce).as("invoices not delivered exactly once outside").isEmpty();
        assertThat(duplicateMails).isZero();
        assertThat(emailDeliveries + ehfDeliveries).isEqualTo(INVOICES);
        assertThat(incidents).isZero();
        assertThat(sending).isZero();
    }

    private record Customer(long id, String email, boolean ehf) {
    }

    private record Draft(long id, Customer customer) {
    }

    /** The stable Message-ID of the invoice's e-mail: derived from its idempotency key, the same on every resend. */
    private static String emailMessageId(Draft draft) {
        String key = "invoice-" + draft.id() + "-email-" + draft.customer().email();
        return "<" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@fakturaflyt>";
    }

    private long mailsWithMessageId(String messageId) {
        return Stream.of(smtp.getReceivedMessages()).filter(mail -> messageId.equals(messageId(mail))).count();
    }

    private int deliveredOutside() {
        return smtp.getReceivedMessages().length + accessPoint.deliveredKeys().size();
    }

    /** Every invoice's own delivery finished (SENT, put to a clerk, or recorded), no job to run, nothing SENDING. */
    private boolean settled() throws SQLException {
        return count("select count(distinct invoice_id) from delivery_attempt where document_id is null"
                + " and status in ('SENT', 'UNCONFIRMED', 'DELIVERED_MANUALLY')") >= INVOICES
                && count("select count(*) from act_ru_job where type_ = 'message'") == 0
                && count("select count(*) from delivery_attempt where status = 'SENDING'") == 0;
    }

    private ClusterNode node(String name, Path jar) {
        int port = freePort();
        List<String> arguments = List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--fakturaflyt.mail-sink.enabled=false",
                "--fakturaflyt.demo.enabled=false",
                "--fakturaflyt.demo.clock-endpoint=false",
                "--fakturaflyt.sandbox.enabled=false",
                "--fakturaflyt.bounces.enabled=false",
                "--fakturaflyt.bank-files.inbox=",
                "--fakturaflyt.avtalegiro.outbox=" + OUT.resolve("avtalegiro-" + name).toAbsolutePath(),
                "--fakturaflyt.providers.peppol.base-url=http://127.0.0.1:" + accessPoint.port(),
                "--fakturaflyt.providers.peppol.api-key=" + AccessPointStub.API_KEY,
                // the other providers are not used by these customers; an explicit, unreachable address
                "--fakturaflyt.providers.efaktura.base-url=http://127.0.0.1:9/efaktura",
                "--fakturaflyt.providers.vipps.base-url=http://127.0.0.1:9/vipps",
                "--fakturaflyt.providers.print.base-url=http://127.0.0.1:9/print",
                "--fakturaflyt.providers.factoring.base-url=http://127.0.0.1:9/factoring",
                "--fakturaflyt.collection-agency.base-url=http://127.0.0.1:9/agency",
                // outside the demo every provider needs a key and the agency a callback secret (ProductionSettingsCheck)
                "--fakturaflyt.providers.efaktura.api-key=" + UNUSED_KEY,
                "--fakturaflyt.providers.vipps.api-key=" + UNUSED_KEY,
                "--fakturaflyt.providers.print.api-key=" + UNUSED_KEY,
                "--fakturaflyt.providers.factoring.api-key=" + UNUSED_KEY,
                "--fakturaflyt.collection-agency.api-key=" + UNUSED_KEY,
                "--fakturaflyt.collection-agency.callback-secret=" + UNUSED_KEY + UNUSED_KEY,
                // no users from configuration outside the demo: the first administrator, who adds the clerk
                "--fakturaflyt.security.initial-admin.password=" + ADMIN_PASSWORD,
                "--fakturaflyt.security.initial-admin.email=admin@klynge.example",
                "--logging.level.root=WARN",
                "--logging.level.no.fakturaflyt=INFO");
        List<String> extra = Stream.of(System.getProperty("cluster.node-args", "").split("\\s+"))
                .filter(s -> !s.isBlank()).toList();
        List<String> all = new ArrayList<>(arguments);
        all.addAll(extra);
        ClusterNode node = new ClusterNode(name, jar, port, all,
                Map.of("FAKTURAFLYT_ADMIN_PASSWORD", ADMIN_PASSWORD, "FAKTURAFLYT_CLERK_PASSWORD", CLERK_PASSWORD),
                OUT.resolve("node-" + name + ".log"));
        nodes.add(node);
        return node;
    }

    private void startAndAwait(ClusterNode node) throws IOException {
        node.start();
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(() -> node.isUp(http));
    }

    private static Path applicationJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("fakturaflyt-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No application jar in target/: run the cluster profile after package (mvn -Pcluster verify)"))
                    .toAbsolutePath();
        }
    }

    private JsonNode post(ClusterNode node, String path, Object body) throws IOException, InterruptedException {
        return call(node, "POST", path, body, "clerk", CLERK_PASSWORD);
    }

    private JsonNode put(ClusterNode node, String path, Object body, String user, String password)
            throws IOException, InterruptedException {
        return call(node, "PUT", path, body, user, password);
    }

    private JsonNode call(ClusterNode node, String method, String path, Object body, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " on node " + node.name() + ": "
                    + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }

    private Map<String, Object> company() {
        Map<String, Object> company = new LinkedHashMap<>();
        company.put("name", "Klyngetest AS");
        company.put("orgNumber", "123456785");
        company.put("vatRegistered", true);
        company.put("foretaksregisteret", true);
        company.put("addressLine", "Strandgata 12");
        company.put("postalCode", "5013");
        company.put("city", "Bergen");
        company.put("countryCode", "NO");
        company.put("bankAccount", "12345678903");
        company.put("emailSender", "faktura@klynge.example");
        company.put("invoiceStartNumber", 10001);
        company.put("creditNoteOwnSeries", false);
        company.put("paymentTermsDays", 14);
        company.put("kidAlgorithm", "MOD10");
        company.put("kidCustomerDigits", 5);
        company.put("kidInvoiceDigits", 7);
        company.put("roundToWholeKroner", false);
        company.put("invoiceFee", "0.00");
        company.put("distributionOrder", List.of("EMAIL"));
        company.put("printerEmail", "skriver@klynge.example");
        company.put("factoringEnabled", false);
        return company;
    }

    private int count(String sql) throws SQLException {
        List<Long> values = longs(sql);
        return values.isEmpty() ? 0 : Math.toIntExact(values.get(0));
    }

    private List<Long> longs(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        }
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
