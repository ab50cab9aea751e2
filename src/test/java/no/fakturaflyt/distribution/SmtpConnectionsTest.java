package no.fakturaflyt.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The pooled SMTP connections against a GreenMail server of the test's own: messages share a connection, a
 * connection is replaced when it is used up, idle too long or broken by a server restart, and nothing is lost.
 */
class SmtpConnectionsTest {

    private int port;
    private GreenMail server;
    private JavaMailSenderImpl settings;

    @BeforeEach
    void startServer() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = start();
        settings = new JavaMailSenderImpl();
        settings.setHost("127.0.0.1");
        settings.setPort(port);
        settings.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        settings.getJavaMailProperties().put("mail.smtp.timeout", "2000");
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void messagesShareOneConnectionAndAllArrive() throws Exception {
        SmtpConnections smtp = new SmtpConnections(settings, new SmtpProperties(4, Duration.ofSeconds(30), 100, true));
        for (int i = 1; i <= 5; i++) {
            smtp.send(message(smtp, "kunde" + i + "@example.no", "Faktura " + i));
        }

        assertThat(subjects()).containsExactly("Faktura 1", "Faktura 2", "Faktura 3", "Faktura 4", "Faktura 5");
        assertThat(smtp.idleConnections()).as("one connection carried all five, and waits for the next").isEqualTo(1);
        smtp.destroy();
        assertThat(smtp.idleConnections()).isZero();
    }

    @Test
    void aUsedUpConnectionIsClosedAndTheNextMessageGetsANewOne() throws Exception {
        SmtpConnections smtp = new SmtpConnections(settings, new SmtpProperties(4, Duration.ofSeconds(30), 2, true));
        smtp.send(message(smtp, "a@example.no", "1"));
        assertThat(smtp.idleConnections()).isEqualTo(1);
        smtp.send(message(smtp, "b@example.no", "2"));
        assertThat(smtp.idleConnections()).as("closed after its second message").isZero();
        smtp.send(message(smtp, "c@example.no", "3"));

        assertThat(subjects()).containsExactly("1", "2", "3");
    }

    @Test
    void withoutPoolingEveryMessageHasItsOwnConnection() throws Exception {
        SmtpConnections smtp = new SmtpConnections(settings, new SmtpProperties(0, Duration.ofSeconds(30), 100, false));
        smtp.send(message(smtp, "a@example.no", "1"));
        smtp.send(message(smtp, "b@example.no", "2"));

        assertThat(smtp.idleConnections()).isZero();
        assertThat(subjects()).containsExactly("1", "2");
    }

    @Test
    void aConnectionBrokenByAServerRestartIsReplacedWithoutLosingTheMessage() throws Exception {
        SmtpConnections smtp = new SmtpConnections(settings, new SmtpProperties(4, Duration.ofSeconds(30), 100, true));
        smtp.send(message(smtp, "a@example.no", "before"));
        assertThat(smtp.idleConnections()).isEqualTo(1);

        server.stop();
        server = start();
        smtp.send(message(smtp, "a@example.no", "after"));

        assertThat(subjects()).containsExactly("after");
        assertThat(smtp.idleConnections()).isEqualTo(1);
    }

    @Test
    void anIdleConnectionOlderThanTheTimeoutIsNotReused() throws Exception {
        SmtpConnections smtp = new SmtpConnections(settings, new SmtpProperties(4, Duration.ZERO, 100, true));
        smtp.send(message(smtp, "a@example.no", "1"));
        smtp.send(message(smtp, "a@example.no", "2"));

        assertThat(subjects()).containsExactly("1", "2");
        assertThat(smtp.idleConnections()).as("the stale one was closed, the fresh one waits").isEqualTo(1);
    }

    @Test
    void noServerGivesAClearErrorAndLeavesNothingInThePool() throws Exception {
        SmtpConnections smtp = new SmtpConnections(settings, new SmtpProperties(4, Duration.ofSeconds(30), 100, true));
        server.stop();

        assertThatThrownBy(() -> smtp.send(message(smtp, "a@example.no", "lost")))
                .isInstanceOf(MailSendException.class)
                .hasMessageContaining("Could not connect to the mail server 127.0.0.1:" + port);
        assertThat(smtp.idleConnections()).isZero();
        server = start();
    }

    @Test
    void tcpNoDelayLeavesImplicitTlsItsOwnSocketFactory() {
        SmtpConnections plain = new SmtpConnections(settings, new SmtpProperties(4, Duration.ofSeconds(30), 100, true));
        assertThat(plain.createMimeMessage().getSession().getProperties().get("mail.smtp.socketFactory"))
                .isSameAs(NoDelaySocketFactory.INSTANCE);

        settings.getJavaMailProperties().put("mail.smtp.ssl.enable", "true");
        SmtpConnections tls = new SmtpConnections(settings, new SmtpProperties(4, Duration.ofSeconds(30), 100, true));
        assertThat(tls.createMimeMessage().getSession().getProperties()).doesNotContainKey("mail.smtp.socketFactory");
    }

    private GreenMail start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    private static MimeMessage message(SmtpConnections smtp, String to, String subject) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        message.setFrom(new InternetAddress("faktura@fjordlys.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText("Vedlagt følger faktura.", "UTF-8");
        return message;
    }

    private String[] subjects() {
        return Arrays.stream(server.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(String[]::new);
    }
}
