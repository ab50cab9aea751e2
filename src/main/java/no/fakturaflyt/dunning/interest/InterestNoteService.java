package no.fakturaflyt.dunning.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.dunning.DebtorType;
import no.fakturaflyt.dunning.FollowUpSettingsService;
import no.fakturaflyt.dunning.LateInterestCalculator;
import no.fakturaflyt.dunning.NoFigureException;
import no.fakturaflyt.dunning.StandardCompensation;
import no.fakturaflyt.invoicing.InterestNoteLine;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.OpenItemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interest notes (rentenota): a customer's unbilled late interest is summed across its late-paid invoices; once the
 * sum reaches the threshold of the follow-up settings, a clerk turns it into one invoice, with one interest line per
 * late-paid invoice and, for a business, the standard compensation once per late-paid invoice.
 */
@Service
public class InterestNoteService {

    static final int INTEREST_ACCOUNT = 8055;
    static final int COMPENSATION_ACCOUNT = 3900;

    private final InterestAccrualRepository accruals;
    private final LatePaymentCompensationRepository compensations;
    private final CustomerService customers;
    private final InvoiceService invoices;
    private final LedgerService ledger;
    private final LateInterestCalculator calculator;
    private final FollowUpSettingsService settings;
    private final OsloClock clock;
    private final InvoiceHistory history;

    InterestNoteService(InterestAccrualRepository accruals, LatePaymentCompensationRepository compensations,
            CustomerService customers, InvoiceService invoices, LedgerService ledger, LateInterestCalculator calculator,
            FollowUpSettingsService settings, OsloClock clock, InvoiceHistory history) {
        this.history = history;
        this.accruals = accruals;
        this.compensations = compensations;
        this.customers = customers;
        this.invoices = invoices;
        this.ledger = ledger;
        this.calculator = calculator;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every customer with unbilled interest: its sum, the threshold, and whether an interest note is due. */
    @Transactional(readOnly = true)
    public List<CustomerInterest> unbilled() {
        BigDecimal threshold = settings.current().getInterestNoteThreshold();
        Map<Long, List<InterestAccrual>> byCustomer = new LinkedHashMap<>();
        for (InterestAccrual accrual
                : accruals.findByBilledInvoiceIdIsNullOrderByCustomerIdAscInvoiceNumberAscFromDateAsc()) {
            byCustomer.computeIfAbsent(accrual.getCustomerId(), id -> new ArrayList<>()).add(accrual);
        }
        return byCustomer.entrySet().stream().map(entry -> {
            BigDecimal sum = sum(entry.getValue());
            return new CustomerInterest(entry.getKey(), customers.get(entry.getKey()).getName(), sum, threshold,
                    sum.compareTo(threshold) >= 0, entry.getValue());
        }).toList();
    }

    /**
     * Bills the customer's unbilled interest as an interest note and sends it (the invoice lifecycle posts, renders
     * and delivers it). 409 when there is nothing to bill or the sum is below the threshold.
     */
    @Transactional
    public BilledNote bill(long customerId, String user) {
        Customer customer = customers.get(customerId);
        List<InterestAccrual> open = accruals.lockUnbilledOf(customerId);
        BigDecimal threshold = settings.current().getInterestNoteThreshold();
        BigDecimal sum = sum(open);
        if (open.isEmpty()) {
            throw new ConflictException("Customer " + customer.getCustomerNumber() + " has no unbilled late interest",
                    Map.of("sum", sum, "threshold", threshold));
        }
        if (sum.compareTo(threshold) < 0) {
            throw new ConflictException("The unbilled late interest of customer " + customer.getCustomerNumber()
                    + " is " + sum + ", below the interest-note threshold " + threshold,
                    Map.of("sum", sum, "threshold", threshold));
        }
        InterestNoteTexts texts = new InterestNoteTexts(customer.getLanguage());
        List<InterestNoteLine> lines = new ArrayList<>();
        List<Compensation> claimed = new ArrayList<>();
        for (List<InterestAccrual> ofInvoice : byInvoice(open).values()) {
            InterestAccrual first = ofInvoice.get(0);
            LocalDate from = ofInvoice.stream().map(InterestAccrual::getFromDate).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = ofInvoice.stream().map(InterestAccrual::getToDate).max(LocalDate::compareTo).orElseThrow();
            lines.add(new InterestNoteLine(texts.interestLine(first.getInvoiceNumber(), from, to), sum(ofInvoice),
                    INTEREST_ACCOUNT));
            if (customer.getCustomerType() == CustomerType.BUSINESS
                    && !compensations.existsByInvoiceId(first.getInvoiceId())) {
                StandardCompensation compensation = compensation(first, user);
                if (compensation == null) {
                    continue;
                }
                claimed.add(new Compensation(first.getInvoiceId(), compensation));
                if (compensation.amount().signum() > 0) {
                    lines.add(new InterestNoteLine(texts.compensationLine(first.getInvoiceNumber()),
                            compensation.amount(), COMPENSATION_ACCOUNT));
                }
            }
        }
        Invoice note = invoices.createInterestNote(customerId, lines, texts.note(), user);
        open.forEach(accrual -> accrual.billed(note.getId(), clock.now()));
        for (Compensation c : claimed) {
            compensations.save(new LatePaymentCompensation(c.invoiceId(), customerId, note.getId(),
                    c.compensation().amount(), String.join("; ", c.compensation().reasons()), clock.now()));
        }
        Invoice sent = invoices.send(note.getId(), user);
        return new BilledNote(sent, sum, claimed.stream().map(c -> c.compensation().amount())
                .reduce(Money.ZERO, BigDecimal::add), List.copyOf(open));
    }

    /**
     * The § 3a figure of the half-year the invoice fell due in, less the reminder fees claimed on it; null when that
     * half-year's figure is not known yet: the interest is billed now, the compensation is left unclaimed
     * (never guessed) and the invoice's history says so.
     */
    private StandardCompensation compensation(InterestAccrual accrual, String user) {
        List<BigDecimal> fees = ledger.itemsConcerning(accrual.getInvoiceId()).stream()
                .filter(item -> item.getItemType() == OpenItemType.REMINDER_FEE)
                .map(OpenItem::getOriginalAmount).toList();
        try {
            return calculator.standardCompensation(DebtorType.BUSINESS, accrual.getDueDate(), fees);
        } catch (NoFigureException e) {
            history.record(accrual.getInvoiceId(), "COMPENSATION_NOT_BILLED", user, null, "The standard compensation"
                    + " (forsinkelsesrenteloven § 3a) for invoice " + accrual.getInvoiceNumber() + ", due "
                    + accrual.getDueDate() + ", is left out of the interest note: " + e.getMessage()
                    + "; an admin adds the figure (POST /api/legal-rates) to claim it");
            return null;
        }
    }

    private static Map<Long, List<InterestAccrual>> byInvoice(List<InterestAccrual> accruals) {
        Map<Long, List<InterestAccrual>> byInvoice = new LinkedHashMap<>();
        accruals.forEach(a -> byInvoice.computeIfAbsent(a.getInvoiceId(), id -> new ArrayList<>()).add(a));
        return byInvoice;
    }

    private static BigDecimal sum(List<InterestAccrual> accruals) {
        return accruals.stream().map(InterestAccrual::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    private record Compensation(long invoiceId, StandardCompensation compensation) {
    }

    /** A customer's unbilled interest; {@code ready} once {@code sum} reaches {@code threshold}. */
    public record CustomerInterest(long customerId, String customerName, BigDecimal sum, BigDecimal threshold, boolean ready,
            List<InterestAccrual> accruals) {
    }

    /** The interest note as sent (APPROVED, posted moments later), what it billed and the accruals it closed. */
    record BilledNote(Invoice invoice, BigDecimal interest, BigDecimal compensation, List<InterestAccrual> accruals) {
    }
}
