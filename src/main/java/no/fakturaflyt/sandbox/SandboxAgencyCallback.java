package no.fakturaflyt.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.fakturaflyt.common.CallbackSignature;
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
 * reference and outcome as JSON, signed with the agency's secret ({@link CallbackSignature}: a fresh id, the time,
 * HMAC-SHA256 over both and the body). A callback that fails is reported, not retried: the creditor's poll is what
 * finds such a case.
 */
@Component
@ConditionalOnProperty(name = "fakturaflyt.sandbox.enabled", havingValue = "true")
class SandboxAgencyCallback {

    static final String SELF_PATH = "/api/collection-agency/callback";

    private final SandboxCollectionAgencyProperties properties;
    private final Environment environment;
    private final RestClient http;
    private final ObjectMapper json;

    SandboxAgencyCallback(SandboxCollectionAgencyProperties properties, Environment environment,
            RestClient.Builder builder, ObjectMapper json) {
        this.properties = properties;
        this.environment = environment;
        this.json = json;
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
            byte[] body = json.writeValueAsBytes(new Callback(closed.reference(), closed.status(),
                    closed.amountCollected(), closed.closedOn()));
            String id = UUID.randomUUID().toString();
            long timestamp = Instant.now().getEpochSecond();
            String secret = properties.callbackSecret() == null ? "" : properties.callbackSecret();
            var response = http.post().uri(target)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(CallbackSignature.ID_HEADER, id)
                    .header(CallbackSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
                    .header(CallbackSignature.SIGNATURE_HEADER, CallbackSignature.sign(secret, id, timestamp, body))
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
            return new Outcome(target, true, response.getStatusCode().value(), null);
        } catch (JsonProcessingException e) {
            return new Outcome(target, false, null, e.getMessage());
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
