package no.fakturaflyt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The outside providers' sandbox as a test calls it over HTTP, with the sandbox's own key: what a provider received,
 * faults to inject, recipients to add.
 */
public class Sandbox {

    private final TestRestTemplate rest;

    Sandbox(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** One call to the sandbox; fails the test unless it answers 2xx. */
    public Object call(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", "sandbox-key");
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = rest.exchange(path, method, new HttpEntity<>(body, headers), Object.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(method + " " + path + ": " + response).isTrue();
        return response.getBody();
    }

    /** What the provider (peppol, efaktura, vipps, print, factoring) received, one item per Idempotency-Key. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> received(String provider) {
        return (List<Map<String, Object>>) call(HttpMethod.GET, "/sandbox/" + provider + "/received", null);
    }
}
