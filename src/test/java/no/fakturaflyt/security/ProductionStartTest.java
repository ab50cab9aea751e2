package no.fakturaflyt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.FakturaflytApplication;
import no.fakturaflyt.support.TestInfrastructure;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started as production is (profile {@code postgres}, no {@code demo}): it refuses to start while a
 * provider key, the agency's callback secret or the first admin's password is missing or a documented default,
 * naming each; with them it starts without a single demo user and with the configured first administrator.
 */
class ProductionStartTest {

    private static final List<String> PROVIDERS = List.of("peppol", "efaktura", "vipps", "print", "factoring");

    @Test
    void withoutItsSettingsProductionDoesNotStartAndSaysWhichAreMissing() {
        assertThatThrownBy(() -> start(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not start outside the demo")
                .satisfies(e -> {
                    for (String provider : PROVIDERS) {
                        assertThat(e.getMessage())
                                .contains("fakturaflyt.providers." + provider + ".base-url is missing")
                                .contains("fakturaflyt.providers." + provider + ".api-key is missing (FAKTURAFLYT_PROVIDERS_"
                                        + provider.toUpperCase() + "_APIKEY)");
                    }
                    assertThat(e.getMessage())
                            .contains("fakturaflyt.collection-agency.base-url is missing")
                            .contains("fakturaflyt.collection-agency.api-key is missing")
                            .contains("fakturaflyt.collection-agency.callback-secret is missing "
                                    + "(FAKTURAFLYT_COLLECTIONAGENCY_CALLBACKSECRET)")
                            .doesNotContain("sandbox.enabled");
                });
    }

    @Test
    void theDocumentedDemoValuesAreRefusedByName() {
        Map<String, String> demoValues = new LinkedHashMap<>(productionSettings());
        demoValues.put("fakturaflyt.sandbox.enabled", "true");
        demoValues.put("fakturaflyt.providers.vipps.base-url", "self");
        demoValues.put("fakturaflyt.providers.peppol.api-key", "sandbox-key");
        demoValues.put("fakturaflyt.collection-agency.callback-secret", "sandbox-callback-key");
        demoValues.put("fakturaflyt.security.users[0].id", "clerk");
        demoValues.put("fakturaflyt.security.users[0].password", "clerk");
        demoValues.put("fakturaflyt.demo.clock-endpoint", "true");

        assertThatThrownBy(() -> start(demoValues))
                .hasMessageContaining("fakturaflyt.sandbox.enabled is true")
                .hasMessageContaining("fakturaflyt.providers.vipps.base-url is 'self'")
                .hasMessageContaining("fakturaflyt.providers.peppol.api-key is still the documented default "
                        + "'sandbox-key'")
                .hasMessageContaining("fakturaflyt.collection-agency.callback-secret is still the documented default")
                .hasMessageContaining("fakturaflyt.security.users seeds users")
                .hasMessageContaining("fakturaflyt.demo.clock-endpoint is true")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("efaktura"));
    }

    @Test
    void aProductionStartSeedsNoDemoUserOnlyTheConfiguredFirstAdmin() {
        Map<String, String> settings = new LinkedHashMap<>(productionSettings());
        settings.put("spring.datasource.url", TestInfrastructure.freshDatabase("production_start"));
        settings.put("fakturaflyt.security.initial-admin.password", "a-long-first-admin-password");
        try (ConfigurableApplicationContext app = start(settings)) {
            IdentityService identity = app.getBean(IdentityService.class);

            assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
            assertThat(identity.checkPassword("admin", "a-long-first-admin-password")).isTrue();
            assertThat(identity.checkPassword("admin", "admin")).isFalse();
            assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Roles.ADMINS).count()).isOne();
            assertThat(app.getEnvironment().getProperty("fakturaflyt.sandbox.enabled", Boolean.class)).isFalse();
            assertThat(app.getBeanNamesForType(org.springframework.web.servlet.HandlerInterceptor.class))
                    .noneMatch(name -> name.toLowerCase().contains("sandbox"));
            // session cookies only over HTTPS (a proxy's X-Forwarded-Proto is trusted)
            assertThat(app.getEnvironment().getProperty("server.servlet.session.cookie.secure", Boolean.class))
                    .isTrue();
            assertThat(app.getEnvironment().getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie",
                    Boolean.class)).isTrue();
        }
    }

    @Test
    void withoutAnAdministratorAndItsPasswordProductionDoesNotStart() {
        Map<String, String> settings = new LinkedHashMap<>(productionSettings());
        settings.put("spring.datasource.url", TestInfrastructure.freshDatabase("production_no_admin"));

        assertThatThrownBy(() -> start(settings).close())
                .hasStackTraceContaining("fakturaflyt.security.initial-admin.password");
    }

    /** Real-looking settings for every provider and the agency, none of them a documented default. */
    private static Map<String, String> productionSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String provider : PROVIDERS) {
            settings.put("fakturaflyt.providers." + provider + ".base-url", "https://" + provider + ".example/api");
            settings.put("fakturaflyt.providers." + provider + ".api-key", provider + "-key-from-the-contract");
        }
        settings.put("fakturaflyt.collection-agency.base-url", "https://inkasso.example/api");
        settings.put("fakturaflyt.collection-agency.api-key", "our-key-at-the-agency");
        settings.put("fakturaflyt.collection-agency.callback-secret", "the-agency's-own-secret-32-characters-long");
        return settings;
    }

    private static ConfigurableApplicationContext start(Map<String, String> settings) {
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + TestInfrastructure.smtpPort(),
                // a second engine in this JVM beside the shared test context's
                "camunda.bpm.process-engine-name=production-start",
                "camunda.bpm.job-execution.enabled=false",
                "fakturaflyt.collection-agency.poll-interval=PT24H",
                "fakturaflyt.bank-files.inbox=",
                "fakturaflyt.avtalegiro.outbox=target/avtalegiro-outbox/production-start"));
        settings.forEach((key, value) -> properties.add(key + "=" + value));
        // as command-line arguments: above the configuration files, as an installation's environment would be
        return new SpringApplicationBuilder(FakturaflytApplication.class)
                .profiles("postgres")
                .web(WebApplicationType.SERVLET)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
    }
}
