package no.fakturaflyt.distribution;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How outgoing e-mail uses its SMTP connections (the server itself is {@code spring.mail.*}).
 *
 * @param maxIdle            connections kept open between sends for the next message (default 4; 0 = a new
 *                           connection per message)
 * @param idleTimeout        an idle connection older than this is closed instead of reused (default 30 s; servers
 *                           drop idle clients after a few minutes)
 * @param messagesPerConnection a connection is closed after this many messages (default 100; some servers limit
 *                           messages per session)
 * @param tcpNoDelay         send each SMTP command at once instead of waiting for the previous packet's
 *                           acknowledgement (default true; off, every message can wait tens of milliseconds on
 *                           delayed ACKs); applies to plain SMTP and STARTTLS, not to implicit TLS
 *                           ({@code smtps} or {@code mail.smtp.ssl.enable}), nor when a socket factory is configured
 */
@ConfigurationProperties("fakturaflyt.smtp")
public record SmtpProperties(Integer maxIdle, Duration idleTimeout, Integer messagesPerConnection, Boolean tcpNoDelay) {

    public SmtpProperties {
        maxIdle = maxIdle == null ? 4 : maxIdle;
        idleTimeout = idleTimeout == null ? Duration.ofSeconds(30) : idleTimeout;
        messagesPerConnection = messagesPerConnection == null ? 100 : messagesPerConnection;
        tcpNoDelay = tcpNoDelay == null || tcpNoDelay;
        if (maxIdle < 0 || messagesPerConnection < 1 || idleTimeout.isNegative()) {
            throw new IllegalArgumentException("fakturaflyt.smtp: max-idle must be 0 or more, messages-per-connection"
                    + " 1 or more and idle-timeout not negative");
        }
    }
}
