package no.fakturaflyt.invoicing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.math.BigDecimal;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.ReductionCause;
import no.fakturaflyt.ledger.ReductionKind;
import no.fakturaflyt.ledger.PostingLine;
import no.fakturaflyt.ledger.VatCode;
import no.fakturaflyt.ledger.Voucher;
import no.fakturaflyt.ledger.VoucherRequest;
import no.fakturaflyt.numbering.NumberSeriesService;
import no.fakturaflyt.numbering.NumberingAtCommit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts an approved invoice or credit note in one transaction: the next number of its series, invoice and due date,
 * KID, a balanced voucher and the open item. Asked again (a retried job), it finds the invoice posted and does
 * nothing, so a retry never numbers or posts twice; a failure rolls the number back with everything else. The
 * lifecycle's posting job numbers last ({@link #postAtCommit}), so the series lock is not held for the engine's work.
 */
@Service
public class InvoicePostingService {

    public static final String SOURCE_INVOICE = "INVOICE";
    public static final String SOURCE_CREDIT_NOTE = "CREDIT_NOTE";

    private final InvoiceRepository invoices;
    private final CompanySettingsService company;
    private final CustomerService customers;
    private final NumberSeriesService numberSeries;
    private final LedgerService ledger;
    private final InvoiceHistory history;
    private final ApplicationEventPublisher events;
    private final OsloClock clock;
    private final NumberingAtCommit numberingAtCommit;

    InvoicePostingService(InvoiceRepository invoices, CompanySettingsService company, CustomerService customers,
            NumberSeriesService numberSeries, LedgerService ledger, InvoiceHistory history,
            ApplicationEventPublisher events, OsloClock clock, NumberingAtCommit numberingAtCommit) {
        this.invoices = invoices;
        this.company = company;
        this.customers = customers;
        this.numberSeries = numberSeries;
        this.ledger = ledger;
        this.history = history;
        this.events = events;
        this.clock = clock;
        this.numberingAtCommit = numberingAtCommit;
    }

    @Transactional
    public Invoice post(long invoiceId) {
        return post(invoiceId, null);
    }

    /** As {@link #post(long)}, remembering the lifecycle instance when a calling process started it. */
    @Transactional
    public Invoice post(long invoiceId, String processInstanceId) {
        Invoice invoice = lockAndAttach(invoiceId, processInstanceId);
        if (invoice.isPosted()) {
            return invoice;
        }
        return numberAndPost(invoice);
    }

    /**
     * As {@link #post(long, String)} for the lifecycle's posting job, with the invoice's number, voucher, open item
     * and history written as the last work of the job's transaction ({@link NumberingAtCommit}), after the engine has
     * written its state: the number series stay locked only for the numbered rows and the commit. The invoice is not
     * numbered yet when this returns; the lifecycle's next step names its process by the number. A credit note is
     * posted at once (it lowers the credited invoice, which may end that invoice's follow-up through the engine).
     */
    @Transactional
    public void postAtCommit(long invoiceId, String processInstanceId) {
        Invoice invoice = lockAndAttach(invoiceId, processInstanceId);
        if (invoice.isPosted()) {
            return;
        }
        if (invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE) {
            numberAndPost(invoice);
            return;
        }
        numberingAtCommit.beforeCommit(() -> numberAndPost(invoice));
    }

    private Invoice lockAndAttach(long invoiceId, String processInstanceId) {
        Invoice invoice = invoices.lockById(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        if (invoice.getProcessInstanceId() == null && processInstanceId != null) {
            invoice.attachProcess(processInstanceId);
        }
        return invoice;
    }

    private Invoice numberAndPost(Invoice invoice) {
        CompanySettings settings = company.current();
        Customer customer = customers.get(invoice.getCustomerId());
        InvoiceTotals totals = InvoiceCalculator.totals(invoice,
                invoice.roundsToWholeKroner(settings.isRoundToWholeKroner()));

        long number = numberSeries.next(invoice.getSeriesCode());
        LocalDate invoiceDate = invoice.getInvoiceDate() != null ? invoice.getInvoiceDate() : clock.today();
        boolean creditNote = invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE;
        int terms = invoice.getPaymentTermsDays() != null ? invoice.getPaymentTermsDays()
                : customer.getPaymentTermsDays() != null ? customer.getPaymentTermsDays()
                : settings.getPaymentTermsDays();
        LocalDate dueDate = creditNote ? invoiceDate : dueDate(invoiceDate, clock.today(), terms);
        String kid = creditNote ? null : KidGenerator.kid(settings, customer.getCustomerNumber(), number);

        Voucher voucher = ledger.post(voucherFor(invoice, number, invoiceDate, customer, totals));
        if (creditNote) {
            BigDecimal toCustomer = ledger.creditInvoice(invoice.getCreditedInvoiceId(), totals.total(),
                    new ReductionCause(ReductionKind.CREDIT_NOTE, invoiceDate, SOURCE_CREDIT_NOTE, invoice.getId()),
                    voucher.getId(), invoice.getApprovedBy());
            if (toCustomer.signum() > 0) {
                history.record(invoice.getCreditedInvoiceId(), "CUSTOMER_CREDIT", InvoiceHistory.SYSTEM, null,
                        "Credit note " + number + " credited " + toCustomer + " more than was open: the customer's "
                                + "credit balance, to be refunded or set off against another invoice");
            }
        } else {
            ledger.openItem(customer.getId(), invoice.getId(), number, kid, invoiceDate, dueDate, totals.total());
        }
        invoice.markPosted(number, invoiceDate, dueDate, kid, customer, totals, voucher.getId(), clock.now());
        history.record(invoice.getId(), "POSTED", InvoiceHistory.SYSTEM, null,
                (creditNote ? "Credit note " : "Invoice ") + number + " posted as voucher " + voucher.getVoucherNumber()
                        + ", total " + totals.total() + (kid != null ? ", KID " + kid : "") + ", due " + dueDate);
        events.publishEvent(new InvoicePosted(invoice.getId(), invoice.getInvoiceType(), number, customer.getId(),
                totals.total(), voucher.getId()));
        return invoice;
    }

    /**
     * Invoice: debit 1500 with the total, credit revenue per account and output VAT per rate, rounding to 7740.
     * Credit note: the same lines on the opposite sides.
     */
    private VoucherRequest voucherFor(Invoice invoice, long number, LocalDate date, Customer customer,
            InvoiceTotals totals) {
        boolean creditNote = invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE;
        String text = (creditNote ? "Kreditnota " : "Faktura ") + number + " " + customer.getName();
        List<PostingLine> lines = new ArrayList<>();
        lines.add(side(!creditNote, LedgerService.RECEIVABLES_ACCOUNT, totals.total(), null, customer.getId(), text));

        Map<Integer, BigDecimal> revenue = new TreeMap<>();
        Map<String, BigDecimal> baseByVatCode = new TreeMap<>();
        for (InvoiceLine line : invoice.getLines()) {
            revenue.merge(line.getRevenueAccount(), line.getNetAmount(), BigDecimal::add);
            baseByVatCode.merge(line.getVatCode(), line.getNetAmount(), BigDecimal::add);
        }
        revenue.forEach((account, amount) -> lines.add(side(creditNote, account, amount, null, null, text)));

        for (InvoiceTotals.VatLine vatLine : totals.vatLines()) {
            if (vatLine.vat().signum() == 0) {
                continue;
            }
            VatCode code = baseByVatCode.keySet().stream().map(ledger::vatCode)
                    .filter(c -> c.getRate().compareTo(vatLine.rate()) == 0 && c.getOutputVatAccount() != null)
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No output VAT account for rate " + vatLine.rate()));
            lines.add(side(creditNote, code.getOutputVatAccount(), vatLine.vat(), code.getCode(), null,
                    text + " MVA " + vatLine.rate().stripTrailingZeros().toPlainString() + " %"));
        }
        if (totals.rounding().signum() != 0) {
            lines.add(side(creditNote, LedgerService.ROUNDING_ACCOUNT, totals.rounding(), null, null, text + " øreavrunding"));
        }
        return new VoucherRequest(date, text, creditNote ? SOURCE_CREDIT_NOTE : SOURCE_INVOICE, invoice.getId(),
                invoice.getApprovedBy(), lines);
    }

    private static PostingLine side(boolean debit, int account, BigDecimal amount, String vatCode, Long customerId,
            String text) {
        return debit ? PostingLine.debit(account, amount, vatCode, customerId, text)
                : PostingLine.credit(account, amount, vatCode, customerId, text);
    }

    /**
     * The invoice date plus the payment terms, but never earlier than the day it is posted and sent plus the terms:
     * a customer always has the full terms from the day the invoice goes out, however far back it is dated (late
     * interest runs from a due date the debtor could meet, forsinkelsesrenteloven § 2; a reminder fee only 14 days
     * after it, inkassoforskriften § 1-2).
     */
    static LocalDate dueDate(LocalDate invoiceDate, LocalDate postedOn, int terms) {
        LocalDate fromInvoiceDate = invoiceDate.plusDays(terms);
        LocalDate fromSending = postedOn.plusDays(terms);
        return fromSending.isAfter(fromInvoiceDate) ? fromSending : fromInvoiceDate;
    }
}
