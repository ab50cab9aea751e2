package no.fakturaflyt.payment.bankfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A bank file through the API as a clerk uploads it: payments matched by KID close, partly pay or overpay their
 * invoices, the same file twice books once, what the KID cannot place waits in Tasklist, a broken file books nothing.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class BankFileImportTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired LedgerService ledger;
    @Autowired PaymentService payments;
    @Autowired TaskService tasks;
    @Autowired BankFileInbox inbox;
    @Autowired BankFileProperties properties;
    @Autowired OsloClock clock;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void paymentsMatchedByKidCloseOrPartlyPayTheirInvoicesAndTheSameFileTwiceBooksOnce() {
        Customer customer = data.business("bankfil@kunde.example");
        Invoice full = posted(customer, "1000.00");      // 1 250.00
        Invoice partly = posted(customer, "1000.00");
        Invoice over = posted(customer, "1000.00");
        byte[] file = CamtDocuments.of("MSG-" + full.getId(), clock.today(), List.of(
                new CamtDocuments.Credit("R" + full.getId(), "1250.00", full.getKid(), "Kunde AS", null),
                new CamtDocuments.Credit("R" + partly.getId(), "1000.00", partly.getKid(), "Kunde AS", null),
                new CamtDocuments.Credit("R" + over.getId(), "1300.00", over.getKid(), "Kunde AS", null)));

        ResponseEntity<Map> first = upload("dnb-camt054.xml", file);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Map report = rest.withBasicAuth("clerk", "clerk").getForObject(first.getHeaders().getLocation(), Map.class);
        assertThat(report).containsEntry("status", "DONE").containsEntry("format", "CAMT054")
                .containsEntry("transactions", 3).containsEntry("processed", 3).containsEntry("percent", 100)
                .containsEntry("matched", 1).containsEntry("partlyPaid", 1).containsEntry("overpaid", 1);
        assertThat(ledger.openAmountOf(full.getId())).isEqualByComparingTo("0.00");
        Map followUp = rest.withBasicAuth("clerk", "clerk").getForObject("/api/follow-up/" + full.getId(), Map.class);
        assertThat(((Map) followUp.get("summary")).get("stage")).as("the matched payment ended the invoice's follow-up")
                .isEqualTo("PAID");
        assertThat(ledger.openAmountOf(partly.getId())).isEqualByComparingTo("250.00");
        assertThat(ledger.openAmountOf(over.getId())).isEqualByComparingTo("0.00");
        assertThat(payments.paymentsOf(over.getId()).get(0).getUnallocated()).as("the customer's credit")
                .isEqualByComparingTo("50.00");

        ResponseEntity<Map> again = upload("dnb-camt054-copy.xml", file);
        assertThat(again.getBody()).containsEntry("duplicates", 3).containsEntry("matched", 0);
        assertThat(payments.paymentsOf(full.getId())).hasSize(1);

        byte[] rest = CamtDocuments.of("MSG2-" + partly.getId(), clock.today(), List.of(
                new CamtDocuments.Credit("R2" + partly.getId(), "250.00", partly.getKid(), "Kunde AS", null)));
        assertThat(upload("rest.xml", rest).getBody()).containsEntry("matched", 1);
        assertThat(ledger.openAmountOf(partly.getId())).isEqualByComparingTo("0.00");
    }

    @Test
    void aPaymentItsKidCannotPlaceWaitsForAClerkWhoAssignsItToTheInvoice() {
        Customer customer = data.business("ukjent-kid@kunde.example");
        Invoice invoice = posted(customer, "800.00");   // 1 000.00
        byte[] file = CamtDocuments.of("MSG-U" + invoice.getId(), clock.today(), List.of(
                new CamtDocuments.Credit("U" + invoice.getId(), "1000.00", null, customer.getName(),
                        "Faktura " + invoice.getInvoiceNumber())));

        Map report = upload("uten-kid.xml", file).getBody();
        assertThat(report).containsEntry("unmatched", 1);
        List<Map> waiting = rest.withBasicAuth("clerk", "clerk").getForObject("/api/bank-files/unmatched",
                List.class);
        Map transaction = waiting.stream().filter(t -> t.get("reference").equals("U" + invoice.getId()))
                .findFirst().orElseThrow();
        assertThat(transaction.get("note")).isEqualTo("the payment has no KID");

        Task task = tasks.createTaskQuery().processInstanceId((String) transaction.get("processInstanceId"))
                .singleResult();
        assertThat(task.getName()).isEqualTo("Match payment");
        assertThat(tasks.getVariable(task.getId(), PaymentMatching.SUGGESTIONS).toString())
                .contains("invoice " + invoice.getInvoiceNumber());
        tasks.complete(task.getId(), Map.of(PaymentMatching.DECISION, "ASSIGN",
                PaymentMatching.INVOICE_NUMBER, invoice.getInvoiceNumber(), PaymentMatching.COMMENT,
                "Invoice number in the message"));
        jobs.executeAll();

        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
        assertThat(payments.paymentsOf(invoice.getId())).singleElement()
                .satisfies(p -> assertThat(p.getSource()).isEqualTo("CAMT054"));
    }

    @Test
    void aBrokenFileIsRejectedWholeNamingWhereAndBooksNothing() {
        Customer customer = data.business("ødelagt@kunde.example");
        Invoice invoice = posted(customer, "1000.00");
        String good = new String(CamtDocuments.of("MSG-B" + invoice.getId(), clock.today(), List.of(
                new CamtDocuments.Credit("B" + invoice.getId(), "1250.00", invoice.getKid(), null, null))),
                StandardCharsets.UTF_8);
        byte[] wrongSum = good.replaceFirst("<Sum>1250.00</Sum>", "<Sum>1251.00</Sum>")
                .getBytes(StandardCharsets.UTF_8);

        ResponseEntity<Map> rejected = upload("feil-sum.xml", wrongSum);
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rejected.getBody()).containsEntry("field", "file");
        assertThat(rejected.getBody().get("detail").toString()).contains("nothing was booked").contains("Sum");
        assertThat(upload("tom.xml", new byte[0]).getBody().get("detail").toString()).contains("empty");
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document>&x;</Document>").getBytes(StandardCharsets.UTF_8);
        assertThat(upload("xxe.xml", xxe).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("1250.00");
        assertThat(payments.paymentsOf(invoice.getId())).isEmpty();
    }

    @Test
    void aFileDroppedInTheInboxIsImportedAndABrokenOneSetAsideWithItsReason() throws Exception {
        Customer customer = data.business("innboks@kunde.example");
        Invoice invoice = posted(customer, "1000.00");
        Path folder = properties.inbox();
        Files.createDirectories(folder);
        Files.write(folder.resolve("good.xml"), CamtDocuments.of("MSG-I" + invoice.getId(), clock.today(), List.of(
                new CamtDocuments.Credit("I" + invoice.getId(), "1250.00", invoice.getKid(), null, null))));
        Files.writeString(folder.resolve("broken.txt"), "not a bank file");

        assertThat(inbox.pollOnce()).as("a file is taken once its size stood still between two looks").isEmpty();
        assertThat(inbox.pollOnce()).containsExactly("broken.txt", "good.xml");

        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
        assertThat(folder.resolve("processed/good.xml")).exists();
        assertThat(folder.resolve("rejected/broken.txt")).exists();
        assertThat(Files.readString(folder.resolve("rejected/broken.txt.error.txt")))
                .contains("Neither a Nets OCR Giro file nor an ISO 20022 camt.054 document");
    }

    @Test
    void anOcrPaymentAndItsReversalLeaveTheInvoiceOpenAgain() {
        Customer customer = data.business("ocr@kunde.example");
        Invoice invoice = posted(customer, "1000.00");
        LocalDate today = clock.today();
        byte[] payment = new OcrFileBuilder("1" + invoice.getId()).assignment()
                .payment(10, today, 125_000, invoice.getKid(), "7" + invoice.getId(), "98765432106")
                .endAssignment().build();
        assertThat(upload("ocr-" + invoice.getId() + ".txt", payment).getBody()).containsEntry("format", "OCR")
                .containsEntry("matched", 1);
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");

        byte[] reversal = new OcrFileBuilder("2" + invoice.getId()).assignment()
                .payment(18, today, 125_000, invoice.getKid(), "8" + invoice.getId(), "98765432106")
                .endAssignment().build();
        assertThat(upload("ocr-reversal.txt", reversal).getBody()).containsEntry("reversals", 1);
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("1250.00");
        assertThat(payments.paymentsOf(invoice.getId())).singleElement()
                .satisfies(p -> assertThat(p.getReversedOn()).isEqualTo(today));
    }

    @Test
    void aFileBookedOnSeveralThreadsKeepsEachKidsOrderCountsEveryOutcomeAndNumbersVouchersWithoutGaps() {
        assertThat(properties.bookingThreads()).as("booked on several threads in this test").isGreaterThan(1);
        Customer customer = data.business("mange@kunde.example");
        List<Invoice> paidInFull = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            paidInFull.add(posted(customer, "1000.00"));   // 1 250.00 each
        }
        Invoice split = posted(customer, "1000.00");
        LocalDate today = clock.today();
        OcrFileBuilder assignment = new OcrFileBuilder("3" + split.getId()).assignment();
        // the split invoice's three transactions are spread over the file: paid in two parts, the second taken back
        assignment.payment(10, today, 50_000, split.getKid(), "51" + split.getId(), "98765432106");
        for (int i = 0; i < paidInFull.size(); i++) {
            Invoice invoice = paidInFull.get(i);
            assignment.payment(10, today, 125_000, invoice.getKid(), "6" + i + invoice.getId(), "98765432106");
            if (i == 4) {
                assignment.payment(10, today, 75_000, split.getKid(), "52" + split.getId(), "98765432106");
            }
        }
        assignment.payment(18, today, 75_000, split.getKid(), "53" + split.getId(), "98765432106");
        Long lastVoucherBefore = jdbc.queryForObject("select coalesce(max(voucher_number), 0) from voucher", Long.class);

        Map report = upload("ocr-many-" + split.getId() + ".txt", assignment.endAssignment().build()).getBody();

        assertThat(report).containsEntry("status", "DONE").containsEntry("transactions", 13)
                .containsEntry("processed", 13).containsEntry("matched", 11).containsEntry("partlyPaid", 1)
                .containsEntry("reversals", 1).containsEntry("unmatched", 0).containsEntry("failed", 0);
        for (Invoice invoice : paidInFull) {
            assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
        }
        assertThat(ledger.openAmountOf(split.getId())).as("500.00 of 1 250.00 paid, the 750.00 taken back")
                .isEqualByComparingTo("750.00");
        assertThat(payments.paymentsOf(split.getId())).extracting(p -> p.getAmount().toPlainString(),
                p -> p.getReversedOn() != null).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("500.00", false),
                        org.assertj.core.groups.Tuple.tuple("750.00", true));
        // 12 payment vouchers and one reversal voucher, numbered on from the last one with no gap and no repeat
        List<Long> numbers = jdbc.queryForList("select voucher_number from voucher where voucher_number > ?"
                + " order by voucher_number", Long.class, lastVoucherBefore);
        assertThat(numbers).hasSize(13);
        assertThat(numbers.get(12) - numbers.get(0)).isEqualTo(12);
        assertThat(numbers.get(0)).isEqualTo(lastVoucherBefore + 1);
    }

    @Test
    void theDemosSampleOcrFileImportsWithEveryOutcome() {
        posted(data.business("eksempel@kunde.example"), "1000.00");
        ResponseEntity<byte[]> sample = rest.withBasicAuth("clerk", "clerk").getForEntity("/api/demo/sample-ocr",
                byte[].class);
        assertThat(sample.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map report = upload("sample.txt", sample.getBody()).getBody();
        assertThat(report).containsEntry("status", "DONE").containsEntry("unmatched", 1)
                .containsEntry("partlyPaid", 1);
        assertThat((Integer) report.get("matched")).isEqualTo((Integer) report.get("transactions") - 2);
        assertThat(report).containsEntry("failed", 0).containsEntry("overpaid", 0);
    }

    /**
     * The rule of {@link Camt054Controls}: a debit batch (money out, never booked here) whose own figures disagree does
     * not hold back the day's incoming payments; the import books them and names the debit entry and the check.
     */
    @Test
    void aDebitBatchWithWrongFiguresIsNamedOnTheImportAndTheCreditIsBooked() {
        Customer customer = data.business("debet-batch@kunde.example");
        Invoice invoice = posted(customer, "1000.00");   // 1 250.00
        String credit = new String(CamtDocuments.of("MSG-D" + invoice.getId(), clock.today(), List.of(
                new CamtDocuments.Credit("D" + invoice.getId(), "1250.00", invoice.getKid(), "Kunde AS", null))),
                StandardCharsets.UTF_8);
        String debit = """
                <Ntry>
                  <NtryRef>UT-%d</NtryRef>
                  <Amt Ccy="NOK">300.00</Amt>
                  <CdtDbtInd>DBIT</CdtDbtInd>
                  <Sts>BOOK</Sts>
                  <BookgDt><Dt>%s</Dt></BookgDt>
                  <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                  <NtryDtls>
                    <Btch><NbOfTxs>3</NbOfTxs></Btch>
                    <TxDtls><Refs><EndToEndId>UT-A</EndToEndId></Refs>
                      <AmtDtls><TxAmt><Amt Ccy="NOK">100.00</Amt></TxAmt></AmtDtls></TxDtls>
                    <TxDtls><Refs><EndToEndId>UT-B</EndToEndId></Refs>
                      <AmtDtls><TxAmt><Amt Ccy="NOK">200.00</Amt></TxAmt></AmtDtls></TxDtls>
                  </NtryDtls>
                </Ntry>
                """.formatted(invoice.getId(), clock.today());
        byte[] file = credit.replace("<TtlNtries><NbOfNtries>1</NbOfNtries><Sum>1250.00</Sum></TtlNtries>",
                        "<TtlNtries><NbOfNtries>2</NbOfNtries><Sum>1550.00</Sum></TtlNtries>")
                .replace("</Ntfctn>", debit + "</Ntfctn>").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<Map> response = upload("med-debet.xml", file);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Map report = rest.withBasicAuth("clerk", "clerk").getForObject(response.getHeaders().getLocation(), Map.class);
        assertThat(report).containsEntry("status", "DONE").containsEntry("transactions", 1)
                .containsEntry("matched", 1);
        assertThat((List<String>) report.get("controlFindings")).singleElement().satisfies(finding ->
                assertThat(finding).startsWith("Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[2]/NtryDtls[1]/Btch/"
                        + "NbOfTxs: control count does not match: the batch says 3 transactions, it has 2"));
        assertThat(ledger.openAmountOf(invoice.getId())).isEqualByComparingTo("0.00");
    }

    private Invoice posted(Customer customer, String price) {
        Invoice draft = data.draft(customer, data.product("3", price), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        return invoices.get(draft.getId());
    }

    private ResponseEntity<Map> upload(String name, byte[] content) {
        return rest.withBasicAuth("clerk", "clerk").postForEntity("/api/bank-files", Uploads.file(name, content),
                Map.class);
    }
}
