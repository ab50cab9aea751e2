package no.fakturaflyt.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The sandbox agency calling the creditor back over HTTP when a case closes, as a real agency would: the case's
 * reference and outcome as JSON, the shared key in {@code X-Callback-Key}. A callback that fails is reported, not
 * retried: the creditor's poll is what finds such a case.
 */
@Component
@ConditionalOnProperty(name = "fakturaflyt.sandbox.enabled", havingValue = "true")
class SandboxAgencyCallback {

    static final String KEY_HEADER = "X-Callback-Key";
    static final String SELF_PATH = "/api/collection-agency/callback";

    private final SandboxCollectionAgencyProperties properties;
    private final Environment environment;
    private final RestClient http;

    SandboxAgencyCallback(SandboxCollectionAgencyProperties properties, Environment environment,
            RestClient.Builder builder) {
        this.properties = properties;
        this.environment = environment;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.callbackTimeout());
        requests.setReadTimeout(properties.callbackTimeout());
        this.http = builder.clone().requestFactory(requests).build();
    }

    /**
     * @param url where to call; null = the configured callback URL
     * @return what happened: delivered with the creditor's status, or not delivered and why
     */
    Outcome send(String url, SandboxCollectionAgency.AgencyCase closed) {
        String target = url == null || url.isBlank() ? configuredUrl() : url;
        try {
            var response = http.post().uri(target)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(KEY_HEADER, properties.callbackKey() == null ? "" : properties.callbackKey())
                    .body(new Callback(closed.reference(), closed.status(), closed.amountCollected(),
                            closed.closedOn()))
                    .retrieve()
                    .toBodilessEntity();
            return new Outcome(target, true, response.getStatusCode().value(), null);
        } catch (RestClientResponseException e) {
            return new Outcome(target, false, e.getStatusCode().value(), e.getResponseBodyAsString());
        } catch (RestClientException e) {
            return new Outcome(target, false, null, e.getMessage());
        }
    }

    private String configuredUrl() {
        if (!properties.isSelf()) {
            return properties.callbackUrl().trim();
        }
        String port = environment.getProperty("local.server.port");
        String contextPath = environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "");
        return "http://127.0.0.1:" + port + contextPath + SELF_PATH;
    }

    /** The callback's JSON. */
    record Callback(String reference, String status, BigDecimal amountCollected, LocalDate closedOn) {
    }

    /**
     * @param status the creditor's HTTP status, when it answered
     * @param error  why it was not delivered
     */
    record Outcome(String url, boolean delivered, Integer status, String error) {
    }
}
