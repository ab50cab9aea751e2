package no.fakturaflyt.distribution;

import static no.fakturaflyt.common.ChannelType.AVTALEGIRO;
import static no.fakturaflyt.common.ChannelType.CLOUDPRINT;
import static no.fakturaflyt.common.ChannelType.EFAKTURA;
import static no.fakturaflyt.common.ChannelType.EHF;
import static no.fakturaflyt.common.ChannelType.EMAIL;
import static no.fakturaflyt.common.ChannelType.FACTORING;
import static no.fakturaflyt.common.ChannelType.VIPPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerForm;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceEvent;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Sandbox;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.TestInfrastructure;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The distribution run delivering a reminder or collection notice instead of the invoice, as the payment follow-up
 * starts it: the invoice is sent the normal way first, then a follow-up document of it is rendered and a run is started
 * with invoiceId and documentId. The tests check what the customer receives (the mail, its attachment, what the
 * providers got), which channels were passed over and why, and that the invoice's own delivery stays as it was.
 */
@FakturaflytTest
class FollowUpDistributionTest {

    private static final String PRINTER = "skriver@testfirma.example";
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired Sandbox sandbox;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired InvoiceService invoices;
    @Autowired CustomerService customers;
    @Autowired DocumentService documents;
    @Autowired DistributionService distributionService;
    @Autowired DeliveryLog deliveryLog;
    @Autowired InvoiceHistory history;
    @Autowired OsloClock clock;
    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;

    @BeforeEach
    void clearSandbox() {
        sandbox.call(HttpMethod.DELETE, "/sandbox/faults", null);
        sandbox.call(HttpMethod.DELETE, "/sandbox/received", null);
    }

    @AfterEach
    void clearFaults() {
        sandbox.call(HttpMethod.DELETE, "/sandbox/faults", null);
    }

    // --- e-mail: the reminder's own template and PDF ---

    @Test
    void anEmailCustomerGetsTheReminderWithItsOwnSubjectAndThePurringPdfAndTheInvoiceStaysDelivered()
            throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, "purring@kunde.example", List.of(EMAIL));
        Invoice invoice = sendAndDeliver(customer);
        StoredDocument reminder = render(invoice, StoredDocument.REMINDER_1);

        ProcessInstance run = startRun(invoice, reminder);
        jobs.executeAll();

        List<MimeMessage> mails = mailsTo("purring@kunde.example");
        assertThat(mails).as("the invoice, then the reminder").hasSize(2);
        MimeMessage mail = mails.get(1);
        String number = String.valueOf(invoice.getInvoiceNumber());
        assertThat(mail.getSubject()).isEqualTo("Purring på faktura " + number + " fra Testfirma AS");
        assertThat(attachmentNames(mail)).containsExactly("purring-1-" + number + ".pdf");
        String pdfText = pdfText(attachment(mail, "purring-1-" + number + ".pdf"));
        assertThat(pdfText).contains("Påminnelse nr. 1").contains("Å betale NOK 1 535,00")
                .contains(format(reminder.getPayBy()));
        String body = text(mail);
        assertThat(body).contains(customer.getName()).contains("påminnelse nr. 1")
                .contains("Å betale: kr 1 535,00").contains("Ny betalingsfrist: " + format(reminder.getPayBy()))
                .contains("forfalt " + format(invoice.getDueDate())).contains("KID: " + invoice.getKid())
                .doesNotContain("{");
        assertThat(runtimeService.getVariable(run.getId(), DistributionRun.DELIVERED_CHANNEL)).isEqualTo("EMAIL");
        assertThat(runtimeService.getVariable(run.getId(), DistributionRun.DOCUMENT_ID)).isEqualTo(reminder.getId());

        // the attempt log: the invoice's own delivery, then the reminder's, each saying which document it was
        assertThat(deliveryLog.attempts(invoice.getId()))
                .extracting(DeliveryAttempt::getDocumentId, DeliveryAttempt::getChannel, DeliveryAttempt::getStatus,
                        DeliveryAttempt::getIdempotencyKey)
                .containsExactly(
                        tuple(null, "EMAIL", DeliveryStatus.SENT, "invoice-" + invoice.getId()
                                + "-email-purring@kunde.example"),
                        tuple(reminder.getId(), "EMAIL", DeliveryStatus.SENT, "document-" + reminder.getId()
                                + "-email-purring@kunde.example"));
        assertThat(deliveryLog.attempts(invoice.getId()).get(1).getMessageId()).isEqualTo(mail.getMessageID());
        assertThat(history.of(invoice.getId())).extracting(InvoiceEvent::getDetails)
                .anySatisfy(details -> assertThat(details)
                        .startsWith("REMINDER_1 delivered through EMAIL to purring@kunde.example"));
        assertThat(deliveries(invoice)).extracting(a -> a.get("document"), a -> a.get("fileName"),
                        a -> a.get("channel"), a -> a.get("status"))
                .containsExactly(tuple("INVOICE", "faktura-" + number + ".pdf", "EMAIL", "SENT"),
                        tuple("REMINDER_1", "purring-1-" + number + ".pdf", "EMAIL", "SENT"));
        assertThat(((Number) deliveries(invoice).get(1).get("documentId")).longValue()).isEqualTo(reminder.getId());
        assertThat(overviewEntry(invoice)).containsEntry("status", "DELIVERED").containsEntry("attempts", 1)
                .containsEntry("channel", "EMAIL");
    }

    @Test
    void theDeliveryStepRunningAgainSendsTheReminderOnce() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, "en-purring@kunde.example", List.of(EMAIL));
        Invoice invoice = sendAndDeliver(customer);
        StoredDocument reminder = render(invoice, StoredDocument.REMINDER_1);
        startRun(invoice, reminder);
        jobs.executeAll();
        assertThat(mailsTo("en-purring@kunde.example")).hasSize(2);
        DeliveryAttempt sent = deliveryLog.attempts(invoice.getId(), reminder.getId()).get(0);

        // as after a crash between the SMTP hand-over and the commit of the job
        DeliveryReceipt again = distributionService.deliver(invoice.getId(), reminder.getId(), EMAIL);

        assertThat(again.providerReference()).isEqualTo(sent.getMessageId());
        assertThat(mailsTo("en-purring@kunde.example")).hasSize(2);
        assertThat(deliveryLog.attempts(invoice.getId(), reminder.getId())).hasSize(1);
    }

    @Test
    void aCollectionNoticeByEmailSaysTheClaimGoesToCollectionUnlessPaidByTheDeadline() throws Exception {
        Customer customer = data.customer(CustomerType.PERSON, "inkasso@privat.example", List.of(EMAIL));
        Invoice invoice = sendAndDeliver(customer);
        StoredDocument notice = render(invoice, StoredDocument.COLLECTION_NOTICE);

        startRun(invoice, notice);
        jobs.executeAll();

        MimeMessage mail = mailsTo("inkasso@privat.example").get(1);
        String number = String.valueOf(invoice.getInvoiceNumber());
        assertThat(mail.getSubject()).isEqualTo("Inkassovarsel – faktura " + number);
        assertThat(attachmentNames(mail)).containsExactly("inkassovarsel-" + number + ".pdf");
        assertThat(pdfText(attachment(mail, "inkassovarsel-" + number + ".pdf"))).contains("Inkassovarsel");
        assertThat(text(mail)).contains("Dersom kravet ikke er betalt innen " + format(notice.getPayBy())
                + ", vil det bli sendt til inkasso.");
    }

    // --- channels that cannot carry a follow-up document ---

    @Test
    void aBusinessThatGotTheInvoiceByEhfGetsTheReminderByEmailWithEhfPassedOverForItsReason() {
        Customer customer = data.customer(CustomerType.BUSINESS, "ehf-kunde@kunde.example", List.of(EHF, EMAIL));
        sandbox.call(HttpMethod.POST, "/sandbox/peppol/participants", Map.of("participantId", customer.getOrgNumber()));
        Invoice invoice = sendAndDeliver(customer);
        assertThat(deliveryLog.attempts(invoice.getId(), null)).extracting(DeliveryAttempt::getChannel)
                .containsExactly("EHF");
        StoredDocument reminder = render(invoice, StoredDocument.REMINDER_1);

        ProcessInstance run = startRun(invoice, reminder);
        jobs.executeAll();

        List<DeliveryAttempt> attempts = deliveryLog.attempts(invoice.getId(), reminder.getId());
        assertThat(attempts).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("EHF", DeliveryStatus.SKIPPED), tuple("EMAIL", DeliveryStatus.SENT));
        assertThat(attempts.get(0).getError()).contains("EHF Billing 3.0").contains("REMINDER_1")
                .contains("reminder document");
        assertThat(sandbox.received("peppol")).as("only the invoice went through Peppol").singleElement()
                .satisfies(r -> assertThat(r.get("idempotencyKey")).isEqualTo("invoice-" + invoice.getId() + "-ehf"));
        assertThat(mailsTo("ehf-kunde@kunde.example")).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).startsWith("Purring"));
        assertThat(runtimeService.getVariable(run.getId(), DistributionRun.DELIVERED_CHANNEL)).isEqualTo("EMAIL");
        assertThat(history.of(invoice.getId())).extracting(InvoiceEvent::getDetails)
                .anySatisfy(details -> assertThat(details).startsWith("REMINDER_1 not sent through EHF: ")
                        .contains("EHF Billing 3.0"));
    }

    @Test
    void aReminderIsNeitherDrawnByAvtaleGiroNorOfferedForFactoring() throws Exception {
        data.companyWithFactoring();
        Customer created = data.customer(CustomerType.PERSON, "avtalegiro@privat.example", null);
        Customer customer = customers.update(created.getId(), form(created, created.getMobile(),
                List.of(AVTALEGIRO, FACTORING, EMAIL), true));
        Invoice invoice = sendAndDeliver(customer);
        assertThat(deliveryLog.attempts(invoice.getId(), null)).extracting(DeliveryAttempt::getChannel)
                .containsExactly("AVTALEGIRO");
        StoredDocument reminder = render(invoice, StoredDocument.REMINDER_2);

        startRun(invoice, reminder);
        jobs.executeAll();

        List<DeliveryAttempt> attempts = deliveryLog.attempts(invoice.getId(), reminder.getId());
        assertThat(attempts).extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("AVTALEGIRO", DeliveryStatus.SKIPPED),
                        tuple("FACTORING", DeliveryStatus.SKIPPED), tuple("EMAIL", DeliveryStatus.SENT));
        assertThat(attempts.get(0).getError()).contains("not a claim");
        assertThat(attempts.get(1).getError()).contains("followed up by the factoring company");
        assertThat(sandbox.received("factoring")).isEmpty();
        // the first e-mail was the invoice's own AvtaleGiro notice (claim of type 02: the payer wants no bank notice)
        List<MimeMessage> mails = mailsTo("avtalegiro@privat.example");
        assertThat(mails).hasSize(2);
        assertThat(attachmentNames(mails.get(0)))
                .containsExactly("faktura-" + invoice.getInvoiceNumber() + "-avtalegiro.pdf");
        MimeMessage mail = mails.get(1);
        assertThat(attachmentNames(mail)).containsExactly("purring-2-" + invoice.getInvoiceNumber() + ".pdf");
        assertThat(text(mail)).contains("påminnelse nr. 2");
    }

    // --- providers get the reminder's amount and deadline, with the invoice's KID ---

    @Test
    void vippsGetsTheReminderWithItsOwnAmountAndDeadline() {
        Customer created = data.customer(CustomerType.PERSON, null, null);
        Customer customer = customers.update(created.getId(), form(created, "+47 400 09 101", List.of(VIPPS), false));
        sandbox.call(HttpMethod.POST, "/sandbox/vipps/users", Map.of("mobile", "+4740009101"));
        Invoice invoice = sendAndDeliver(customer);
        StoredDocument reminder = render(invoice, StoredDocument.REMINDER_1);

        startRun(invoice, reminder);
        jobs.executeAll();

        List<Map<String, Object>> received = sandbox.received("vipps");
        assertThat(received).extracting(r -> r.get("idempotencyKey"))
                .containsExactly("invoice-" + invoice.getId() + "-vipps", "document-" + reminder.getId() + "-vipps");
        assertThat(received.get(0).get("summary").toString()).contains("NOK 1500.00")
                .contains("due " + invoice.getDueDate());
        assertThat(received.get(1).get("summary").toString()).contains("invoice " + invoice.getInvoiceNumber())
                .contains("NOK 1535.00").contains("KID " + invoice.getKid()).contains("due " + reminder.getPayBy());
        assertThat(deliveryLog.attempts(invoice.getId(), reminder.getId()))
                .extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("VIPPS", DeliveryStatus.SENT));
    }

    @Test
    void eFakturaGetsTheReminderWithItsOwnAmountAndDeadline() {
        Customer customer = data.customer(CustomerType.PERSON, "efaktura-purring@privat.example", List.of(EFAKTURA));
        sandbox.call(HttpMethod.POST, "/sandbox/efaktura/consumers",
                Map.of("emailOrPhone", "efaktura-purring@privat.example"));
        Invoice invoice = sendAndDeliver(customer);
        StoredDocument reminder = render(invoice, StoredDocument.REMINDER_1);

        startRun(invoice, reminder);
        jobs.executeAll();

        List<Map<String, Object>> received = sandbox.received("efaktura");
        assertThat(received).hasSize(2);
        assertThat(received.get(1)).containsEntry("idempotencyKey", "document-" + reminder.getId() + "-efaktura");
        assertThat(received.get(1).get("summary").toString()).contains("NOK 1535.00")
                .contains("KID " + invoice.getKid()).contains("due " + reminder.getPayBy());
    }

    // --- a late failure reopens the run of the document that bounced ---

    @Test
    void aBouncedReminderReopensTheRemindersRunAndLeavesTheInvoicesRunAlone() throws Exception {
        Customer customer = data.customer(CustomerType.BUSINESS, "spretter@kunde.example", List.of(EMAIL, CLOUDPRINT));
        Invoice draft = data.draft(customer, data.product("3", "1200.00"), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        Invoice invoice = invoices.get(draft.getId());
        ProcessInstance invoiceRun = runOf(invoice, null);
        StoredDocument reminder = render(invoice, StoredDocument.REMINDER_1);
        ProcessInstance reminderRun = startRun(invoice, reminder);
        jobs.executeAll();
        // both runs delivered by e-mail and wait out their late-failure windows
        assertThat(waitingForLateFailure(invoiceRun)).isTrue();
        assertThat(waitingForLateFailure(reminderRun)).isTrue();
        String reminderReference = deliveryLog.attempts(invoice.getId(), reminder.getId()).get(0).getMessageId();

        ResponseEntity<Void> reported = rest.withBasicAuth("clerk", "clerk").postForEntity(
                "/api/distribution/late-failures", Map.of("reference", reminderReference, "reason",
                        "550 5.1.1 mailbox unknown"), Void.class);
        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();

        assertThat(deliveryLog.attempts(invoice.getId(), reminder.getId()))
                .extracting(DeliveryAttempt::getChannel, DeliveryAttempt::getStatus)
                .containsExactly(tuple("EMAIL", DeliveryStatus.REJECTED_LATE), tuple("CLOUDPRINT", DeliveryStatus.SENT));
        assertThat(runtimeService.getVariable(reminderRun.getId(), DistributionRun.DELIVERED_CHANNEL))
                .isEqualTo("CLOUDPRINT");
        List<MimeMessage> printed = mailsTo(PRINTER);
        assertThat(printed).singleElement().satisfies(print -> assertThat(attachmentNames(print))
                .containsExactly("purring-1-" + invoice.getInvoiceNumber() + ".pdf"));
        // the invoice's own run and delivery are untouched
        assertThat(waitingForLateFailure(invoiceRun)).isTrue();
        assertThat(runtimeService.getVariable(invoiceRun.getId(), DistributionRun.DELIVERED_CHANNEL))
                .isEqualTo("EMAIL");
        assertThat(deliveryLog.attempts(invoice.getId(), null)).extracting(DeliveryAttempt::getStatus)
                .containsExactly(DeliveryStatus.SENT);
        assertThat(overviewEntry(invoice)).containsEntry("status", "DELIVERED").containsEntry("channel", "EMAIL");
        assertThat(mailsTo("spretter@kunde.example")).as("no second e-mail of either document").hasSize(2);

        jobs.advanceClock(Duration.ofDays(3));
        jobs.executeAll();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(reminderRun.getId()).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(invoiceRun.getId()).count()).isZero();
    }

    @Test
    void aRunForADocumentOfAnotherInvoiceIsRefusedBeforeAnythingIsSent() {
        Customer customer = data.customer(CustomerType.BUSINESS, "feil-dokument@kunde.example", List.of(EMAIL));
        Invoice first = sendAndDeliver(customer);
        Invoice second = sendAndDeliver(customer);
        StoredDocument reminderOfFirst = render(first, StoredDocument.REMINDER_1);

        assertThatThrownBy(() -> startRun(second, reminderOfFirst))
                .hasMessageContaining("concerns invoice " + first.getId());
        assertThat(deliveryLog.attempts(second.getId(), reminderOfFirst.getId())).isEmpty();
        assertThat(mailsTo("feil-dokument@kunde.example")).hasSize(2);
    }

    // --- the templates of the new kinds, through the template API ---

    @Test
    @SuppressWarnings("unchecked")
    void theReminderTemplatesAreListedWithTheirMergeFieldsAndAnInvoiceTemplateCannotUsePayBy() {
        Map<String, Object> reminder = rest.withBasicAuth("clerk", "clerk")
                .exchange("/api/mail-templates/REMINDER/nb", HttpMethod.GET, null, JSON).getBody();
        assertThat(reminder).containsEntry("subject", "Purring på faktura {invoiceNumber} fra {companyName}");
        assertThat((List<Object>) reminder.get("mergeFields")).contains("payBy", "reminderNumber", "amount", "kid");
        Map<String, Object> notice = rest.withBasicAuth("clerk", "clerk")
                .exchange("/api/mail-templates/COLLECTION_NOTICE/en", HttpMethod.GET, null, JSON).getBody();
        assertThat((String) notice.get("body")).contains("not paid by {payBy}");

        ResponseEntity<Map<String, Object>> refused = rest.withBasicAuth("owner", "owner").exchange(
                "/api/mail-templates/INVOICE/nb", HttpMethod.PUT,
                new HttpEntity<>(Map.of("subject", "Faktura {invoiceNumber}", "body", "Betal innen {payBy}")), JSON);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("body").contains("{payBy}");

        String originalSubject = (String) reminder.get("subject");
        String originalBody = (String) reminder.get("body");
        try {
            ResponseEntity<Map<String, Object>> changed = rest.withBasicAuth("owner", "owner").exchange(
                    "/api/mail-templates/REMINDER/nb", HttpMethod.PUT, new HttpEntity<>(Map.of("subject",
                            "Påminnelse {reminderNumber}: faktura {invoiceNumber}", "body", originalBody)), JSON);
            assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(changed.getBody()).containsEntry("subject",
                    "Påminnelse {reminderNumber}: faktura {invoiceNumber}");
        } finally {
            rest.withBasicAuth("owner", "owner").exchange("/api/mail-templates/REMINDER/nb", HttpMethod.PUT,
                    new HttpEntity<>(Map.of("subject", originalSubject, "body", originalBody)), JSON);
        }
    }

    // --- helpers ---

    /** "Invoice and send", then the invoice's own run delivers it and finishes its late-failure window. */
    private Invoice sendAndDeliver(Customer customer) {
        Invoice draft = data.draft(customer, data.product("3", "1200.00"), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        jobs.advanceClock(Duration.ofDays(3));
        jobs.executeAll();
        Invoice invoice = invoices.get(draft.getId());
        assertThat(invoice.getTotal()).isEqualByComparingTo("1500.00");
        assertThat(deliveryLog.attempts(invoice.getId(), null)).as("the invoice's own delivery")
                .anySatisfy(a -> assertThat(a.getStatus()).isEqualTo(DeliveryStatus.SENT));
        return invoice;
    }

    /** A reminder (or notice) of the invoice as the payment follow-up renders it: the invoice + a 35 kr fee. */
    private StoredDocument render(Invoice invoice, String kind) {
        StoredDocument stored = FollowUpDocuments.render(documents, clock.today(), invoice, kind);
        assertThat(stored.getAmountDue()).isEqualByComparingTo("1535.00");
        return stored;
    }

    /** The run as the payment follow-up's call activity starts it: invoiceId and documentId. */
    private ProcessInstance startRun(Invoice invoice, StoredDocument document) {
        return runtimeService.startProcessInstanceByKey(DistributionRun.PROCESS_KEY,
                document.getKind().toLowerCase() + "-" + invoice.getInvoiceNumber(),
                Map.of(DistributionRun.INVOICE_ID, invoice.getId(), DistributionRun.DOCUMENT_ID, document.getId()));
    }

    private ProcessInstance runOf(Invoice invoice, Long documentId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DistributionRun.PROCESS_KEY)
                .variableValueEquals(DistributionRun.INVOICE_ID, invoice.getId()).list().stream()
                .filter(run -> java.util.Objects.equals(
                        runtimeService.getVariable(run.getId(), DistributionRun.DOCUMENT_ID), documentId))
                .findFirst().orElseThrow(() -> new AssertionError("no run of " + invoice.describe()));
    }

    private boolean waitingForLateFailure(ProcessInstance run) {
        return runtimeService.getActiveActivityIds(run.getId()).contains("Event_DeliveryFailedLate")
                || !runtimeService.createEventSubscriptionQuery().processInstanceId(run.getId())
                        .eventName(DistributionRun.MESSAGE_DELIVERY_FAILED_LATE).list().isEmpty();
    }

    private static String format(LocalDate date) {
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static CustomerForm form(Customer c, String mobile, List<ChannelType> order, boolean mandate) {
        return new CustomerForm(c.getCustomerType(), c.getName(), c.getOrgNumber(), c.getAddressLine1(),
                c.getAddressLine2(), c.getPostalCode(), c.getCity(), c.getCountryCode(), c.getInvoiceEmail(), mobile,
                c.getLanguage(), c.getPaymentTermsDays(), order, mandate);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages())
                .filter(message -> recipients(message).contains(address)).toList();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> attachmentNames(MimeMessage message) {
        try {
            List<String> names = new ArrayList<>();
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    names.add(part.getFileName());
                }
            }
            return names;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] attachment(MimeMessage message, String fileName) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No attachment " + fileName);
    }

    private static String text(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            String text = text(parts.getBodyPart(i));
            if (text != null) {
                return text;
            }
        }
        throw new AssertionError("No text part");
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return ((String) part.getContent()).replace('\u00A0', ' ');
        }
        if (part.getContent() instanceof Multipart inner) {
            for (int i = 0; i < inner.getCount(); i++) {
                String text = text(inner.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }

    private List<Map<String, Object>> deliveries(Invoice invoice) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth("clerk", "clerk")
                .exchange("/api/invoices/" + invoice.getId() + "/deliveries", HttpMethod.GET, null, JSON_LIST);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Map<String, Object> overviewEntry(Invoice invoice) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth("clerk", "clerk")
                .exchange("/api/distribution", HttpMethod.GET, null, JSON_LIST);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().stream()
                .filter(entry -> ((Number) entry.get("invoiceId")).longValue() == invoice.getId()).findFirst()
                .orElseThrow(() -> new AssertionError("not in the overview: " + invoice.describe()));
    }


}
