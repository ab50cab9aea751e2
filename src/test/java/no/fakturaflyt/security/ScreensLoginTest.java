package no.fakturaflyt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The screens' login at the HTTP level (the browser's view is in the screens' own tests): a session by form with a
 * CSRF token, through the same identity service and login throttle as every other door, while the API keeps HTTP
 * Basic without sessions.
 */
@FakturaflytTest
class ScreensLoginTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void forgetFailures() {
        throttle.clear();
    }

    @Test
    void theStartPageSendsAStrangerToTheLoginForm() throws Exception {
        HttpResponse<String> start = get("/");

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/login").body()).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
    }

    @Test
    void aLoginFormWithTheRightPasswordOpensASessionThatTheApiDoesNotAccept() throws Exception {
        HttpResponse<String> login = login("clerk", "clerk");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> start = get("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("clerk", "action=\"/logout\"");
        // the API is HTTP Basic only: a session cookie is no login there (and so no way round its cross-site check)
        HttpResponse<String> api = get("/api/customers");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    }

    @Test
    void aLoginOrLogoutWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        get("/login");
        HttpResponse<String> forged = post("/login", "username=clerk&password=clerk");
        assertThat(forged.statusCode()).isEqualTo(403);

        login("clerk", "clerk");
        assertThat(post("/logout", "").statusCode()).isEqualTo(403);
        assertThat(get("/").statusCode()).isEqualTo(200);
        String token = csrf(get("/").body());
        assertThat(post("/logout", "_csrf=" + token).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?logout");
        assertThat(get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void wrongPasswordsInTheFormAreCountedByTheSameThrottleAsTheApisLogins() throws Exception {
        for (int failure = 1; failure <= 6; failure++) {
            assertThat(login("clerk", "wrong" + failure).headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error");
        }
        // now even the right password waits (seconds), in the form and in the API alike
        assertThat(login("clerk", "clerk").headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(uri("/api/customers"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("clerk:clerk".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);

        throttle.clear();
        assertThat(login("clerk", "clerk").headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private HttpResponse<String> login(String user, String password) throws Exception {
        String token = csrf(get("/login").body());
        return post("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
