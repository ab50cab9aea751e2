package no.fakturaflyt.distribution.provider;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outside delivery providers of the distribution run, one block each.
 *
 * @param peppol    the Peppol access point (directory lookup and EHF sending)
 * @param efaktura  eFaktura B2C (consumer lookup and invoices)
 * @param vipps     Vipps eFaktura (invoices to a mobile number)
 * @param print     the print-and-post service
 * @param factoring the factoring company
 */
@ConfigurationProperties("fakturaflyt.providers")
public record ProviderProperties(Provider peppol, Provider efaktura, Provider vipps, Provider print,
        Provider factoring) {

    public ProviderProperties {
        peppol = peppol == null ? Provider.sandbox() : peppol;
        efaktura = efaktura == null ? Provider.sandbox() : efaktura;
        vipps = vipps == null ? Provider.sandbox() : vipps;
        print = print == null ? Provider.sandbox() : print;
        factoring = factoring == null ? Provider.sandbox() : factoring;
    }

    /**
     * How to reach one provider.
     *
     * @param baseUrl        the provider's URL, used as given; {@value #SELF} or empty means this application's own
     *                       sandbox ({@code /sandbox/<provider>} on whatever port the server got, resolved per request)
     * @param apiKey         an API key, sent in {@code apiKeyHeader}; ignored when {@code username} is set
     * @param apiKeyHeader   the header that carries the API key (default {@value #DEFAULT_API_KEY_HEADER})
     * @param username       HTTP Basic user (with {@code password}); takes precedence over the API key
     * @param password       HTTP Basic password
     * @param connectTimeout how long to wait for a connection (default 2 s)
     * @param readTimeout    how long to wait for an answer (default 10 s)
     */
    public record Provider(String baseUrl, String apiKey, String apiKeyHeader, String username, String password,
            Duration connectTimeout, Duration readTimeout) {

        public static final String SELF = "self";
        public static final String DEFAULT_API_KEY_HEADER = "X-Api-Key";

        public Provider {
            apiKeyHeader = apiKeyHeader == null || apiKeyHeader.isBlank() ? DEFAULT_API_KEY_HEADER : apiKeyHeader;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        }

        /** This application's sandbox, no credentials, default timeouts. */
        public static Provider sandbox() {
            return new Provider(SELF, null, null, null, null, null, null);
        }

        /** True when the URL means this application's own sandbox. */
        public boolean isSelf() {
            return baseUrl == null || baseUrl.isBlank() || SELF.equalsIgnoreCase(baseUrl.trim());
        }
    }
}
