package no.fakturaflyt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Fakturaflyt: invoicing for Norwegian businesses on Camunda 7.
 * Each top-level package below this one is a business capability (an application module).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FakturaflytApplication {

    public static void main(String[] args) {
        SpringApplication.run(FakturaflytApplication.class, args);
    }
}
