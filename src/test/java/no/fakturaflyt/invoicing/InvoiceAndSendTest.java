package no.fakturaflyt.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.ledger.VoucherLine;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.Mails;
import no.fakturaflyt.support.TestData;
import no.fakturaflyt.support.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** "Invoice and send" through the REST API, the way a clerk does it, down to the e-mail in the customer's inbox. */
@FakturaflytTest
class InvoiceAndSendTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired LedgerService ledger;


    @Test
    @SuppressWarnings("unchecked")
    void anInvoiceIsPostedRenderedAndEmailedWithItsPdf() throws Exception {
        Customer customer = data.business("innkjop@kunde.example");
        Product consulting = data.product("3", "1250.00");   // 25 %
        Product food = data.product("31", "99.90");          // 15 %

        ResponseEntity<Map> draft = clerk().postForEntity("/api/invoices", Map.of(
                "customerId", customer.getId(),
                "lines", List.of(
                        Map.of("productId", consulting.getId(), "quantity", 3),
                        Map.of("productId", food.getId(), "quantity", 2, "discountPercent", 10),
                        Map.of("description", "Reiseutlegg", "quantity", 1, "unitPrice", "450.00",
                                "vatCode", "5"))), Map.class);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = ((Number) draft.getBody().get("id")).longValue();
        // 3 × 1250 = 3750 at 25 % → 937.50; 2 × 99.90 − 10 % = 179.82 at 15 % → 26.97; 450 at 0 %
        assertThat(new BigDecimal(draft.getBody().get("total").toString())).isEqualByComparingTo("5344.29");

        ResponseEntity<Map> sent = clerk().postForEntity("/api/invoices/" + id + "/send", null, Map.class);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(sent.getBody().get("status")).isEqualTo("APPROVED");

        jobs.executeAll();

        Map<String, Object> invoice = clerk().getForObject("/api/invoices/" + id, Map.class);
        assertThat(invoice.get("status")).isEqualTo("POSTED");
        String number = invoice.get("number").toString();
        String kid = (String) invoice.get("kid");
        assertThat(kid).hasSize(13).startsWith(String.format("%05d", customer.getCustomerNumber()))
                .contains(String.format("%07d", Long.parseLong(number)));

        // the e-mail arrived, to the customer's invoice address, with the PDF
        MimeMessage[] received = TestInfrastructure.greenMail().getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("innkjop@kunde.example");
        assertThat(mail.getSubject()).contains(number);
        byte[] pdf = attachment(mail);
        String text = Mails.pdfText(pdf);
        assertThat(text).contains(number).contains(kid)
                .contains("Org.nr. 123 456 785 MVA")
                .contains("3 750,00").contains("937,50")     // 25 % base and VAT
                .contains("179,82").contains("26,97")        // 15 % base and VAT
                .contains("5 344,29");

        // the voucher balances and the open item equals the invoice total
        Voucher voucher = ledger.voucher(((Number) invoice.get("voucherId")).longValue());
        assertThat(voucher.totalDebit()).isEqualByComparingTo(voucher.totalCredit()).isEqualByComparingTo("5344.29");
        assertThat(voucher.getLines()).extracting(VoucherLine::getAccountNumber)
                .containsExactlyInAnyOrder(1500, 3000, 3030, 3100, 2700, 2701);
        assertThat(amountOn(voucher, 2700)).isEqualByComparingTo("937.50");
        assertThat(amountOn(voucher, 2701)).isEqualByComparingTo("26.97");
        OpenItem item = ledger.findOpenItem(id).orElseThrow();
        assertThat(item.getOpenAmount()).isEqualByComparingTo("5344.29");
        assertThat(item.getKid()).isEqualTo(kid);

        // the history tells who did what, and through which channel it went
        List<Map<String, Object>> history = clerk().getForObject("/api/invoices/" + id + "/history", List.class);
        assertThat(history).extracting(e -> e.get("type"))
                .containsSubsequence("DRAFT_CREATED", "APPROVED", "POSTED", "PDF_RENDERED", "DELIVERY_SENT");
        assertThat(history.get(1).get("actor")).isEqualTo("clerk");
        assertThat(history).filteredOn(e -> "DELIVERY_SENT".equals(e.get("type")))
                .singleElement().satisfies(e -> assertThat(e.get("channel")).isEqualTo("EMAIL"));
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }

    private static BigDecimal amountOn(Voucher voucher, int account) {
        return voucher.getLines().stream().filter(l -> l.getAccountNumber() == account)
                .map(l -> l.getCredit().subtract(l.getDebit())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static byte[] attachment(MimeMessage mail) throws Exception {
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if ("application/pdf".equals(part.getContentType().split(";")[0].trim())) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No PDF attached");
    }
}
