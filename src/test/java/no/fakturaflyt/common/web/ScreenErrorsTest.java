package no.fakturaflyt.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the screens answer to bad input outside a form, over HTTP with a logged-in session: a download (the reports'
 * CSV, the audit trail's CSV, an invoice PDF) answers an RFC 7807 problem naming the field, never a page or a 500;
 * a page answers the error page in HTML, in bokmål.
 */
@FakturaflytTest
class ScreenErrorsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final long NO_SUCH_ID = 987_654_321L;

    @LocalServerPort int port;
    private HttpClient session;

    @BeforeEach
    void login() throws Exception {
        session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).as("the login form's CSRF token").isTrue();
        String form = "username=auditor&password=auditor&_csrf=" + URLEncoder.encode(token.group(1),
                StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void aDownloadAnswersAProblemNamingTheField() throws Exception {
        assertProblem(get("/reports/csv?kind=customers&from=2026-13-01"), 400, "from");
        assertProblem(get("/reports/csv?kind=nonsense"), 400, "kind");
        HttpResponse<String> backwards = get("/reports/csv?kind=customers&from=2026-05-02&to=2026-05-01");
        assertProblem(backwards, 400, "to");
        assertThat(backwards.body()).contains("before it starts");

        assertProblem(get("/audit/documents/" + NO_SUCH_ID + "/trail.csv"), 404, null);
        assertProblem(get("/audit/documents/abc/trail.csv"), 400, "id");
        assertProblem(get("/invoices/" + NO_SUCH_ID + "/invoice.pdf"), 404, null);
    }

    @Test
    void aPageAnswersTheErrorPageInBokmal() throws Exception {
        HttpResponse<String> missing = get("/invoices/" + NO_SUCH_ID);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(missing.body()).contains("<html").contains("404").contains("Faktura " + NO_SUCH_ID + " finnes ikke.");

        HttpResponse<String> wrongType = get("/invoices/abc");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(wrongType.body()).contains("<html").contains("id: «abc» er ikke et heltall.");

        HttpResponse<String> report = get("/reports?from=2026-05-02&to=2026-05-01");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("Perioden slutter (2026-05-01) før den begynner (2026-05-02).");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).doesNotContain("<html");
        if (field != null) {
            assertThat(response.body()).contains("\"field\":\"" + field + "\"");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return session.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
