package no.fakturaflyt.customer.register;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach Enhetsregisteret's open-data API (Brønnøysundregistrene, no credentials needed).
 *
 * @param baseUrl        the API's root, used as given (default {@value #PUBLIC_URL}: the client asks
 *                       {@code <baseUrl>/enhetsregisteret/api/enheter/{orgnr}}); {@value #SELF} = this application's
 *                       sandbox stand-in ({@code /sandbox/brreg} on whatever port the server got)
 * @param apiKey         sent in {@code X-Api-Key} when set (the public register wants none; the sandbox does)
 * @param connectTimeout how long to wait for a connection (default 2 s)
 * @param readTimeout    how long to wait for an answer (default 5 s)
 */
@ConfigurationProperties("fakturaflyt.business-register")
public record BusinessRegisterProperties(String baseUrl, String apiKey, Duration connectTimeout,
        Duration readTimeout) {

    public static final String PUBLIC_URL = "https://data.brreg.no";
    public static final String SELF = "self";

    public BusinessRegisterProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? PUBLIC_URL : baseUrl.trim();
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
    }

    /** True when the URL means this application's own sandbox. */
    public boolean isSelf() {
        return SELF.equalsIgnoreCase(baseUrl);
    }
}
