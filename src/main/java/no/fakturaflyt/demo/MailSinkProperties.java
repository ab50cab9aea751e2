package no.fakturaflyt.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The default run's mail sink: an SMTP server inside the application that keeps every e-mail it receives, so a
 * newcomer can read what was sent at GET /api/demo/mailbox without any mail server installed.
 *
 * @param enabled start the sink (on in the default run; off with the postgres profile, which uses Mailpit)
 * @param port    the SMTP port it listens on; spring.mail.port must point at it
 */
@ConfigurationProperties("fakturaflyt.mail-sink")
public record MailSinkProperties(boolean enabled, int port) {
}
