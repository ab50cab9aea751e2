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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

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

    private Invoice posted(Customer customer, String price) {
        Invoice draft = data.draft(customer, data.product("3", price), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        return invoices.get(draft.getId());
    }

    private ResponseEntity<Map> upload(String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return rest.withBasicAuth("clerk", "clerk").postForEntity("/api/bank-files", new HttpEntity<>(body, headers),
                Map.class);
    }
}
