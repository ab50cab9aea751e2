package no.fakturaflyt.dunning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Invoices with past due dates and a clock that jumps from day to day, running whatever fell due. */
class FollowUpTestSupport {

    private final TestData data;
    private final Jobs jobs;
    private final InvoiceService invoices;
    private final RuntimeService runtime;

    FollowUpTestSupport(TestData data, Jobs jobs, InvoiceService invoices, RuntimeService runtime) {
        this.data = data;
        this.jobs = jobs;
        this.invoices = invoices;
        this.runtime = runtime;
    }

    /** A customer reached by e-mail, so every reminder lands in GreenMail. */
    Customer customer(CustomerType type, String email) {
        return data.customer(type, email, List.of(ChannelType.EMAIL));
    }

    /** Sends an invoice of 1 250.00 (1 000.00 + 25 % VAT) on the day 14 days before {@code dueDate}. */
    Invoice invoiceDue(LocalDate dueDate, Customer customer) {
        return invoiceDue(dueDate, customer, "1000.00");
    }

    /** As {@link #invoiceDue(LocalDate, Customer)}, for one product at this price before 25 % VAT. */
    Invoice invoiceDue(LocalDate dueDate, Customer customer, String price) {
        at(dueDate.minusDays(14));
        Invoice draft = data.draft(customer, data.product("3", price), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        return invoices.get(draft.getId());
    }

    /** Moves the engine clock to 08:00 in Oslo on {@code day} and runs every job due by then. */
    void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(8, 0)).atZone(OsloClock.OSLO).toInstant()));
        jobs.executeAll();
    }

    ProcessInstance followUpOf(long invoiceId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PaymentFollowUp.PROCESS_KEY)
                .variableValueEquals(PaymentFollowUp.INVOICE_ID, invoiceId).singleResult();
    }
}
