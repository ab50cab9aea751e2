package no.fakturaflyt.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.ReductionKind;
import no.fakturaflyt.ledger.VatCode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts, "invoice and send", and credit notes. */
@Service
public class InvoiceService {

    /** Late-payment interest and the standard compensation are outside the VAT act (SAF-T code 6). */
    static final String INTEREST_NOTE_VAT_CODE = "6";
    /** What took an invoice down without the customer paying it: never credited back to the customer. */
    private static final java.util.Set<ReductionKind> NOT_PAID_BY_THE_CUSTOMER =
            java.util.EnumSet.of(ReductionKind.WRITE_OFF, ReductionKind.FACTORING);

    private final InvoiceRepository invoices;
    private final CustomerService customers;
    private final LineResolver lineResolver;
    private final LedgerService ledger;
    private final CompanySettingsService company;
    private final InvoiceHistory history;
    private final RuntimeService runtimeService;
    private final OsloClock clock;

    InvoiceService(InvoiceRepository invoices, CustomerService customers, LineResolver lineResolver,
            LedgerService ledger, CompanySettingsService company, InvoiceHistory history,
            RuntimeService runtimeService, OsloClock clock) {
        this.invoices = invoices;
        this.customers = customers;
        this.lineResolver = lineResolver;
        this.ledger = ledger;
        this.company = company;
        this.history = history;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** A draft exists as soon as a customer is chosen; the invoice fee of the settings becomes its first line. */
    @Transactional
    public Invoice createDraft(DraftForm form, String user) {
        CompanySettings settings = company.current();
        Customer customer = customer(form.customerId());
        Invoice invoice = new Invoice(InvoiceType.INVOICE, customer, CompanySettingsService.INVOICE_SERIES, null,
                clock.now(), user);
        List<InvoiceLine> lines = toLines(form.linesOrEmpty());
        if (settings.getInvoiceFee().signum() > 0) {
            lines.add(invoiceFeeLine(lines.size() + 1, settings, customer.getLanguage()));
        }
        invoice.editDraft(form.details(), lines);
        invoice = invoices.save(invoice);
        history.record(invoice.getId(), "DRAFT_CREATED", user, null, "Draft for customer "
                + customer.getCustomerNumber() + " " + customer.getName());
        return invoice;
    }

    /**
     * A draft whose lines are carried over unchanged from another document ({@link CarriedLine}), with the invoice fee
     * given (null: the company's) as its last line. Used by sales to invoice deliveries at the confirmed prices.
     */
    @Transactional
    public Invoice createDraftFromLines(long customerId, DraftDetails details, List<CarriedLine> carried,
            BigDecimal invoiceFee, String user) {
        return createDraftFromLines(customerId, details, carried, invoiceFee, null, null, user);
    }

    /**
     * As above, with the order settings' own payment terms and rounding when they differ from the customer's and the
     * company's (null = the usual).
     */
    @Transactional
    public Invoice createDraftFromLines(long customerId, DraftDetails details, List<CarriedLine> carried,
            BigDecimal invoiceFee, Integer paymentTermsDays, Boolean roundToWholeKroner, String user) {
        CompanySettings settings = company.current();
        Customer customer = customer(customerId);
        Invoice invoice = new Invoice(InvoiceType.INVOICE, customer, CompanySettingsService.INVOICE_SERIES, null,
                clock.now(), user);
        List<InvoiceLine> lines = new ArrayList<>();
        for (CarriedLine line : carried) {
            VatCode vatCode = ledger.vatCode(line.vatCode());
            lines.add(new InvoiceLine(lines.size() + 1, line.productId(), line.description(), line.quantity(),
                    line.unit(), Money.ore(line.unitPrice()), line.discountPercent().setScale(2), vatCode.getCode(),
                    vatCode.getRate(), line.revenueAccount()));
        }
        BigDecimal fee = invoiceFee != null ? invoiceFee : settings.getInvoiceFee();
        if (fee.signum() > 0) {
            InvoiceLine feeLine = invoiceFeeLine(lines.size() + 1, settings, customer.getLanguage());
            lines.add(new InvoiceLine(feeLine.getLineNo(), null, feeLine.getDescription(), BigDecimal.ONE, "stk",
                    Money.ore(fee), feeLine.getDiscountPercent(), feeLine.getVatCode(), feeLine.getVatRate(),
                    feeLine.getRevenueAccount()));
        }
        invoice.editDraft(details, lines);
        invoice.orderTerms(paymentTermsDays, roundToWholeKroner);
        invoice = invoices.save(invoice);
        history.record(invoice.getId(), "DRAFT_CREATED", user, null, "Draft for customer "
                + customer.getCustomerNumber() + " " + customer.getName() + (details.note() == null ? ""
                        : ": " + details.note()));
        return invoice;
    }

    /**
     * A draft interest note (rentenota) for a customer: one line per given line, quantity 1, on VAT code "6" (late
     * interest and the standard compensation are outside the VAT act), no invoice fee. Flagged as an interest note so
     * that paying it late accrues no interest. Sent like any invoice with {@link #send}.
     */
    @Transactional
    public Invoice createInterestNote(long customerId, List<InterestNoteLine> noteLines, String note, String user) {
        if (noteLines == null || noteLines.isEmpty()) {
            throw new InvalidInputException("lines", "An interest note needs at least one line");
        }
        Customer customer = customer(customerId);
        VatCode outsideVat = ledger.vatCode(INTEREST_NOTE_VAT_CODE);
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < noteLines.size(); i++) {
            InterestNoteLine line = noteLines.get(i);
            if (line.amount() == null || line.amount().signum() <= 0 || line.amount().stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("lines[" + i + "].amount",
                        "An interest note line needs a positive amount in øre, not " + line.amount());
            }
            if (!ledger.accountExists(line.revenueAccount())) {
                throw new InvalidInputException("lines[" + i + "].revenueAccount",
                        "Account " + line.revenueAccount() + " is not in the chart of accounts");
            }
            lines.add(new InvoiceLine(i + 1, null, line.description(), BigDecimal.ONE, "stk", Money.ore(line.amount()),
                    BigDecimal.ZERO.setScale(2), outsideVat.getCode(), outsideVat.getRate(), line.revenueAccount()));
        }
        Invoice invoice = Invoice.interestNote(customer, CompanySettingsService.INVOICE_SERIES, clock.now(), user);
        invoice.editDraft(new DraftDetails(null, null, null, null, note), lines);
        invoice = invoices.save(invoice);
        history.record(invoice.getId(), "DRAFT_CREATED", user, null, "Interest note for customer "
                + customer.getCustomerNumber() + " " + customer.getName());
        return invoice;
    }

    /** Saves the whole draft as the clerk sees it: header and every line. */
    @Transactional
    public Invoice updateDraft(long id, DraftForm form, String user) {
        Invoice invoice = get(id);
        invoice.requireDraft("edit");
        if (invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE
                && form.customerId() != invoice.getCustomerId()) {
            throw new InvalidInputException("customerId", "A credit note goes to the customer of the credited invoice");
        }
        if (form.customerId() != invoice.getCustomerId()) {
            invoice.changeCustomer(customer(form.customerId()));
        }
        invoice.editDraft(form.details(), toLines(form.linesOrEmpty()));
        return invoice;
    }

    @Transactional
    public void deleteDraft(long id) {
        Invoice invoice = get(id);
        invoice.requireDraft("delete");
        invoices.delete(invoice);
    }

    /**
     * "Invoice and send": checks the draft, locks it and starts the invoice lifecycle, which posts it (number, KID,
     * voucher), renders the PDF and delivers it. Returns at once; the number follows within moments.
     */
    @Transactional
    public Invoice send(long id, String user) {
        Invoice invoice = approve(id, user, "Invoice and send");
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(InvoiceLifecycle.PROCESS_KEY,
                Map.of(InvoiceLifecycle.INVOICE_ID, invoice.getId(),
                        InvoiceLifecycle.CUSTOMER_NAME, customers.get(invoice.getCustomerId()).getName(),
                        InvoiceLifecycle.APPROVED_BY, user == null ? InvoiceHistory.SYSTEM : user));
        invoice.attachProcess(instance.getId());
        return invoice;
    }

    /**
     * Checks and approves a draft for a process that runs the invoice lifecycle itself, as a call activity (quote to
     * invoice, the collective invoicing run); the same checks as {@link #send}, without starting anything.
     */
    @Transactional
    public Invoice approveForLifecycle(long id, String user) {
        return approve(id, user, "Approved for the invoice lifecycle");
    }

    private Invoice approve(long id, String user, String what) {
        Invoice invoice = invoices.lockById(id).orElseThrow(() -> new NotFoundException("Invoice", id));
        invoice.requireDraft("send");
        if (invoice.getLines().isEmpty()) {
            throw new InvalidInputException("lines", "An invoice needs at least one line before it can be sent",
                    "invoices.noLines");
        }
        CompanySettings settings = company.current();
        InvoiceTotals totals = InvoiceCalculator.totals(invoice,
                invoice.roundsToWholeKroner(settings.isRoundToWholeKroner()));
        if (totals.total().signum() <= 0) {
            throw new InvalidInputException("lines", "The total must be greater than zero, it is " + totals.total(),
                    "invoices.totalNotPositive", totals.total());
        }
        if (invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE) {
            requireCreditWithinUncredited(invoice, totals.total());
        }
        requireValidInvoiceDate(invoice);
        invoice.approve(user, clock.now());
        history.record(invoice.getId(), "APPROVED", user, null, what + ", total " + totals.total());
        return invoice;
    }

    /**
     * A credit note draft for a posted invoice: every line in full, or the given lines with the given quantities.
     */
    @Transactional
    public Invoice createCreditNote(long invoiceId, List<CreditLineForm> creditLines, String reason, String user) {
        Invoice original = get(invoiceId);
        if (original.getInvoiceType() != InvoiceType.INVOICE || !original.isPosted()) {
            throw new ConflictException("Only a posted invoice can be credited; " + original.describe() + " is "
                    + original.getStatus().name().toLowerCase(), "invoices.credit.notPosted");
        }
        Customer customer = customers.get(original.getCustomerId());
        Invoice credit = new Invoice(InvoiceType.CREDIT_NOTE, customer, company.creditNoteSeries(),
                original.getId(), clock.now(), user);
        List<InvoiceLine> lines = new ArrayList<>();
        CreditRemainder remainder = null;
        if (creditLines == null || creditLines.isEmpty()) {
            remainder = new CreditRemainder(original, creditNotesOf(original.getId()),
                    company.current().isRoundToWholeKroner());
            lines = remainder.lines();
            if (lines.isEmpty()) {
                throw new ConflictException("Every line of " + original.describe() + " is credited already",
                        Map.of("field", "lines"), "invoices.credit.allCredited");
            }
        } else {
            // the same limit as the screens' (what is left of each line after the credit notes sent or posted),
            // checked here at the draft and again at send, where another credit note may have been sent meanwhile
            Map<Integer, BigDecimal> left = new CreditRemainder(original, creditNotesOf(original.getId()),
                    company.current().isRoundToWholeKroner()).quantitiesLeft();
            for (int index = 0; index < creditLines.size(); index++) {
                int i = index;
                CreditLineForm form = creditLines.get(i);
                InvoiceLine line = original.getLines().stream().filter(l -> l.getLineNo() == form.lineNo())
                        .findFirst().orElseThrow(() -> new InvalidInputException("lines[" + i + "].lineNo",
                                "Invoice " + original.getInvoiceNumber() + " has no line " + form.lineNo(),
                                "invoices.credit.noSuchLine", original.getInvoiceNumber(), form.lineNo()));
                BigDecimal leftOfLine = left.getOrDefault(line.getLineNo(), BigDecimal.ZERO);
                // no quantity: what is left of the line
                BigDecimal quantity = form.quantity() == null ? leftOfLine : form.quantity();
                if (quantity.compareTo(line.getQuantity()) > 0) {
                    throw new InvalidInputException("lines[" + i + "].quantity", "Cannot credit " + quantity
                            + " when line " + line.getLineNo() + " invoiced " + line.getQuantity(),
                            "invoices.credit.moreThanInvoiced", quantity, line.getLineNo(), line.getQuantity());
                }
                if (quantity.compareTo(leftOfLine) > 0 || leftOfLine.signum() == 0) {
                    throw new InvalidInputException("lines[" + i + "].quantity", "Cannot credit " + quantity
                            + " of line " + line.getLineNo() + ": only " + leftOfLine.stripTrailingZeros()
                            .toPlainString() + " is left to credit", "invoices.credit.moreThanLeft",
                            line.getLineNo(), leftOfLine.stripTrailingZeros().toPlainString());
                }
                lines.add(line.creditOf(lines.size() + 1, quantity));
            }
        }
        String note = "Krediterer faktura " + original.getInvoiceNumber() + (reason == null ? "" : ": " + reason);
        credit.editDraft(new DraftDetails(null, original.getDeliveryDate(), original.getDeliveryPlace(),
                original.getBuyerReference(), note), lines);
        if (remainder != null) {
            credit.fixRemainder(remainder.vatByRate(lines), remainder.rounding());
        }
        credit = invoices.save(credit);
        history.record(original.getId(), "CREDIT_NOTE_CREATED", user, null, "Credit note draft " + credit.getId()
                + (reason == null ? "" : ": " + reason));
        history.record(credit.getId(), "DRAFT_CREATED", user, null, "Credit note for invoice "
                + original.getInvoiceNumber());
        return credit;
    }

    /**
     * What is left to credit of each line of an invoice (line number to quantity), given its credit notes that are
     * sent or posted: what a credit note's send is checked against, so that the screens can refuse more beside the
     * line's field before a draft is made.
     */
    @Transactional(readOnly = true)
    public Map<Integer, BigDecimal> leftToCredit(long invoiceId) {
        Invoice original = get(invoiceId);
        return new CreditRemainder(original, creditNotesOf(invoiceId), company.current().isRoundToWholeKroner())
                .quantitiesLeft();
    }

    /** A posted invoice by the number printed on it (the invoice series). */
    @Transactional(readOnly = true)
    public java.util.Optional<Invoice> findInvoiceByNumber(long invoiceNumber) {
        return invoices.findBySeriesCodeAndInvoiceNumber(CompanySettingsService.INVOICE_SERIES, invoiceNumber);
    }

    @Transactional(readOnly = true)
    public Invoice get(long id) {
        return invoices.findById(id).orElseThrow(() -> new NotFoundException("Invoice", id));
    }

    @Transactional(readOnly = true)
    public List<Invoice> list(InvoiceStatus status) {
        return status == null ? invoices.findAllByOrderByIdDesc() : invoices.findByStatusOrderByIdDesc(status);
    }

    /** The totals as they stand: as posted for a posted invoice, computed with today's settings for a draft. */
    @Transactional(readOnly = true)
    public InvoiceTotals totals(Invoice invoice) {
        if (invoice.isPosted()) {
            InvoiceTotals computed = InvoiceCalculator.totals(invoice, false);
            return new InvoiceTotals(invoice.getNetTotal(), computed.vatLines(), invoice.getVatTotal(),
                    invoice.getRounding(), invoice.getTotal());
        }
        boolean round = invoice.roundsToWholeKroner(
                company.find().map(CompanySettings::isRoundToWholeKroner).orElse(false));
        return InvoiceCalculator.totals(invoice, round);
    }

    /** A chosen invoice date: not in the future, not before the latest invoice already posted in the series. */
    private void requireValidInvoiceDate(Invoice invoice) {
        LocalDate date = invoice.getInvoiceDate();
        if (date == null) {
            return;
        }
        if (date.isAfter(clock.today())) {
            throw new InvalidInputException("invoiceDate", "The invoice date " + date + " is in the future; today is "
                    + clock.today(), "invoices.dateInFuture", date, clock.today());
        }
        ledger.requireOpenPeriod(date);
        invoices.findTopBySeriesCodeAndInvoiceNumberNotNullOrderByInvoiceNumberDesc(invoice.getSeriesCode())
                .filter(latest -> latest.getInvoiceDate().isAfter(date))
                .ifPresent(latest -> {
                    throw new InvalidInputException("invoiceDate", "The invoice date " + date + " is before "
                            + latest.getInvoiceDate() + ", the date of " + latest.describe()
                            + ", already posted in the same series: numbers and dates must run together",
                            "invoices.dateBeforePosted", date, latest.getInvoiceDate(), latest.getInvoiceNumber());
                });
    }

    /**
     * A credit note may credit what has not been credited of the invoice yet, paid or not: the invoice's total less
     * every credit note posted or on its way to posting, and less what was written off as a loss or sold to the
     * factoring company (the customer paid us nothing of that, so crediting it cannot give them a credit). What it
     * credits beyond what is open becomes the customer's credit when it is posted. The credited invoice is locked, so
     * that two credit notes approved at the same time cannot both take the same rest.
     */
    private void requireCreditWithinUncredited(Invoice credit, BigDecimal creditTotal) {
        Invoice original = invoices.lockById(credit.getCreditedInvoiceId())
                .orElseThrow(() -> new NotFoundException("Invoice", credit.getCreditedInvoiceId()));
        BigDecimal credited = creditNotesOf(original.getId()).stream()
                .map(other -> other.isPosted() ? other.getTotal()
                        : InvoiceCalculator.totals(other, false).total())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal available = original.getTotal().subtract(credited)
                .subtract(ledger.reducedBy(original.getId(), NOT_PAID_BY_THE_CUSTOMER));
        if (creditTotal.compareTo(available) > 0) {
            throw new ConflictException("The credit note of " + creditTotal + " exceeds what has not yet been "
                    + "credited of invoice " + original.getInvoiceNumber() + " (" + Money.ore(available) + " of "
                    + original.getTotal() + ")", Map.of("field", "lines", "uncredited", Money.ore(available)),
                    "invoices.credit.exceedsUncredited", creditTotal, original.getInvoiceNumber(), Money.ore(available),
                    original.getTotal());
        }
    }

    /** The credit notes of an invoice that are posted or on their way to posting (drafts do not count). */
    private List<Invoice> creditNotesOf(long invoiceId) {
        return invoices.findByCreditedInvoiceIdAndStatusNot(invoiceId, InvoiceStatus.DRAFT);
    }

    private Customer customer(Long id) {
        try {
            return customers.get(id);
        } catch (NotFoundException e) {
            throw new InvalidInputException("customerId", "Customer " + id + " does not exist", "invoices.noSuchCustomer", id);
        }
    }

    private List<InvoiceLine> toLines(List<DraftForm.LineForm> forms) {
        List<LineResolver.ResolvedLine> resolved = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            DraftForm.LineForm form = forms.get(i);
            resolved.add(lineResolver.resolve(i, form.productId(), form.description(), form.quantity(), form.unit(),
                    form.unitPrice(), form.discountPercent(), form.vatCode()));
        }
        LineResolver.requireTotalFits(resolved);
        return new ArrayList<>(resolved.stream().map(line -> new InvoiceLine(line.lineNo(), line.productId(),
                line.description(), line.quantity(), line.unit(), line.unitPrice(), line.discountPercent(),
                line.vatCode(), line.vatRate(), line.revenueAccount())).toList());
    }

    private InvoiceLine invoiceFeeLine(int lineNo, CompanySettings settings, String language) {
        VatCode vatCode = ledger.vatCode(settings.isVatRegistered() ? "3" : "6");
        return new InvoiceLine(lineNo, null, "en".equals(language) ? "Invoice fee" : "Fakturagebyr", BigDecimal.ONE,
                "stk", settings.getInvoiceFee(), BigDecimal.ZERO.setScale(2), vatCode.getCode(), vatCode.getRate(),
                3900);
    }

}
