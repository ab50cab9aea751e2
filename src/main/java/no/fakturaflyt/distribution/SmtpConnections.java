package no.fakturaflyt.distribution;

import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail over SMTP connections that stay open between messages: connecting (and, on a real server, the TLS
 * handshake and login) is paid once per {@link SmtpProperties#messagesPerConnection()} messages instead of once per
 * message. Server, port, login and Jakarta Mail properties are Spring Boot's {@code spring.mail.*} (read from the
 * {@link JavaMailSenderImpl} it configures); the pooling is {@code fakturaflyt.smtp.*}.
 *
 * <p>A connection taken from the pool is checked first (Jakarta Mail sends NOOP); one that has idled too long, has
 * been used up or no longer answers is closed and replaced. A send that fails closes its connection instead of
 * returning it, so a broken connection is never handed out again. Exceptions are Spring's: a refused message becomes
 * a {@link MailSendException} carrying the Jakarta Mail exception per message, as {@code JavaMailSender} reports it.
 */
@Component
class SmtpConnections implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnections.class);

    private final JavaMailSenderImpl settings;
    private final SmtpProperties properties;
    private final Session session;
    private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>();

    SmtpConnections(JavaMailSenderImpl settings, SmtpProperties properties) {
        this.settings = settings;
        this.properties = properties;
        Properties mail = new Properties();
        mail.putAll(settings.getJavaMailProperties());
        // only on a plain connection (STARTTLS wraps it later); implicit TLS needs the SSL socket factory it has
        if (properties.tcpNoDelay() && "smtp".equals(protocol()) && !"true".equals(mail.getProperty("mail.smtp.ssl.enable"))
                && !mail.containsKey("mail.smtp.socketFactory") && !mail.containsKey("mail.smtp.socketFactory.class")) {
            mail.put("mail.smtp.socketFactory", NoDelaySocketFactory.INSTANCE);
        }
        this.session = Session.getInstance(mail);
    }

    private String protocol() {
        return settings.getProtocol() == null ? "smtp" : settings.getProtocol();
    }

    /** The session messages are composed in (its properties are {@code spring.mail.properties.*}). */
    MimeMessage createMimeMessage() {
        return new MimeMessage(session);
    }

    /** Sends the message to its recipients over a pooled connection. */
    void send(MimeMessage message) {
        try {
            message.saveChanges();
        } catch (MessagingException e) {
            throw new MailSendException("Could not prepare the e-mail: " + e.getMessage(), e);
        }
        Connection connection = borrow();
        boolean reusable = false;
        try {
            connection.transport.sendMessage(message, message.getAllRecipients());
            connection.sent++;
            reusable = true;
        } catch (MessagingException e) {
            throw new MailSendException("The mail server did not accept the e-mail: " + e.getMessage(), e,
                    Map.of(message, e));
        } finally {
            if (reusable) {
                giveBack(connection);
            } else {
                close(connection);
            }
        }
    }

    private Connection borrow() {
        Connection pooled;
        while ((pooled = idle.pollFirst()) != null) {
            if (usable(pooled)) {
                return pooled;
            }
            close(pooled);
        }
        return connect();
    }

    private boolean usable(Connection connection) {
        return connection.sent < properties.messagesPerConnection()
                && Duration.ofNanos(System.nanoTime() - connection.idleSince).compareTo(properties.idleTimeout()) < 0
                && connection.transport.isConnected();
    }

    private void giveBack(Connection connection) {
        if (connection.sent >= properties.messagesPerConnection() || properties.maxIdle() == 0) {
            close(connection);
            return;
        }
        connection.idleSince = System.nanoTime();
        if (!idle.offerFirst(connection) || idle.size() > properties.maxIdle()) {
            Connection surplus = idle.pollLast();
            if (surplus != null) {
                close(surplus);
            }
        }
    }

    private Connection connect() {
        String protocol = protocol();
        Transport transport;
        try {
            transport = session.getTransport(protocol);
        } catch (NoSuchProviderException e) {
            throw new MailSendException("No mail transport for protocol " + protocol, e);
        }
        try {
            transport.connect(settings.getHost(), settings.getPort(), settings.getUsername(), settings.getPassword());
        } catch (jakarta.mail.AuthenticationFailedException e) {
            throw new MailAuthenticationException(e);
        } catch (MessagingException e) {
            throw new MailSendException("Could not connect to the mail server " + settings.getHost() + ":"
                    + settings.getPort() + ": " + e.getMessage(), e);
        }
        return new Connection(transport);
    }

    private static void close(Connection connection) {
        try {
            connection.transport.close();
        } catch (MessagingException e) {
            log.debug("Closing an SMTP connection failed: {}", e.getMessage());
        }
    }

    /** How many open connections wait for the next message. */
    int idleConnections() {
        return idle.size();
    }

    @Override
    public void destroy() {
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            close(connection);
        }
    }

    private static final class Connection {

        final Transport transport;
        int sent;
        long idleSince = System.nanoTime();

        Connection(Transport transport) {
            this.transport = transport;
        }
    }
}
