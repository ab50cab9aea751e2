package no.fakturaflyt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Fakturaflyt: invoicing for Norwegian businesses on Camunda 7.
 * Each top-level package below this one is a business capability (an application module).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FakturaflytApplication {

    /** Keeps this many start-up steps for {@code /actuator/startup} when set (docs/benchmarks.md, B5). */
    static final String STARTUP_STEPS = "fakturaflyt.startup-steps";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(FakturaflytApplication.class);
        Integer steps = Integer.getInteger(STARTUP_STEPS);
        if (steps != null) {
            application.setApplicationStartup(new BufferingApplicationStartup(steps));
        }
        application.run(args);
    }
}
