package no.fakturaflyt.dunning.interest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.dunning.FollowUpSettings;
import no.fakturaflyt.dunning.FollowUpSettingsForm;
import no.fakturaflyt.dunning.FollowUpSettingsService;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoicePostingService;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.ledger.VoucherLine;
import no.fakturaflyt.payment.PaymentService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Mails;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Interest notes end to end: late interest summed per customer waits below the threshold, then one interest note
 * bills it (with the standard compensation for a business), is posted, balanced in the ledger and e-mailed.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class InterestNoteTest {

    private static final LocalDate INVOICED = LocalDate.of(2025, 6, 6);    // due 2025-06-20
    private static final LocalDate PAID = LocalDate.of(2025, 7, 10);       // 67.81 on 10 000.00
    private static final LocalDate BILLED = LocalDate.of(2025, 7, 15);

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired PaymentService payments;
    @Autowired LedgerService ledger;
    @Autowired TransactionTemplate transactions;
    @Autowired FollowUpSettingsService settings;
    @Autowired InterestAccrualRepository accruals;
    @Autowired InvoiceHistory history;

    LatePayments late;

    @BeforeEach
    void setUp() {
        late = new LatePayments(data, jobs, invoices, payments, ledger, transactions);
        threshold("100.00");
    }

    @AfterEach
    void restoreThreshold() {
        threshold("100.00");
    }

    @Test
    void aBusinessInterestNoteWaitsForTheThresholdThenBillsInterestAndCompensationOnce() throws Exception {
        Customer customer = data.business("rentenota@kunde.example");
        Invoice first = late.postedOn(INVOICED, customer, "10000.00");
        Invoice second = late.postedOn(INVOICED, customer, "10000.00");
        // a reminder fee of 70.00 was claimed on the first: its compensation is 470.00 − 70.00
        late.feeClaimed(first, "REMINDER_1", "70.00", LocalDate.of(2025, 7, 5));

        late.paid(first, "10000.00", PAID);
        LatePayments.at(BILLED);
        Map waiting = entryOf(customer);
        assertThat(amount(waiting, "sum")).isEqualByComparingTo("67.81");
        assertThat(amount(waiting, "threshold")).isEqualByComparingTo("100.00");
        assertThat(waiting.get("ready")).isEqualTo(false);
        assertThat((List<Map>) waiting.get("accruals")).singleElement()
                .satisfies(a -> assertThat(a.get("calculation").toString()).contains("12.25 %"));

        ResponseEntity<Map> tooEarly = bill(customer);
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(amount(tooEarly.getBody(), "sum")).isEqualByComparingTo("67.81");
        assertThat(amount(tooEarly.getBody(), "threshold")).isEqualByComparingTo("100.00");
        assertThat(accruals.findByInvoiceIdOrderByIdAsc(first.getId())).allMatch(a -> a.getBilledInvoiceId() == null);

        late.paid(second, "10000.00", PAID);
        LatePayments.at(BILLED);
        Map ready = entryOf(customer);
        assertThat(amount(ready, "sum")).isEqualByComparingTo("135.62");
        assertThat(ready.get("ready")).isEqualTo(true);

        ResponseEntity<Map> billed = bill(customer);
        assertThat(billed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long noteId = ((Number) billed.getBody().get("invoiceId")).longValue();
        assertThat(billed.getHeaders().getLocation().getPath()).isEqualTo("/api/invoices/" + noteId);
        assertThat(amount(billed.getBody(), "interest")).isEqualByComparingTo("135.62");
        assertThat(amount(billed.getBody(), "compensation")).isEqualByComparingTo("870.00");
        assertThat((List<Map>) billed.getBody().get("lines")).extracting(l -> l.get("description"),
                l -> amount(l, "amount").setScale(2).toPlainString(), l -> l.get("revenueAccount"), l -> l.get("vatCode"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Forsinkelsesrente faktura " + first.getInvoiceNumber()
                                + ", 21.06.2025–10.07.2025", "67.81", 8055, "6"),
                        org.assertj.core.groups.Tuple.tuple("Standardkompensasjon (forsinkelsesrenteloven § 3a), "
                                + "faktura " + first.getInvoiceNumber(), "400.00", 3900, "6"),
                        org.assertj.core.groups.Tuple.tuple("Forsinkelsesrente faktura " + second.getInvoiceNumber()
                                + ", 21.06.2025–10.07.2025", "67.81", 8055, "6"),
                        org.assertj.core.groups.Tuple.tuple("Standardkompensasjon (forsinkelsesrenteloven § 3a), "
                                + "faktura " + second.getInvoiceNumber(), "470.00", 3900, "6"));

        jobs.executeAll();
        Invoice note = invoices.get(noteId);
        assertThat(note.isPosted()).isTrue();
        assertThat(note.isInterestNote()).isTrue();
        assertThat(note.getCustomerId()).isEqualTo(customer.getId());
        assertThat(note.getTotal()).isEqualByComparingTo("1005.62");
        assertThat(note.getVatTotal()).isEqualByComparingTo("0.00");

        Voucher voucher = ledger.voucherFor(InvoicePostingService.SOURCE_INVOICE, noteId).orElseThrow();
        assertThat(voucher.totalDebit()).isEqualByComparingTo(voucher.totalCredit()).isEqualByComparingTo("1005.62");
        assertThat(line(voucher, LedgerService.RECEIVABLES_ACCOUNT).getDebit()).isEqualByComparingTo("1005.62");
        assertThat(line(voucher, LedgerService.RECEIVABLES_ACCOUNT).getCustomerId()).isEqualTo(customer.getId());
        assertThat(line(voucher, 8055).getCredit()).isEqualByComparingTo("135.62");
        assertThat(line(voucher, 3900).getCredit()).isEqualByComparingTo("870.00");
        assertThat(voucher.getLines()).hasSize(3);
        assertThat(ledger.findOpenItem(noteId).orElseThrow().getOpenAmount()).isEqualByComparingTo("1005.62");

        String pdf = pdfTextOfMailTo("rentenota@kunde.example", String.valueOf(note.getInvoiceNumber()));
        assertThat(pdf).contains("Forsinkelsesrente faktura " + first.getInvoiceNumber()).contains("Rentenota")
                .contains("1 005,62");
        // issue 16 point 6: titled Rentenota, each stretch with principal, period, days, rate and interest;
        // 10 000 × 12,5 % × 10/365 = 34,25 and 10 000 × 12,25 % × 10/365 = 33,56, together the 67,81 billed
        assertThat(pdf.lines().limit(10)).as("the title").contains("Rentenota");
        assertThat(pdf).contains("Renteberegning", "Hovedstol", "Rentesats")
                .contains(first.getInvoiceNumber() + " 10 000,00 21.06.2025 30.06.2025 10/365 12,5 % 34,25")
                .contains(first.getInvoiceNumber() + " 10 000,00 01.07.2025 10.07.2025 10/365 12,25 % 33,56")
                .contains(second.getInvoiceNumber() + " 10 000,00 01.07.2025 10.07.2025 10/365 12,25 % 33,56");
        // the lines are outside the VAT act (code 6): the invoice says so, from the VAT code's data
        assertThat(pdf.split("Utenfor merverdiavgiftsloven", -1)).as("once per line, and in the note")
                .hasSizeGreaterThanOrEqualTo(5);

        assertThat(accruals.findByBilledInvoiceIdOrderByIdAsc(noteId)).hasSize(2);
        assertThat(entries()).noneMatch(e -> ((Number) e.get("customerId")).longValue() == customer.getId());
        ResponseEntity<Map> nothingLeft = bill(customer);
        assertThat(nothingLeft.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(amount(nothingLeft.getBody(), "sum")).isEqualByComparingTo("0.00");

        // the interest note paid late accrues nothing: no interest on interest
        late.paid(note, "1005.62", note.getDueDate().plusDays(20));
        assertThat(accruals.findByInvoiceIdOrderByIdAsc(noteId)).isEmpty();
        assertThat(ledger.findOpenItem(noteId).orElseThrow().getOpenAmount()).isEqualByComparingTo("0.00");
    }

    @Test
    void aConsumerOwesInterestButNoCompensationAndReadsItInEnglish() throws Exception {
        Customer customer = data.person("consumer@kunde.example", "en");
        Invoice first = late.postedOn(INVOICED, customer, "10000.00");
        Invoice second = late.postedOn(INVOICED, customer, "10000.00");
        late.paid(first, "10000.00", PAID);
        late.paid(second, "10000.00", PAID);
        LatePayments.at(BILLED);

        ResponseEntity<Map> billed = bill(customer);

        assertThat(billed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(amount(billed.getBody(), "compensation")).isEqualByComparingTo("0.00");
        assertThat((List<Map>) billed.getBody().get("lines")).extracting(l -> l.get("description"))
                .containsExactly("Late-payment interest invoice " + first.getInvoiceNumber() + ", 21.06.2025–10.07.2025",
                        "Late-payment interest invoice " + second.getInvoiceNumber() + ", 21.06.2025–10.07.2025");
        long noteId = ((Number) billed.getBody().get("invoiceId")).longValue();
        jobs.executeAll();
        Voucher voucher = ledger.voucherFor(InvoicePostingService.SOURCE_INVOICE, noteId).orElseThrow();
        assertThat(voucher.totalDebit()).isEqualByComparingTo(voucher.totalCredit()).isEqualByComparingTo("135.62");
        assertThat(line(voucher, 8055).getCredit()).isEqualByComparingTo("135.62");
        assertThat(voucher.getLines()).noneMatch(l -> l.getAccountNumber() == 3900);
        assertThat(pdfTextOfMailTo("consumer@kunde.example", String.valueOf(invoices.get(noteId).getInvoiceNumber())))
                .contains("Late-payment interest invoice " + first.getInvoiceNumber()).contains("Interest note")
                .contains("Interest calculation", "Principal", "10/365", "Outside the scope of the Norwegian VAT Act")
                .containsPattern("12[.,]25 %");
    }

    @Test
    void theCompensationIsClaimedOncePerInvoiceHoweverManyNotesBillItsInterest() {
        threshold("10.00");
        Customer customer = data.business("toganger@kunde.example");
        Invoice invoice = late.postedOn(INVOICED, customer, "10000.00");

        late.paid(invoice, "5000.00", PAID);                                   // 33.90
        ResponseEntity<Map> firstNote = bill(customer);
        late.paid(invoice, "5000.00", LocalDate.of(2025, 7, 20));              // 17.12 + 33.56
        ResponseEntity<Map> secondNote = bill(customer);

        assertThat((List<Map>) firstNote.getBody().get("lines")).extracting(l -> amount(l, "amount").setScale(2).toPlainString(),
                l -> l.get("revenueAccount")).containsExactly(org.assertj.core.groups.Tuple.tuple("33.90", 8055),
                org.assertj.core.groups.Tuple.tuple("470.00", 3900));
        assertThat((List<Map>) secondNote.getBody().get("lines")).extracting(l -> amount(l, "amount").setScale(2).toPlainString(),
                l -> l.get("revenueAccount")).containsExactly(org.assertj.core.groups.Tuple.tuple("50.68", 8055));
        assertThat(secondNote.getBody().get("invoiceId")).isNotEqualTo(firstNote.getBody().get("invoiceId"));
    }

    @Test
    void auditorsSeeTheInterestButCannotBillIt() {
        ResponseEntity<Map> attempt = rest.withBasicAuth("auditor", "auditor")
                .postForEntity("/api/interest-notes/1", null, Map.class);
        assertThat(attempt.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("auditor", "auditor").getForEntity("/api/interest-notes", List.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void withoutAFigureForTheHalfYearTheInterestIsBilledAndTheCompensationLeftOutSayingWhy() throws Exception {
        Customer customer = data.business("uten-sats@kunde.example");
        // due 2026-08-03: legal-rates.csv has no standard compensation for 2026 H2
        Invoice invoice = late.postedOn(LocalDate.of(2026, 7, 20), customer, "10000.00");
        late.paid(invoice, "10000.00", LocalDate.of(2026, 9, 30));
        LatePayments.at(LocalDate.of(2026, 10, 1));

        ResponseEntity<Map> billed = bill(customer);
        assertThat(billed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(amount(billed.getBody(), "interest")).as("58 days at 12.25 %").isEqualByComparingTo("194.66");
        assertThat(amount(billed.getBody(), "compensation")).isEqualByComparingTo("0.00");
        assertThat(history.of(invoice.getId())).anySatisfy(event -> {
            assertThat(event.getEventType()).isEqualTo("COMPENSATION_NOT_BILLED");
            assertThat(event.getDetails()).contains("no figure for 2026 H2").contains("POST /api/legal-rates");
        });
    }

    private ResponseEntity<Map> bill(Customer customer) {
        return rest.withBasicAuth("clerk", "clerk").postForEntity("/api/interest-notes/" + customer.getId(), null,
                Map.class);
    }

    private List<Map> entries() {
        return rest.withBasicAuth("auditor", "auditor").getForObject("/api/interest-notes", List.class);
    }

    private Map entryOf(Customer customer) {
        return entries().stream().filter(e -> ((Number) e.get("customerId")).longValue() == customer.getId())
                .findFirst().orElseThrow(() -> new AssertionError("No unbilled interest listed for " + customer));
    }

    private void threshold(String amount) {
        FollowUpSettings current = settings.current();
        settings.update(new FollowUpSettingsForm(current.getPostalDays(), current.getFirstReminderDays(),
                current.getReminderCount(), current.getTransferApproval(), current.getDocumentStyle(),
                current.getMinimumAmount(), new BigDecimal(amount)), "admin");
    }

    private static VoucherLine line(Voucher voucher, int account) {
        return voucher.getLines().stream().filter(l -> l.getAccountNumber() == account).findFirst()
                .orElseThrow(() -> new AssertionError("No line on " + account + " in " + voucher.getLines()));
    }

    private static BigDecimal amount(Map body, String key) {
        return new BigDecimal(body.get(key).toString());
    }

    /** The text of the PDF e-mailed to {@code address} whose subject names the invoice number. */
    private static String pdfTextOfMailTo(String address, String number) throws Exception {
        MimeMessage mail = Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(address)) && m.getSubject().contains(number);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow(() -> new AssertionError("No e-mail to " + address + " about " + number));
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                return Mails.pdfText(part.getInputStream().readAllBytes());
            }
        }
        throw new AssertionError("No PDF attached to the e-mail about " + number);
    }
}
