package no.fakturaflyt.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Outside the demo (profile {@value #DEMO_PROFILE} not active) the application does not start while a setting that
 * protects it is missing or still one of the values documented in the README: the sandbox providers, their key, the
 * collection agency's callback secret, demo users, the demo clock. Runs before any bean is made (nothing has touched
 * the database yet) and names every setting to fix, with its environment variable, in one message. The first
 * administrator's password is checked at the first start by {@link IdentitySetup} (only needed while no
 * administrator exists).
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final String DEMO_PROFILE = "demo";
    static final List<String> PROVIDERS = List.of("peppol", "efaktura", "vipps", "print", "factoring");
    /** Values anyone can read in the README or the demo configuration. */
    static final Set<String> DOCUMENTED_DEFAULTS = Set.of("sandbox-key", "sandbox-callback-key",
            "sandbox-callback-secret-not-for-production", "admin", "clerk", "owner", "auditor", "changeme",
            "password", "secret");
    static final int MIN_CALLBACK_SECRET_LENGTH = 32;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Fakturaflyt does not start outside the demo (profile '" + DEMO_PROFILE
                    + "' not active) until these settings are fixed (see docs/security.md):\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    static List<String> problems(ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        List<String> problems = new ArrayList<>();
        if (binder.bind("fakturaflyt.sandbox.enabled", Boolean.class).orElse(false)) {
            problems.add("fakturaflyt.sandbox.enabled is true: the provider sandbox is for the demo only ("
                    + env("fakturaflyt.sandbox.enabled") + "=false)");
        }
        if (binder.bind("fakturaflyt.demo.clock-endpoint", Boolean.class).orElse(false)) {
            problems.add("fakturaflyt.demo.clock-endpoint is true: moving the clock is for the demo only");
        }
        if (binder.bind("fakturaflyt.demo.enabled", Boolean.class).orElse(false)) {
            problems.add("fakturaflyt.demo.enabled is true: demo data is for the demo only");
        }
        if (environment.containsProperty("fakturaflyt.security.users[0].id")) {
            problems.add("fakturaflyt.security.users seeds users with passwords from configuration: only in the "
                    + "demo; outside it set fakturaflyt.security.initial-admin.password and add users in Camunda Admin");
        }
        for (String provider : PROVIDERS) {
            String prefix = "fakturaflyt.providers." + provider + ".";
            url(environment, prefix + "base-url", problems);
            String username = environment.getProperty(prefix + "username");
            if (username != null && !username.isBlank()) {
                secret(environment, prefix + "password", 1, problems);
            } else {
                secret(environment, prefix + "api-key", 1, problems);
            }
        }
        url(environment, "fakturaflyt.collection-agency.base-url", problems);
        secret(environment, "fakturaflyt.collection-agency.api-key", 1, problems);
        secret(environment, "fakturaflyt.collection-agency.callback-secret", MIN_CALLBACK_SECRET_LENGTH, problems);
        String adminPassword = environment.getProperty("fakturaflyt.security.initial-admin.password");
        if (adminPassword != null && !adminPassword.isBlank()) {
            secret(environment, "fakturaflyt.security.initial-admin.password",
                    SecurityProperties.InitialAdmin.MIN_PASSWORD_LENGTH, problems);
        }
        return problems;
    }

    private static void url(ConfigurableEnvironment environment, String key, List<String> problems) {
        String value = environment.getProperty(key);
        if (value == null || value.isBlank()) {
            problems.add(key + " is missing (" + env(key) + ")");
        } else if (value.trim().equalsIgnoreCase("self")) {
            problems.add(key + " is 'self', the demo's sandbox (" + env(key) + ")");
        }
    }

    private static void secret(ConfigurableEnvironment environment, String key, int minLength, List<String> problems) {
        String value = environment.getProperty(key);
        if (value == null || value.isBlank()) {
            problems.add(key + " is missing (" + env(key) + ")");
        } else if (DOCUMENTED_DEFAULTS.contains(value.trim().toLowerCase(Locale.ROOT))) {
            problems.add(key + " is still the documented default '" + value.trim() + "' (" + env(key) + ")");
        } else if (value.length() < minLength) {
            problems.add(key + " is shorter than " + minLength + " characters (" + env(key) + ")");
        }
    }

    /** The environment variable Spring Boot reads for a property: FAKTURAFLYT_PROVIDERS_PEPPOL_APIKEY. */
    static String env(String key) {
        return key.toUpperCase(Locale.ROOT).replace("-", "").replace('.', '_');
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;   // after the configuration files are read
    }
}
