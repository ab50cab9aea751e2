package no.fakturaflyt.distribution.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** A real IMAP server (GreenMail on free ports) holding real bounces, delivered over SMTP. */
class BounceReaderTest {

    private static final String MAILBOX = "bounces@fakturaflyt.test";
    private static final String USER = "bounces";
    private static final String PASSWORD = "secret";

    private GreenMail greenMail;
    private BounceReader reader;

    @BeforeEach
    void startMailServer() {
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        greenMail.setUser(MAILBOX, USER, PASSWORD);
        reader = new BounceReader(properties(PASSWORD));
    }

    @AfterEach
    void stopMailServer() {
        greenMail.stop();
    }

    @Test
    void aDeliveryStatusNotificationBecomesOneBounceAndANormalMailStaysUnseen() throws Exception {
        send(POSTFIX_DSN);
        send("""
                From: Kari Nordmann <kari@example.com>
                To: bounces@fakturaflyt.test
                Subject: Question about invoice 10017
                Message-ID: <question-1@example.com>
                Date: Mon, 3 Mar 2025 11:00:00 +0100
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Hi, why did my e-mail bounce?
                """);

        List<Bounce> bounces = reader.read();

        assertThat(bounces).hasSize(1);
        Bounce bounce = bounces.get(0);
        assertThat(bounce.originalMessageId()).isEqualTo("<abc@fakturaflyt>");
        assertThat(bounce.recipient()).isEqualTo("kari@example.com");
        assertThat(bounce.reason()).isEqualTo("550 5.1.1 <kari@example.com>: Recipient address rejected: User unknown"
                + " in virtual mailbox table (status 5.1.1)");
        assertThat(bounce.receivedAt()).isNotNull();

        assertThat(reader.read()).as("the bounce is seen now").isEmpty();
        assertThat(seenBySubject()).containsExactly(
                Map.entry("Undelivered Mail Returned to Sender", true),
                Map.entry("Question about invoice 10017", false));
        assertThat(reader.read()).isEmpty();
        assertThat(seenBySubject()).containsEntry("Question about invoice 10017", false);
    }

    @Test
    void aPlainTextBounceIsReadFromItsHeadersAndText() throws Exception {
        send("""
                From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
                To: bounces@fakturaflyt.test
                Subject: Delivery Status Notification (Failure)
                Message-ID: <dsn-2@googlemail.com>
                In-Reply-To: <def@fakturaflyt>
                References: <def@fakturaflyt>
                X-Failed-Recipients: ola@example.com
                Date: Mon, 3 Mar 2025 12:00:00 +0100
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Address not found: your message wasn't delivered to ola@example.com because the
                address couldn't be found, or is unable to receive mail.

                The response was: 550 5.1.1 The email account that you tried to reach does not exist.
                """);

        List<Bounce> bounces = reader.read();

        assertThat(bounces).singleElement().satisfies(bounce -> {
            assertThat(bounce.originalMessageId()).isEqualTo("<def@fakturaflyt>");
            assertThat(bounce.recipient()).isEqualTo("ola@example.com");
            assertThat(bounce.reason()).startsWith("Address not found: your message wasn't delivered to "
                    + "ola@example.com because the address couldn't be found");
        });
        assertThat(reader.read()).isEmpty();
    }

    @Test
    void theReturnedMessageMaySitInAMessageRfc822PartAndOnlyFailedRecipientsCount() throws Exception {
        send("""
                From: MAILER-DAEMON@mx.example.com
                To: bounces@fakturaflyt.test
                Subject: Returned mail: see transcript for details
                Message-ID: <dsn-3@mx.example.com>
                Date: Mon, 3 Mar 2025 13:00:00 +0100
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type="delivery-status"; boundary="b3"

                --b3
                Content-Type: text/plain

                Some recipients failed.

                --b3
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.com

                Final-Recipient: rfc822; <per@example.com>
                Action: delayed
                Status: 4.4.1

                Final-Recipient: rfc822; <lise@example.com>
                Action: failed
                Status: 5.2.2
                Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

                --b3
                Content-Type: message/rfc822

                From: faktura@fakturaflyt.test
                To: per@example.com, lise@example.com
                Subject: Faktura 10020
                Message-ID: <ghi@fakturaflyt>

                The invoice is attached.
                --b3--
                """);
        send("""
                From: MAILER-DAEMON@mx.example.com
                To: bounces@fakturaflyt.test
                Subject: Delayed Mail (still being retried)
                Message-ID: <dsn-4@mx.example.com>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b4"

                --b4
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.com

                Final-Recipient: rfc822; per@example.com
                Action: delayed
                Status: 4.4.1

                --b4--
                """);

        List<Bounce> bounces = reader.read();

        assertThat(bounces).singleElement().satisfies(bounce -> {
            assertThat(bounce.originalMessageId()).isEqualTo("<ghi@fakturaflyt>");
            assertThat(bounce.recipient()).isEqualTo("lise@example.com");
            assertThat(bounce.reason()).isEqualTo("552 5.2.2 Mailbox full (status 5.2.2)");
        });
        assertThat(seenBySubject()).as("a delay is no bounce: it stays unseen").containsExactly(
                Map.entry("Returned mail: see transcript for details", true),
                Map.entry("Delayed Mail (still being retried)", false));
    }

    @Test
    void disabledReadsNothingAndConnectsNowhere() {
        BounceReader disabled = new BounceReader(new BounceProperties(false, "unreachable.invalid", 993, USER,
                PASSWORD, null, true));

        assertThat(disabled.read()).isEmpty();
    }

    @Test
    void aWrongPasswordIsAClearError() {
        BounceReader wrong = new BounceReader(properties("wrong"));

        assertThatThrownBy(wrong::read).isInstanceOf(BounceReadException.class)
                .hasMessageContaining("Could not read the bounce mailbox")
                .hasMessageContaining("imap://bounces@127.0.0.1")
                .hasMessageNotContaining("wrong");
    }

    @Test
    void theSettingsBindWithTheirDefaultsAndNeverShowThePassword() {
        BounceProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
                "fakturaflyt.bounces.host", "imap.example.com",
                "fakturaflyt.bounces.user", "bounces",
                "fakturaflyt.bounces.password", "hemmelig")))
                .bindOrCreate("fakturaflyt.bounces", BounceProperties.class);

        assertThat(bound).isEqualTo(new BounceProperties(false, "imap.example.com", 993, "bounces", "hemmelig",
                "INBOX", true));
        assertThat(bound.toString()).doesNotContain("hemmelig");
    }

    private BounceProperties properties(String password) {
        return new BounceProperties(true, "127.0.0.1", greenMail.getImap().getPort(), USER, password, "INBOX",
                false);
    }

    private void send(String raw) throws Exception {
        Session session = greenMail.getSmtp().createSession();
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(
                raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        Transport.send(message, new InternetAddress[] {new InternetAddress(MAILBOX)});
    }

    private Map<String, Boolean> seenBySubject() throws Exception {
        Properties peek = new Properties();
        peek.put("mail.imap.peek", "true");
        Store store = greenMail.getImap().createSession(peek).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), USER, PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Map<String, Boolean> seen = new LinkedHashMap<>();
            for (Message message : inbox.getMessages()) {
                seen.put(message.getSubject(), message.getFlags().contains(Flags.Flag.SEEN));
            }
            inbox.close(false);
            return seen;
        } finally {
            store.close();
        }
    }

    /** What Postfix sends back when the receiving server refuses the recipient after the mail was queued. */
    private static final String POSTFIX_DSN = """
            From: MAILER-DAEMON@mx.example.com (Mail Delivery System)
            To: bounces@fakturaflyt.test
            Subject: Undelivered Mail Returned to Sender
            Date: Mon, 3 Mar 2025 10:15:00 +0100
            Message-ID: <20250303091500.ABC123@mx.example.com>
            Auto-Submitted: auto-replied
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status;
            \tboundary="ABC123.1741000500/mx.example.com"

            This is a MIME-encapsulated message.

            --ABC123.1741000500/mx.example.com
            Content-Description: Notification
            Content-Type: text/plain; charset=us-ascii

            This is the mail system at host mx.example.com.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <kari@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1
                <kari@example.com>: Recipient address rejected: User unknown in virtual
                mailbox table (in reply to RCPT TO command)

            --ABC123.1741000500/mx.example.com
            Content-Description: Delivery report
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.com
            X-Postfix-Queue-ID: ABC123
            X-Postfix-Sender: rfc822; faktura@fakturaflyt.test
            Arrival-Date: Mon,  3 Mar 2025 10:14:58 +0100 (CET)

            Final-Recipient: rfc822; kari@example.com
            Original-Recipient: rfc822;kari@example.com
            Action: failed
            Status: 5.1.1
            Remote-MTA: dns; mx.example.com
            Diagnostic-Code: smtp; 550 5.1.1 <kari@example.com>: Recipient address
                rejected: User unknown in virtual mailbox table

            --ABC123.1741000500/mx.example.com
            Content-Description: Undelivered Message Headers
            Content-Type: text/rfc822-headers

            Return-Path: <faktura@fakturaflyt.test>
            From: Fakturaflyt <faktura@fakturaflyt.test>
            To: kari@example.com
            Subject: Faktura 10017
            Message-ID: <abc@fakturaflyt>
            Date: Mon, 3 Mar 2025 10:14:57 +0100

            --ABC123.1741000500/mx.example.com--
            """;
}
