package no.fakturaflyt.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled seed a demo company, three customers and four products into an empty database at start-up
 */
@ConfigurationProperties("fakturaflyt.demo")
public record DemoProperties(boolean enabled) {
}
