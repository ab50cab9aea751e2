package no.fakturaflyt.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.distribution.bounce.BounceProperties;
import no.fakturaflyt.distribution.bounce.BounceReader;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A bounce that arrives in the bounce mailbox (IMAP) after the invoice (or reminder) e-mail was accepted reopens that
 * document's distribution run at the next channel.
 */
@FakturaflytTest
class BounceReopensRunTest {

    private static final String MAILBOX = "bounces@testfirma.example";

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired DeliveryLog log;
    @Autowired LateFailureService lateFailures;
    @Autowired DocumentService documents;
    @Autowired OsloClock clock;
    @Autowired RuntimeService runtimeService;

    private GreenMail bounceServer;

    @BeforeEach
    void startBounceMailbox() {
        bounceServer = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        bounceServer.start();
        bounceServer.setUser(MAILBOX, "bounces", "secret");
    }

    @AfterEach
    void stopBounceMailbox() {
        bounceServer.stop();
    }

    @Test
    void aBouncedInvoiceEmailGoesOutThroughTheNextChannel() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, "finnes.ikke@kunde.example",
                List.of(ChannelType.EMAIL, ChannelType.CLOUDPRINT));
        Invoice draft = data.draft(customer, data.product("3", "500.00"), 2);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        DeliveryAttempt emailed = only(draft.getId(), "EMAIL");
        assertThat(emailed.getStatus()).isEqualTo(DeliveryStatus.SENT);

        deliverBounce(emailed.getMessageId(), "finnes.ikke@kunde.example");
        BounceReader reader = new BounceReader(new BounceProperties(true, "127.0.0.1",
                bounceServer.getImap().getPort(), "bounces", "secret", "INBOX", false));
        new BouncePoller(reader, lateFailures).poll();
        jobs.executeAll();

        assertThat(only(draft.getId(), "EMAIL").getStatus()).isEqualTo(DeliveryStatus.REJECTED_LATE);
        assertThat(only(draft.getId(), "EMAIL").getError()).contains("550 5.1.1");
        DeliveryAttempt printed = only(draft.getId(), "CLOUDPRINT");
        assertThat(printed.getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(printed.getRecipient()).isEqualTo("skriver@testfirma.example");
        assertThat(reader.read()).as("the bounce was taken once").isEmpty();
    }

    @Test
    void aBouncedReminderEmailReopensTheRemindersRunNotTheInvoices() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, "purring.finnes.ikke@kunde.example",
                List.of(ChannelType.EMAIL, ChannelType.CLOUDPRINT));
        Invoice draft = data.draft(customer, data.product("3", "500.00"), 2);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        Invoice invoice = invoices.get(draft.getId());
        StoredDocument reminder = FollowUpDocuments.render(documents, clock.today(), invoice,
                StoredDocument.REMINDER_1);
        ProcessInstance reminderRun = runtimeService.startProcessInstanceByKey(DistributionRun.PROCESS_KEY,
                Map.of(DistributionRun.INVOICE_ID, invoice.getId(), DistributionRun.DOCUMENT_ID, reminder.getId()));
        jobs.executeAll();
        DeliveryAttempt reminderMail = log.attempts(invoice.getId(), reminder.getId()).get(0);
        assertThat(reminderMail.getStatus()).isEqualTo(DeliveryStatus.SENT);

        deliverBounce(reminderMail.getMessageId(), "purring.finnes.ikke@kunde.example");
        BounceReader reader = new BounceReader(new BounceProperties(true, "127.0.0.1",
                bounceServer.getImap().getPort(), "bounces", "secret", "INBOX", false));
        new BouncePoller(reader, lateFailures).poll();
        jobs.executeAll();

        assertThat(log.attempts(invoice.getId(), reminder.getId()))
                .extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("EMAIL", DeliveryStatus.REJECTED_LATE), tuple("CLOUDPRINT", DeliveryStatus.SENT));
        assertThat(runtimeService.getVariable(reminderRun.getId(), DistributionRun.DELIVERED_CHANNEL))
                .isEqualTo("CLOUDPRINT");
        // the invoice's own e-mail did not bounce: its delivery stands, nothing of it was printed
        assertThat(log.attempts(invoice.getId(), null)).extracting(DeliveryAttempt::getChannel,
                DeliveryAttempt::getStatus).containsExactly(tuple("EMAIL", DeliveryStatus.SENT));
    }

    private DeliveryAttempt only(long invoiceId, String channel) {
        return log.attempts(invoiceId).stream().filter(a -> a.getChannel().equals(channel)).reduce((a, b) -> {
            throw new AssertionError("More than one " + channel + " attempt");
        }).orElseThrow(() -> new AssertionError("No " + channel + " attempt"));
    }

    /** A Postfix-style delivery status notification quoting the headers of the bounced message. */
    private void deliverBounce(String originalMessageId, String recipient) throws Exception {
        String raw = String.join("\r\n",
                "From: MAILER-DAEMON@mx.kunde.example (Mail Delivery System)",
                "To: " + MAILBOX,
                "Subject: Undelivered Mail Returned to Sender",
                "Message-ID: <bounce-1@mx.kunde.example>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"",
                "",
                "--B1",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "Your message could not be delivered.",
                "",
                "--B1",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; mx.kunde.example",
                "",
                "Final-Recipient: rfc822; " + recipient,
                "Action: failed",
                "Status: 5.1.1",
                "Diagnostic-Code: smtp; 550 5.1.1 <" + recipient + ">: Recipient address rejected: User unknown",
                "",
                "--B1",
                "Content-Type: text/rfc822-headers",
                "",
                "From: Testfirma AS <faktura@testfirma.example>",
                "To: " + recipient,
                "Message-ID: " + originalMessageId,
                "",
                "--B1--",
                "");
        Session session = bounceServer.getSmtp().createSession();
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        Transport.send(message, new InternetAddress[] {new InternetAddress(MAILBOX)});
    }
}
