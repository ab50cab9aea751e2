package no.fakturaflyt.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.ledger.VoucherLine;
import no.fakturaflyt.numbering.NumberSeriesService;
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

/** Credit notes through the REST API, as a clerk issues them: full, partial, too much, and of a draft. */
@FakturaflytTest
class CreditNoteTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired LedgerService ledger;
    @Autowired NumberSeriesService numberSeries;



    @Test
    @SuppressWarnings("unchecked")
    void aFullCreditNoteMirrorsTheInvoiceAndClosesItsOpenItem() throws Exception {
        Customer customer = data.business("kreditt@kunde.example");
        Product consulting = data.product("3", "1250.00");   // 25 %
        Product food = data.product("31", "99.90");          // 15 %
        Map<String, Object> invoice = postedInvoice(customer, List.of(
                Map.of("productId", consulting.getId(), "quantity", 3),
                Map.of("productId", food.getId(), "quantity", 2),
                Map.of("description", "Reiseutlegg", "quantity", 1, "unitPrice", "450.00", "vatCode", "5")));
        long invoiceId = id(invoice);
        long invoiceNumber = number(invoice);
        // 3750 + 937.50 + 199.80 + 29.97 + 450
        assertThat(amount(invoice, "total")).isEqualByComparingTo("5367.27");

        ResponseEntity<Map> draft = clerk().postForEntity("/api/invoices/" + invoiceId + "/credit-notes", null,
                Map.class);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long creditId = id(draft.getBody());
        assertThat(draft.getBody().get("type")).isEqualTo("CREDIT_NOTE");
        assertThat(draft.getBody().get("status")).isEqualTo("DRAFT");
        assertThat(amount(draft.getBody(), "total")).isEqualByComparingTo("5367.27");

        ResponseEntity<Map> sent = clerk().postForEntity("/api/invoices/" + creditId + "/send", null, Map.class);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();

        Map<String, Object> credit = clerk().getForObject("/api/invoices/" + creditId, Map.class);
        assertThat(credit.get("status")).isEqualTo("POSTED");
        assertThat(credit.get("type")).isEqualTo("CREDIT_NOTE");
        assertThat(((Number) credit.get("creditedInvoiceId")).longValue()).isEqualTo(invoiceId);
        // the test company numbers credit notes in the invoice series: the credit note is next in line
        assertThat(number(credit)).isEqualTo(invoiceNumber + 1);
        assertThat(credit.get("kid")).isNull();

        // the credit note's voucher is the invoice's voucher with debit and credit swapped
        Voucher invoiceVoucher = ledger.voucher(((Number) invoice.get("voucherId")).longValue());
        Voucher creditVoucher = ledger.voucher(((Number) credit.get("voucherId")).longValue());
        assertThat(creditVoucher.getSourceType()).isEqualTo(InvoicePostingService.SOURCE_CREDIT_NOTE);
        assertThat(creditVoucher.totalDebit()).isEqualByComparingTo(creditVoucher.totalCredit())
                .isEqualByComparingTo("5367.27");
        assertThat(creditVoucher.getLines()).extracting(CreditNoteTest::sides)
                .containsExactlyInAnyOrderElementsOf(invoiceVoucher.getLines().stream()
                        .map(CreditNoteTest::swappedSides).toList());
        assertThat(creditVoucher.getLines()).filteredOn(l -> l.getAccountNumber() == LedgerService.RECEIVABLES_ACCOUNT)
                .singleElement().satisfies(l -> {
                    assertThat(l.getCredit()).isEqualByComparingTo("5367.27");
                    assertThat(l.getCustomerId()).isEqualTo(customer.getId());
                });

        assertThat(ledger.findOpenItem(invoiceId).orElseThrow().getOpenAmount()).isEqualByComparingTo("0.00");

        // the customer got the credit note as kreditnota-<n>.pdf, naming the credited invoice
        List<MimeMessage> mails = mailsTo("kreditt@kunde.example");
        assertThat(mails).hasSize(2);
        String fileName = "kreditnota-" + number(credit) + ".pdf";
        MimeMessage creditMail = mails.stream().filter(mail -> pdfName(mail).equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("No e-mail with " + fileName));
        assertThat(creditMail.getSubject()).isEqualTo("Kreditnota " + number(credit) + " fra Testfirma AS");
        String text = pdfText(creditMail);
        assertThat(text).contains("Kreditnota").contains(String.valueOf(number(credit)))
                .contains("Krediterer faktura nr.").contains(String.valueOf(invoiceNumber))
                .contains("5 367,27");

        List<Map<String, Object>> history = clerk().getForObject("/api/invoices/" + invoiceId + "/history",
                List.class);
        assertThat(history).extracting(e -> e.get("type")).contains("CREDIT_NOTE_CREATED");
    }

    @Test
    void aPartialCreditReducesTheOpenItemByExactlyTheCreditedLine() {
        Customer customer = data.business("delvis@kunde.example");
        Product consulting = data.product("3", "1250.00");   // 25 %
        Product food = data.product("31", "99.90");          // 15 %
        Map<String, Object> invoice = postedInvoice(customer, List.of(
                Map.of("productId", consulting.getId(), "quantity", 3),
                Map.of("productId", food.getId(), "quantity", 2)));
        long invoiceId = id(invoice);
        BigDecimal openBefore = ledger.findOpenItem(invoiceId).orElseThrow().getOpenAmount();
        assertThat(openBefore).isEqualByComparingTo(amount(invoice, "total"));

        Map<String, Object> credit = sendCredit(invoiceId, Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1)),
                "reason", "Én time for mye"));

        assertThat(credit.get("status")).isEqualTo("POSTED");
        // one hour of line 1: 1250.00 net + 25 % VAT 312.50
        BigDecimal lineNet = new BigDecimal("1250.00");
        BigDecimal lineVat = lineNet.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.HALF_UP);
        assertThat(amount(credit, "netTotal")).isEqualByComparingTo(lineNet);
        assertThat(amount(credit, "total")).isEqualByComparingTo("1562.50");
        assertThat(ledger.findOpenItem(invoiceId).orElseThrow().getOpenAmount())
                .isEqualByComparingTo(openBefore.subtract(lineNet).subtract(lineVat));
        assertThat((String) credit.get("note")).contains(String.valueOf(number(invoice))).contains("Én time for mye");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCreditNoteForMoreThanIsLeftToCreditIsRefused() {
        Customer customer = data.business("for-mye@kunde.example");
        Product consulting = data.product("3", "1000.00");
        Map<String, Object> invoice = postedInvoice(customer, List.of(
                Map.of("productId", consulting.getId(), "quantity", 3)));
        long invoiceId = id(invoice);
        sendCredit(invoiceId, Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1))));
        BigDecimal open = ledger.findOpenItem(invoiceId).orElseThrow().getOpenAmount();
        assertThat(open).isEqualByComparingTo("2500.00");

        long nextNumber = numberSeries.peekNext(CompanySettingsService.INVOICE_SERIES);

        // 3 invoiced, 1 credited: 2 left of line 1; refused at the draft, as the screen refuses it beside the line
        ResponseEntity<Map> full = clerk().postForEntity("/api/invoices/" + invoiceId + "/credit-notes",
                Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 3))), Map.class);

        assertThat(full.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(full.getBody()).containsEntry("field", "lines[0].quantity");
        assertThat((String) full.getBody().get("detail")).contains("Cannot credit 3 of line 1")
                .contains("only 2 is left to credit");
        List<Map<String, Object>> all = clerk().getForObject("/api/invoices", List.class);
        assertThat(all).as("no draft written: only the sent credit note credits the invoice")
                .filteredOn(i -> i.get("creditedInvoiceId") instanceof Number n && n.longValue() == invoiceId)
                .hasSize(1);
        assertThat(ledger.findOpenItem(invoiceId).orElseThrow().getOpenAmount()).isEqualByComparingTo("2500.00");
        assertThat(numberSeries.peekNext(CompanySettingsService.INVOICE_SERIES)).isEqualTo(nextNumber);
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutABodyAfterAPartialCreditTheDraftCreditsWhatIsLeft() {
        Customer customer = data.business("resten@kunde.example");
        Product consulting = data.product("3", "1000.00");   // 25 %
        Product food = data.product("31", "99.90");          // 15 %
        Map<String, Object> invoice = postedInvoice(customer, List.of(
                Map.of("productId", consulting.getId(), "quantity", 3),
                Map.of("productId", food.getId(), "quantity", 2)));
        long invoiceId = id(invoice);
        // 3000 + 750 + 199.80 + 29.97
        assertThat(amount(invoice, "total")).isEqualByComparingTo("3979.77");
        sendCredit(invoiceId, Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1))));   // 1 250.00

        ResponseEntity<Map> rest = clerk().postForEntity("/api/invoices/" + invoiceId + "/credit-notes", null,
                Map.class);

        assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<Map<String, Object>> lines = (List<Map<String, Object>>) rest.getBody().get("lines");
        assertThat(lines).extracting(l -> new BigDecimal(l.get("quantity").toString()).stripTrailingZeros()
                .toPlainString()).containsExactly("2", "2");
        // 2000 + 500 + 199.80 + 29.97 = 3979.77 - 1250.00
        assertThat(amount(rest.getBody(), "total")).isEqualByComparingTo("2729.77");
        long restId = id(rest.getBody());
        assertThat(clerk().postForEntity("/api/invoices/" + restId + "/send", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();
        assertThat(ledger.findOpenItem(invoiceId).orElseThrow().getOpenAmount()).isEqualByComparingTo("0.00");

        ResponseEntity<Map> nothingLeft = clerk().postForEntity("/api/invoices/" + invoiceId + "/credit-notes", null,
                Map.class);
        assertThat(nothingLeft.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) nothingLeft.getBody().get("detail")).contains("credited already");
    }

    /**
     * Issue 16: each partial credit rounds its own lines' net and its own VAT per rate, so the quantities left, priced
     * again, can come to more than is left; the credit of what is left credits exactly what is left and is sent.
     *
     * <pre>
     * invoice    line 1: 3 x 3.34 at 25 %                  net 10.02   VAT 25 % of 10.02 = 2.505 -> 2.51
     *            line 2: 3 x 10.00 less 33.33 % at 15 %    net 30.00 x 0.6667 = 20.001 -> 20.00   VAT 3.00
     *            total 30.02 + 5.51 = 35.53
     * credit A   1 of line 1: net 3.34, VAT 0.835 -> 0.84; 1 of line 2: net 6.667 -> 6.67, VAT 1.0005 -> 1.00
     *            total 10.01 + 1.84 = 11.85
     * credit B   the same again: 11.85; both 23.70
     * left       net 10.02 - 6.68 = 3.34 and 20.00 - 13.34 = 6.66; VAT 2.51 - 1.68 = 0.83 and 3.00 - 2.00 = 1.00
     *            total 35.53 - 23.70 = 11.83
     * </pre>
     * Priced again, the 1 + 1 left come to 3.34 + 6.67 net and 0.84 + 1.00 VAT = 11.85, two øre more than is left
     * (the send was refused with 409 before).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theCreditOfWhatIsLeftAfterRoundedPartialCreditsCreditsExactlyWhatIsLeft() {
        Customer customer = data.business("avrunding@kunde.example");
        Product product = data.product("3", "3.34");   // 25 %
        Map<String, Object> invoice = postedInvoice(customer, List.of(
                Map.of("productId", product.getId(), "quantity", 3),
                Map.of("description", "Kaffe", "quantity", 3, "unitPrice", "10.00", "discountPercent", "33.33",
                        "vatCode", "31")));
        long invoiceId = id(invoice);
        assertThat(amount(invoice, "total")).isEqualByComparingTo("35.53");
        Map<String, Object> partial = Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1),
                Map.of("lineNo", 2, "quantity", 1)));
        Map<String, Object> creditA = sendCredit(invoiceId, partial);
        Map<String, Object> creditB = sendCredit(invoiceId, partial);
        assertThat(amount(creditA, "total")).isEqualByComparingTo("11.85");
        assertThat(amount(creditB, "total")).isEqualByComparingTo("11.85");

        ResponseEntity<Map> draft = clerk().postForEntity("/api/invoices/" + invoiceId + "/credit-notes", null,
                Map.class);

        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<Map<String, Object>> lines = (List<Map<String, Object>>) draft.getBody().get("lines");
        assertThat(lines).extracting(l -> plain(new BigDecimal(l.get("netAmount").toString())))
                .containsExactly("3.34", "6.66");
        assertThat(vatByRate(draft.getBody())).containsExactlyInAnyOrderEntriesOf(Map.of("25", "0.83", "15", "1.00"));
        assertThat(amount(draft.getBody(), "total")).isEqualByComparingTo("11.83");
        long restId = id(draft.getBody());
        assertThat(clerk().postForEntity("/api/invoices/" + restId + "/send", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();
        Map<String, Object> rest = clerk().getForObject("/api/invoices/" + restId, Map.class);
        assertThat(rest.get("status")).isEqualTo("POSTED");
        assertThat(amount(rest, "total")).isEqualByComparingTo("11.83");
        assertThat(vatByRate(rest)).containsExactlyInAnyOrderEntriesOf(Map.of("25", "0.83", "15", "1.00"));
        assertThat(ledger.findOpenItem(invoiceId).orElseThrow().getOpenAmount()).isEqualByComparingTo("0.00");

        // the three credit notes together: the invoice's net and VAT per rate, to the øre
        List<Map<String, Object>> credits = List.of(creditA, creditB, rest);
        assertThat(sum(credits, "netTotal")).isEqualByComparingTo(amount(invoice, "netTotal"))
                .isEqualByComparingTo("30.02");
        assertThat(sum(credits, "vatTotal")).isEqualByComparingTo(amount(invoice, "vatTotal"))
                .isEqualByComparingTo("5.51");
        assertThat(sum(credits, "total")).isEqualByComparingTo("35.53");
        Map<String, BigDecimal> creditedVat = new java.util.TreeMap<>();
        credits.forEach(c -> vatByRate(c).forEach((rate, vat) -> creditedVat.merge(rate, new BigDecimal(vat),
                BigDecimal::add)));
        assertThat(creditedVat).hasSize(2).allSatisfy((rate, vat) -> assertThat(vat)
                .isEqualByComparingTo(vatByRate(invoice).get(rate)));
        // and in the ledger: every account the invoice's voucher touched is back where it was
        Map<Integer, BigDecimal> balance = new java.util.TreeMap<>();
        for (Map<String, Object> posted : List.of(invoice, creditA, creditB, rest)) {
            ledger.voucher(((Number) posted.get("voucherId")).longValue()).getLines().forEach(line -> balance.merge(
                    line.getAccountNumber(), line.getDebit().subtract(line.getCredit()), BigDecimal::add));
        }
        assertThat(balance).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy((account, amount) -> assertThat(amount).as("account " + account).isEqualByComparingTo("0"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void creditNotesOnTheirWayToPostingCountAgainstWhatIsOpen() {
        Customer customer = data.business("ventende@kunde.example");
        Product consulting = data.product("3", "1000.00");
        Map<String, Object> invoice = postedInvoice(customer, List.of(
                Map.of("productId", consulting.getId(), "quantity", 2)));
        long invoiceId = id(invoice);

        // two drafts while nothing is credited yet; the first is sent but not yet posted (its job has not run)
        ResponseEntity<Map> first = clerk().postForEntity("/api/invoices/" + invoiceId + "/credit-notes",
                Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 2))), Map.class);
        ResponseEntity<Map> second = clerk().postForEntity("/api/invoices/" + invoiceId + "/credit-notes",
                Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1))), Map.class);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> firstSent = clerk().postForEntity("/api/invoices/" + id(first.getBody()) + "/send", null,
                Map.class);
        assertThat(firstSent.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        // the send checks again: the first now counts against what is left
        ResponseEntity<Map> secondSent = clerk().postForEntity("/api/invoices/" + id(second.getBody()) + "/send",
                null, Map.class);

        assertThat(secondSent.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) secondSent.getBody().get("detail")).contains("exceeds what has not yet been credited");

        jobs.executeAll();
        assertThat(clerk().getForObject("/api/invoices/" + id(first.getBody()), Map.class).get("status"))
                .isEqualTo("POSTED");
        assertThat(ledger.findOpenItem(invoiceId).orElseThrow().getOpenAmount()).isEqualByComparingTo("0.00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftCannotBeCredited() {
        Customer customer = data.business("utkast@kunde.example");
        Product product = data.product("3", "100.00");
        ResponseEntity<Map> draft = clerk().postForEntity("/api/invoices", Map.of("customerId", customer.getId(),
                "lines", List.of(Map.of("productId", product.getId(), "quantity", 1))), Map.class);
        long draftId = id(draft.getBody());

        ResponseEntity<Map> credit = clerk().postForEntity("/api/invoices/" + draftId + "/credit-notes", null,
                Map.class);

        assertThat(credit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) credit.getBody().get("detail")).contains("Only a posted invoice can be credited")
                .contains("draft");
        List<Map<String, Object>> all = clerk().getForObject("/api/invoices", List.class);
        assertThat(all).noneMatch(i -> i.get("creditedInvoiceId") != null
                && ((Number) i.get("creditedInvoiceId")).longValue() == draftId);
    }

    /** Creates, sends and posts an invoice through the API; returns it as the API shows it once posted. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> postedInvoice(Customer customer, List<Map<String, Object>> lines) {
        ResponseEntity<Map> draft = clerk().postForEntity("/api/invoices", Map.of("customerId", customer.getId(),
                "lines", lines), Map.class);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = id(draft.getBody());
        assertThat(clerk().postForEntity("/api/invoices/" + id + "/send", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();
        Map<String, Object> invoice = clerk().getForObject("/api/invoices/" + id, Map.class);
        assertThat(invoice.get("status")).isEqualTo("POSTED");
        return invoice;
    }

    /** Drafts a credit note with the given request body, sends it and runs its jobs; returns it as posted. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> sendCredit(long invoiceId, Map<String, Object> request) {
        ResponseEntity<Map> draft = clerk().postForEntity("/api/invoices/" + invoiceId + "/credit-notes", request,
                Map.class);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = id(draft.getBody());
        ResponseEntity<Map> sent = clerk().postForEntity("/api/invoices/" + id + "/send", null, Map.class);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();
        return clerk().getForObject("/api/invoices/" + id, Map.class);
    }

    private TestRestTemplate clerk() {
        return rest.withBasicAuth("clerk", "clerk");
    }

    private static long id(Map<?, ?> invoice) {
        return ((Number) invoice.get("id")).longValue();
    }

    private static long number(Map<?, ?> invoice) {
        return ((Number) invoice.get("number")).longValue();
    }

    private static BigDecimal amount(Map<?, ?> invoice, String field) {
        return new BigDecimal(invoice.get(field).toString());
    }

    private static BigDecimal sum(List<Map<String, Object>> invoices, String field) {
        return invoices.stream().map(i -> amount(i, field)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The invoice's VAT per rate as the API shows it: rate ("25") to VAT ("0.83"). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> vatByRate(Map<String, Object> invoice) {
        Map<String, String> byRate = new java.util.TreeMap<>();
        ((List<Map<String, Object>>) invoice.get("vatLines")).forEach(v -> byRate.put(
                new BigDecimal(v.get("rate").toString()).stripTrailingZeros().toPlainString(),
                plain(new BigDecimal(v.get("vat").toString()))));
        return byRate;
    }

    private static String sides(VoucherLine line) {
        return line.getAccountNumber() + " D " + plain(line.getDebit()) + " C " + plain(line.getCredit());
    }

    private static String swappedSides(VoucherLine line) {
        return line.getAccountNumber() + " D " + plain(line.getCredit()) + " C " + plain(line.getDebit());
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages()).filter(mail -> {
            try {
                Address[] to = mail.getRecipients(Message.RecipientType.TO);
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static Part pdfPart(MimeMessage mail) {
        try {
            Multipart multipart = (Multipart) mail.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part part = multipart.getBodyPart(i);
                if ("application/pdf".equals(part.getContentType().split(";")[0].trim())) {
                    return part;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("No PDF attached");
    }

    private static String pdfName(MimeMessage mail) {
        try {
            return pdfPart(mail).getFileName();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(MimeMessage mail) throws Exception {
        byte[] pdf = pdfPart(mail).getInputStream().readAllBytes();
        return Mails.pdfText(pdf);
    }
}
