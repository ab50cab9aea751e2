package no.fakturaflyt.sandbox;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sandbox of the outside delivery providers, served by the application itself under {@code /sandbox/**}.
 *
 * @param enabled            serve the sandbox (on in the default run and the tests; off where real providers are
 *                           configured)
 * @param apiKey             the API key callers must send in {@code X-Api-Key}, as with a real provider; empty =
 *                           no check
 * @param peppolParticipants the Peppol directory: organisation numbers ({@code 987654325}, scheme 0192 assumed) or
 *                           participant ids ({@code 0192:987654325})
 * @param efakturaConsumers  consumers with an eFaktura agreement, by e-mail address or phone number
 * @param vippsUsers         mobile numbers of Vipps eFaktura users ({@code +4791234567}; spaces ignored, +47
 *                           assumed for eight digits)
 * @param factoringLimit     the factoring company accepts invoices up to this amount (NOK) and rejects above
 */
@ConfigurationProperties("fakturaflyt.sandbox")
public record SandboxProperties(boolean enabled, String apiKey, List<String> peppolParticipants,
        List<String> efakturaConsumers, List<String> vippsUsers, BigDecimal factoringLimit) {

    public SandboxProperties {
        peppolParticipants = peppolParticipants == null ? List.of() : List.copyOf(peppolParticipants);
        efakturaConsumers = efakturaConsumers == null ? List.of() : List.copyOf(efakturaConsumers);
        vippsUsers = vippsUsers == null ? List.of() : List.copyOf(vippsUsers);
        factoringLimit = factoringLimit == null ? new BigDecimal("100000.00") : factoringLimit;
    }
}
