package no.fakturaflyt.payment.bankfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.payment.PaymentService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.Uploads;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * OCR Giro files through the API (issue 15, points 1-3): a transaction is known by data sender, transmission,
 * assignment and transaction number, so no payment is lost for sharing an archive reference and none is booked twice
 * when a file or a transmission comes again; a negative transaction takes a payment back and never pays; a settlement
 * date that cannot be right is refused for that transaction alone; a deviating informational date is a warning.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class OcrGiroImportTest {

    private static final String ACCOUNT = "98765432106";

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired LedgerService ledger;
    @Autowired PaymentService payments;
    @Autowired TaskService tasks;
    @Autowired OsloClock clock;
    @Autowired JdbcTemplate jdbc;

    // --- point 1: identity

    @Test
    void theSameFileTwiceBooksNothingTwiceAndSaysItIsTheSameFile() {
        Invoice invoice = posted("samme-fil@kunde.example");
        byte[] file = new OcrFileBuilder("41" + invoice.getId()).assignment()
                .payment(10, clock.today(), 125_000, invoice.getKid(), "7" + invoice.getId(), ACCOUNT)
                .endAssignment().build();

        Map first = upload("ocr.txt", file);
        Map again = upload("ocr-igjen.txt", file);

        assertThat(first).containsEntry("matched", 1).containsEntry("sameFileAs", null);
        assertThat(again).containsEntry("status", "DONE").containsEntry("duplicates", 1).containsEntry("matched", 0)
                .containsEntry("processed", 1).containsEntry("sameFileAs", first.get("id"));
        assertThat((List<String>) again.get("warnings")).singleElement().asString()
                .contains("was imported before as import " + first.get("id")).contains("nothing in it is booked twice");
        assertThat(payments.paymentsOf(invoice.getId())).hasSize(1);
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
    }

    @Test
    void twoPaymentsSharingEveryFieldButTheTransactionNumberBothBookInOneFile() {
        Invoice invoice = posted("direkte@kunde.example");   // 1 250.00
        // direct remittance: the agreement id in positions 26-34 is the payer's, the same in both payments
        byte[] file = new OcrFileBuilder("42" + invoice.getId()).assignment()
                .payment(12, clock.today(), 62_500, invoice.getKid(), "1020169", ACCOUNT)
                .payment(12, clock.today(), 62_500, invoice.getKid(), "1020169", ACCOUNT)
                .endAssignment().build();

        Map report = upload("to-like.txt", file);

        assertThat(report).containsEntry("status", "DONE").containsEntry("transactions", 2)
                .containsEntry("partlyPaid", 1).containsEntry("matched", 1).containsEntry("duplicates", 0);
        assertThat(payments.paymentsOf(invoice.getId())).hasSize(2);
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
    }

    @Test
    void twoPaymentsSharingEveryFieldBothBookAcrossTwoFilesWithTheirOwnTransmissionNumbers() {
        Invoice invoice = posted("to-filer@kunde.example");
        LocalDate today = clock.today();
        byte[] monday = new OcrFileBuilder("43" + invoice.getId()).assignment()
                .payment(11, today, 62_500, invoice.getKid(), "600155380", ACCOUNT).endAssignment().build();
        byte[] tuesday = new OcrFileBuilder("44" + invoice.getId()).assignment()
                .payment(11, today, 62_500, invoice.getKid(), "600155380", ACCOUNT).endAssignment().build();

        assertThat(upload("fil-1.txt", monday)).containsEntry("partlyPaid", 1);
        assertThat(upload("fil-2.txt", tuesday)).containsEntry("matched", 1).containsEntry("duplicates", 0)
                .containsEntry("sameFileAs", null);

        assertThat(payments.paymentsOf(invoice.getId())).hasSize(2);
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
    }

    @Test
    void aReplayOfOneTransmissionInAnotherFileIsNotBookedTwice() {
        Invoice invoice = posted("replay@kunde.example");
        List<String> transmission = new OcrFileBuilder("45" + invoice.getId()).assignment()
                .payment(10, clock.today(), 125_000, invoice.getKid(), "7" + invoice.getId(), ACCOUNT)
                .endAssignment().lines();
        byte[] asSent = OcrFileBuilder.bytes(transmission, "\r\n", true);
        byte[] asForwarded = OcrFileBuilder.bytes(transmission, "\n", false);   // other bytes, same transmission

        assertThat(upload("nets.txt", asSent)).containsEntry("matched", 1);
        Map replay = upload("videresendt.txt", asForwarded);

        assertThat(replay).containsEntry("duplicates", 1).containsEntry("matched", 0).containsEntry("sameFileAs", null);
        assertThat(payments.paymentsOf(invoice.getId())).hasSize(1);
    }

    @Test
    void theSameIdentityWithOtherMoneyIsNeitherLostNorTakenForADuplicate() {
        Invoice invoice = posted("gjenbrukt@kunde.example");
        String number = "46" + invoice.getId();
        byte[] first = new OcrFileBuilder(number).assignment()
                .payment(10, clock.today(), 50_000, invoice.getKid(), "1", ACCOUNT).endAssignment().build();
        // a provider reusing a transmission number: same data sender, transmission, assignment and transaction number
        byte[] reused = new OcrFileBuilder(number).assignment()
                .payment(10, clock.today(), 75_000, invoice.getKid(), "2", ACCOUNT).endAssignment().build();

        assertThat(upload("forste.txt", first)).containsEntry("partlyPaid", 1);
        Map second = upload("gjenbrukt.txt", reused);
        Map again = upload("gjenbrukt-igjen.txt", reused);

        assertThat(second).containsEntry("duplicates", 0).containsEntry("unmatched", 1);
        assertThat(again).containsEntry("duplicates", 1).containsEntry("unmatched", 0);
        Map held = transactionsOf(second).get(0);
        assertThat(held).containsEntry("status", "UNMATCHED").containsEntry("amount", 750.0);
        assertThat(held.get("note").toString()).contains("was recorded before").contains("not taken for a duplicate");
        assertThat(held.get("reference").toString()).startsWith("OCR/00008080/" + OcrFileBuilder.num(number, 7)
                + "/0000001/0000001#");
        assertThat(payments.paymentsOf(invoice.getId())).as("the clerk decides about the second").hasSize(1);
    }

    @Test
    void aFileImportedBeforeTheIdentityChangeIsRecognisedWhenItComesAgain() {
        Invoice invoice = posted("for-v18@kunde.example");
        byte[] file = new OcrFileBuilder("47" + invoice.getId()).assignment()
                .payment(10, clock.today(), 125_000, invoice.getKid(), "7" + invoice.getId(), ACCOUNT)
                .endAssignment().build();
        Map first = upload("gammel.txt", file);
        // as an import before V18 stored it: the archive reference and the settlement date
        String legacy = OcrFileBuilder.num("7" + invoice.getId(), 9) + "/" + clock.today();
        jdbc.update("update payment set idempotency_key = ? where invoice_id = ?", "bank-" + legacy, invoice.getId());
        jdbc.update("update bank_transaction set reference = ? where import_id = ?", legacy, first.get("id"));

        Map again = upload("gammel-igjen.txt", file);

        assertThat(again).containsEntry("duplicates", 1).containsEntry("matched", 0);
        assertThat(payments.paymentsOf(invoice.getId())).hasSize(1);
    }

    // --- point 2: signs

    @Test
    void aNegativeTransactionTakesBackThePaymentItMatchesAndNeverPays() {
        Invoice invoice = posted("negativ@kunde.example");
        LocalDate today = clock.today();
        upload("betaling.txt", new OcrFileBuilder("48" + invoice.getId()).assignment()
                .payment(10, today, 125_000, invoice.getKid(), "1", ACCOUNT).endAssignment().build());
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");

        Map report = upload("negativ.txt", new OcrFileBuilder("49" + invoice.getId()).assignment()
                .negative(10, today, 125_000, invoice.getKid(), "2", ACCOUNT).endAssignment().build());

        assertThat(report).containsEntry("reversals", 1).containsEntry("matched", 0).containsEntry("overpaid", 0);
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("1250.00");
        assertThat(payments.paymentsOf(invoice.getId())).singleElement()
                .satisfies(p -> assertThat(p.getReversedOn()).isEqualTo(today));
    }

    @Test
    void aNegativeTransactionMatchingNoPaymentWaitsForAClerkWhoCannotBookItAsAPayment() {
        Invoice invoice = posted("kreditnota@kunde.example");
        LocalDate today = clock.today();
        // a payment and a negative transaction (e.g. a credit note's KID) in one file, totals signed: 1250 - 250
        Map report = upload("med-kreditnota.txt", new OcrFileBuilder("50" + invoice.getId()).assignment()
                .payment(10, today, 125_000, invoice.getKid(), "1", ACCOUNT)
                .negative(10, today, 25_000, invoice.getKid(), "2", ACCOUNT).endAssignment().build());

        assertThat(report).containsEntry("status", "DONE").containsEntry("matched", 1).containsEntry("unmatched", 1)
                .containsEntry("total", 1000.0);
        assertThat(payments.paymentsOf(invoice.getId())).singleElement()
                .satisfies(p -> assertThat(p.getAmount()).isEqualByComparingTo("1250.00"));
        Map negative = transactionsOf(report).get(1);
        assertThat(negative).containsEntry("reversal", true).containsEntry("status", "UNMATCHED");
        Task task = tasks.createTaskQuery().processInstanceId((String) negative.get("processInstanceId"))
                .singleResult();
        Map<String, Object> assign = Map.of(PaymentMatching.DECISION, PaymentMatching.DECISION_ASSIGN,
                PaymentMatching.INVOICE_NUMBER, invoice.getInvoiceNumber());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(task.getId(), assign))
                .hasMessageContaining("never a payment").hasMessageContaining("no payment of 250.00 to take back");

        tasks.complete(task.getId(), Map.of(PaymentMatching.DECISION, PaymentMatching.DECISION_UNIDENTIFIED));
        jobs.executeAll();

        assertThat(payments.paymentsOf(invoice.getId())).hasSize(1);
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
        Long voucher = jdbc.queryForObject("select voucher_id from bank_transaction where id = ?", Long.class,
                ((Number) negative.get("id")).longValue());
        assertThat(jdbc.queryForList("select account_number, debit, credit from voucher_line where voucher_id = ?"
                + " order by account_number", voucher).toString())
                .as("money out of the bank, kept apart on 2990").contains("account_number=1920, debit=0.00,"
                        + " credit=250.00").contains("account_number=2990, debit=250.00, credit=0.00");
    }

    @Test
    void aClerkPlacesANegativeTransactionOnItsInvoiceByTakingBackThePaymentItMatches() {
        Invoice invoice = posted("kontorist-negativ@kunde.example");
        LocalDate today = clock.today();
        upload("betaling.txt", new OcrFileBuilder("53" + invoice.getId()).assignment()
                .payment(10, today, 125_000, invoice.getKid(), "1", ACCOUNT).endAssignment().build());
        Map report = upload("negativ-uten-kid.txt", new OcrFileBuilder("54" + invoice.getId()).assignment()
                .negative(10, today, 125_000, null, "2", ACCOUNT).endAssignment().build());
        Map negative = transactionsOf(report).get(0);
        assertThat(negative).containsEntry("status", "UNMATCHED");
        Task task = tasks.createTaskQuery().processInstanceId((String) negative.get("processInstanceId"))
                .singleResult();

        tasks.complete(task.getId(), Map.of(PaymentMatching.DECISION, PaymentMatching.DECISION_ASSIGN,
                PaymentMatching.INVOICE_NUMBER, invoice.getInvoiceNumber()));
        jobs.executeAll();

        assertThat(payments.paymentsOf(invoice.getId())).singleElement()
                .satisfies(p -> assertThat(p.getReversedOn()).isEqualTo(today));
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("1250.00");
        assertThat(transactionsOf(report).get(0)).containsEntry("status", "REVERSED");
    }

    // --- point 3: dates

    @Test
    void aSettlementDateAfterTodayOrYearsBackIsRefusedAloneAndTheRestOfTheFileIsBooked() {
        Invoice paid = posted("dato-ok@kunde.example");
        Invoice future = posted("dato-fram@kunde.example");
        Invoice old = posted("dato-gammel@kunde.example");
        LocalDate today = clock.today();
        byte[] file = new OcrFileBuilder("51" + paid.getId()).assignment()
                .payment(10, today.plusDays(1), 125_000, future.getKid(), "1", ACCOUNT)
                .payment(10, today.minusYears(3), 125_000, old.getKid(), "2", ACCOUNT)
                .payment(10, today, 125_000, paid.getKid(), "3", ACCOUNT)
                .endAssignment().build();

        Map report = upload("datoer.txt", file);

        assertThat(report).containsEntry("status", "DONE").containsEntry("transactions", 3)
                .containsEntry("processed", 3).containsEntry("refused", 2).containsEntry("matched", 1);
        List<Map> transactions = transactionsOf(report);
        assertThat(transactions).extracting(t -> t.get("status")).containsExactly("REFUSED", "REFUSED", "MATCHED");
        assertThat(transactions.get(0).get("note").toString()).contains("settlement date " + today.plusDays(1)
                + " is after today");
        assertThat(transactions.get(1).get("note").toString()).contains("settlement date " + today.minusYears(3)
                + " is more than P2Y back");
        assertThat(ledger.openAmountOf(paid.getId())).isEqualByComparingTo("0.00");
        assertThat(payments.paymentsOf(future.getId())).isEmpty();
        assertThat(payments.paymentsOf(old.getId())).isEmpty();
    }

    @Test
    void aLastSettlementDateOfTransactionDatePlusSevenIsAWarningAndTheFileIsBooked() {
        Invoice invoice = posted("pluss-sju@kunde.example");
        LocalDate today = clock.today();
        List<String> lines = new ArrayList<>(new OcrFileBuilder("52" + invoice.getId()).assignment()
                .payment(10, today, 125_000, invoice.getKid(), "1", ACCOUNT).endAssignment().lines());
        lines.set(4, OcrFileBuilder.replace(lines.get(4), 54, 59,
                today.plusDays(7).format(java.time.format.DateTimeFormatter.ofPattern("ddMMyy"))));

        Map report = upload("pluss-sju.txt", OcrFileBuilder.bytes(lines));

        assertThat(report).containsEntry("status", "DONE").containsEntry("matched", 1);
        assertThat((List<String>) report.get("warnings")).singleElement().asString()
                .startsWith("line 5: ").contains("last settlement date (positions 54-59) " + today.plusDays(7))
                .contains("informational only");
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
    }

    private Invoice posted(String email) {
        Customer customer = data.business(email);
        Invoice draft = data.draft(customer, data.product("3", "1000.00"), 1);   // 1 250.00 with VAT
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        return invoices.get(draft.getId());
    }

    private List<Map> transactionsOf(Map report) {
        return rest.withBasicAuth("clerk", "clerk").getForObject("/api/bank-files/" + report.get("id")
                + "/transactions", List.class);
    }

    private Map upload(String name, byte[] content) {
        Map response = rest.withBasicAuth("clerk", "clerk").postForEntity("/api/bank-files",
                Uploads.file(name, content), Map.class).getBody();
        assertThat(response).as(new String(content, StandardCharsets.ISO_8859_1)).containsKey("status");
        return response;
    }
}
