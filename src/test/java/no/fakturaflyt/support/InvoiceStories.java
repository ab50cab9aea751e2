package no.fakturaflyt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.payment.bankfile.OcrFileBuilder;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * An invoice's life as its users live it through the API, for the tests that read it back (the auditor's trail and
 * system log): the clerk sends it and records payments, the follow-up reminds, a bank file pays, an admin changes
 * an instance.
 */
@TestComponent
public class InvoiceStories {

    private final TestData data;
    private final Jobs jobs;
    private final InvoiceService invoices;
    private final LedgerService ledger;
    private final TestRestTemplate rest;
    private final RuntimeService runtime;
    private final IdentityService identity;

    InvoiceStories(TestData data, Jobs jobs, InvoiceService invoices, LedgerService ledger, TestRestTemplate rest,
            RuntimeService runtime, IdentityService identity) {
        this.data = data;
        this.jobs = jobs;
        this.invoices = invoices;
        this.ledger = ledger;
        this.rest = rest;
        this.runtime = runtime;
        this.identity = identity;
    }

    /** A business's invoice of {@code netPrice} + 25 % VAT, sent by the clerk through the API and delivered. */
    public Invoice sentByClerk(String email, String netPrice) {
        Invoice draft = data.draft(data.business(email), data.product("3", netPrice), 1);
        return send(draft);
    }

    /** A payment the clerk records through the API, paid today. */
    public void paidByClerk(long invoiceId, String amount, String reference) {
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/api/invoices/" + invoiceId + "/payments",
                Map.of("amount", amount, "paidOn", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
                        OsloClock.OSLO).toString(), "reference", reference), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    /** An admin sets a variable on the invoice's lifecycle instance (an entry of the engine's op log); its id. */
    public String adminSetsVariable(Invoice invoice, String name, String value) {
        String instanceId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("invoice-" + invoices.get(invoice.getId()).getInvoiceNumber())
                .list().get(0).getId();
        identity.setAuthentication("admin", List.of("admins"));
        try {
            runtime.setVariable(instanceId, name, value);
        } finally {
            identity.clearAuthentication();
        }
        return instanceId;
    }

    /**
     * An invoice of 1 250.00 to a business reached by e-mail, due {@code due}: sent by the clerk 14 days before, two
     * reminders from the follow-up (14 days after due and when the first one's deadline has passed, 38.00 each at
     * the 2026 cap), 500.00 paid by an OCR Giro file the clerk uploads, then the rest (invoice and fees) recorded by
     * the clerk, which closes the follow-up. The engine clock is left on the last day.
     */
    public Invoice remindedTwiceThenPaidByOcrAndInFull(String email, LocalDate due) {
        at(due.minusDays(14));
        Invoice invoice = send(data.draft(data.customer(CustomerType.BUSINESS, email, List.of(ChannelType.EMAIL)),
                data.product("3", "1000.00"), 1));
        at(due.plusDays(4));
        at(due.plusDays(14));       // the first reminder, pay by 14 days later
        at(due.plusDays(32));       // its deadline passed: the second reminder
        at(due.plusDays(34));
        byte[] ocr = new OcrFileBuilder("3" + invoice.getId()).assignment()
                .payment(10, due.plusDays(33), 50_000, invoice.getKid(), "8" + invoice.getId(), "98765432106")
                .endAssignment().build();
        Map<String, Object> report = upload("ocr-" + invoice.getInvoiceNumber() + ".txt", ocr);
        assertThat(report).as("the bank file's report").containsEntry("partlyPaid", 1);
        jobs.executeAll();
        at(due.plusDays(36));
        BigDecimal owed = ledger.itemsConcerning(invoice.getId()).stream().map(i -> i.getOpenAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        paidByClerk(invoice.getId(), owed.toPlainString(), "Resten");
        jobs.executeAll();
        return invoices.get(invoice.getId());
    }

    private Invoice send(Invoice draft) {
        assertThat(rest.withBasicAuth("clerk", "clerk").postForEntity("/api/invoices/" + draft.getId() + "/send",
                null, Map.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        jobs.executeAll();
        return invoices.get(draft.getId());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> upload(String name, byte[] content) {
        return rest.withBasicAuth("clerk", "clerk").postForEntity("/api/bank-files", Uploads.file(name, content),
                Map.class).getBody();
    }

    /** 08:00 in Oslo on {@code day}, every job due by then run. */
    private void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(8, 0)).atZone(OsloClock.OSLO).toInstant()));
        jobs.executeAll();
    }
}
