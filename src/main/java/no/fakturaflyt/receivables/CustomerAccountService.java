package no.fakturaflyt.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.CreditMovement;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.OpenItemReduction;
import no.fakturaflyt.ledger.OpenItemType;
import no.fakturaflyt.ledger.ReductionKind;
import no.fakturaflyt.payment.Payment;
import no.fakturaflyt.payment.PaymentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells one customer's account as it stood at the end of a day, from dated facts only: an item counts from its own
 * date, a reduction from the day it was paid, credited or written off, a payment from the day it was paid. What is
 * open now ({@code open_item.open_amount}) is never used, so any past day gives the same answer tomorrow.
 */
@Service
class CustomerAccountService {

    /** Same day: what raises the balance before what lowers it. */
    private static final List<String> SAME_DAY_ORDER = List.of("INVOICE", "REMINDER_FEE", "CREDIT_NOTE", "PAYMENT",
            "WRITE_OFF", "FACTORING", "CREDIT_BALANCE", "SET_OFF", "REFUND");

    private final CustomerService customers;
    private final LedgerService ledger;
    private final PaymentService payments;
    private final InvoiceService invoices;

    CustomerAccountService(CustomerService customers, LedgerService ledger, PaymentService payments,
            InvoiceService invoices) {
        this.customers = customers;
        this.ledger = ledger;
        this.payments = payments;
        this.invoices = invoices;
    }

    @Transactional(readOnly = true)
    public CustomerAccount account(long customerId, LocalDate asOf) {
        Customer customer = customers.get(customerId);
        List<OpenItem> items = ledger.openItemsOf(customerId).stream()
                .filter(item -> !item.getInvoiceDate().isAfter(asOf))
                .sorted(Comparator.comparing(OpenItem::getInvoiceDate).thenComparing(OpenItem::getId))
                .toList();
        Set<Long> itemIds = items.stream().map(OpenItem::getId).collect(Collectors.toSet());
        Map<Long, List<OpenItemReduction>> reductions = ledger.reductionsOf(customerId).stream()
                .filter(r -> !r.getReducedOn().isAfter(asOf) && itemIds.contains(r.getOpenItemId()))
                .collect(Collectors.groupingBy(OpenItemReduction::getOpenItemId, LinkedHashMap::new,
                        Collectors.toList()));
        List<Payment> paid = payments.paymentsOfCustomer(customerId).stream()
                .filter(p -> !p.getPaidOn().isAfter(asOf)).toList();

        List<CustomerAccount.Item> lines = items.stream()
                .map(item -> line(item, reductions.getOrDefault(item.getId(), List.of()), asOf)).toList();
        BigDecimal balance = lines.stream().map(CustomerAccount.Item::openAmount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal allocated = reductions.values().stream().flatMap(List::stream)
                .filter(r -> r.getKind() == ReductionKind.PAYMENT).map(OpenItemReduction::getAmount)
                .reduce(Money.ZERO, BigDecimal::add);
        List<CreditMovement> moved = ledger.creditMovementsOf(customerId).stream()
                .filter(m -> !m.getMovedOn().isAfter(asOf)).toList();
        // paid by then beyond what had gone to items by then (an allocation to a fee claimed later counts from then),
        // credited beyond what was open, less what was refunded or set off
        BigDecimal credit = paid.stream().map(Payment::getAmount).reduce(Money.ZERO, BigDecimal::add)
                .subtract(allocated)
                .add(moved.stream().map(CreditMovement::getAmount).reduce(Money.ZERO, BigDecimal::add));
        Map<Long, Long> numberOfInvoice = new HashMap<>();
        items.forEach(item -> numberOfInvoice.put(item.getConcernsInvoiceId(), item.getInvoiceNumber()));
        java.util.function.LongUnaryOperator numberOf = id -> numberOfInvoice.computeIfAbsent(id,
                unknown -> invoices.get(unknown).getInvoiceNumber());
        return new CustomerAccount(customer.getId(), customer.getCustomerNumber(), customer.getName(), asOf, balance,
                credit, balance.subtract(credit), lines, movements(items, reductions, paid, moved, numberOf),
                CreditItems.of(paid, reductions.values().stream().flatMap(List::stream).toList(), moved, numberOf));
    }

    private static CustomerAccount.Item line(OpenItem item, List<OpenItemReduction> reductions, LocalDate asOf) {
        Map<ReductionKind, BigDecimal> byKind = new HashMap<>();
        for (OpenItemReduction reduction : reductions) {
            byKind.merge(reduction.getKind(), reduction.getAmount(), BigDecimal::add);
        }
        BigDecimal reduced = byKind.values().stream().reduce(Money.ZERO, BigDecimal::add);
        BigDecimal open = item.getOriginalAmount().subtract(reduced);
        boolean isOpen = open.signum() > 0;
        long daysOverdue = isOpen ? Math.max(0, ChronoUnit.DAYS.between(item.getDueDate(), asOf)) : 0;
        LocalDate closedOn = isOpen ? null : reductions.stream().map(OpenItemReduction::getReducedOn)
                .max(Comparator.naturalOrder()).orElse(item.getInvoiceDate());
        return new CustomerAccount.Item(item.getId(), item.getItemType().name(), item.getInvoiceNumber(),
                item.getReference(), item.getInvoiceDate(), item.getDueDate(), item.getOriginalAmount(),
                byKind.getOrDefault(ReductionKind.PAYMENT, Money.ZERO),
                byKind.getOrDefault(ReductionKind.CREDIT_NOTE, Money.ZERO),
                byKind.getOrDefault(ReductionKind.WRITE_OFF, Money.ZERO),
                byKind.getOrDefault(ReductionKind.FACTORING, Money.ZERO),
                byKind.getOrDefault(ReductionKind.SET_OFF, Money.ZERO), open, daysOverdue,
                isOpen ? CustomerAccount.Status.OPEN : CustomerAccount.Status.CLOSED, closedOn,
                reductions.stream().map(r -> new CustomerAccount.Reduction(r.getReducedOn(), r.getKind().name(),
                        r.getAmount(), r.getSourceId())).toList());
    }

    /**
     * The statement: each item as a debit, each payment (in full, its excess included) and each credit note,
     * write-off or sale as a credit, by date; the running balance ends at the account's net.
     */
    private List<CustomerAccount.Movement> movements(List<OpenItem> items,
            Map<Long, List<OpenItemReduction>> reductions, List<Payment> paid, List<CreditMovement> moved,
            java.util.function.LongUnaryOperator numberOf) {
        Map<Long, OpenItem> itemById = items.stream().collect(Collectors.toMap(OpenItem::getId, i -> i));

        List<Unposted> lines = new ArrayList<>();
        for (OpenItem item : items) {
            boolean fee = item.getItemType() == OpenItemType.REMINDER_FEE;
            lines.add(new Unposted(item.getInvoiceDate(), fee ? "REMINDER_FEE" : "INVOICE",
                    fee ? "Fee (" + item.getReference() + ") on invoice " + item.getInvoiceNumber()
                            : "Invoice " + item.getInvoiceNumber(),
                    item.getInvoiceNumber(), item.getOriginalAmount(), Money.ZERO));
        }
        for (Payment payment : paid) {
            long number = numberOf.applyAsLong(payment.getInvoiceId());
            lines.add(new Unposted(payment.getPaidOn(), "PAYMENT", "Payment on invoice " + number
                    + (payment.getReference() == null ? "" : " (" + payment.getReference() + ")"), number,
                    Money.ZERO, payment.getAmount()));
        }
        // one line per credit note, write-off or sale, however many items it took down
        Map<String, Unposted> grouped = new LinkedHashMap<>();
        reductions.values().stream().flatMap(List::stream)
                .filter(r -> r.getKind() != ReductionKind.PAYMENT && r.getKind() != ReductionKind.SET_OFF)
                .sorted(Comparator.comparing(OpenItemReduction::getReducedOn).thenComparing(OpenItemReduction::getId))
                .forEach(r -> {
                    OpenItem item = itemById.get(r.getOpenItemId());
                    grouped.merge(r.getKind() + "/" + r.getSourceId() + "/" + r.getReducedOn(),
                            new Unposted(r.getReducedOn(), r.getKind().name(), reductionText(r, item),
                                    item.getInvoiceNumber(), Money.ZERO, r.getAmount()),
                            (a, b) -> a.plusCredit(b.credit()));
                });
        lines.addAll(grouped.values());
        moved.forEach(m -> lines.add(creditLine(m, numberOf)));

        lines.sort(Comparator.comparing(Unposted::date)
                .thenComparing(line -> SAME_DAY_ORDER.indexOf(line.type())));
        BigDecimal running = Money.ZERO;
        List<CustomerAccount.Movement> movements = new ArrayList<>();
        for (Unposted line : lines) {
            running = running.add(line.debit()).subtract(line.credit());
            movements.add(new CustomerAccount.Movement(line.date(), line.type(), line.text(), line.invoiceNumber(),
                    line.debit(), line.credit(), running));
        }
        return movements;
    }

    /**
     * A credit note's rest lowers what the customer owes (credit); a refund raises it again (debit); a set-off moves
     * credit to an invoice, so it is both and leaves the running balance as it was.
     */
    private static Unposted creditLine(CreditMovement m, java.util.function.LongUnaryOperator numberOf) {
        long number = m.getInvoiceId() == null ? 0 : numberOf.applyAsLong(m.getInvoiceId());
        BigDecimal amount = m.getAmount().abs();
        return switch (m.getKind()) {
            case CREDIT_NOTE -> new Unposted(m.getMovedOn(), "CREDIT_BALANCE", "Credit note "
                    + numberOf.applyAsLong(m.getSourceId()) + " beyond what was open on invoice " + number
                    + ": the customer's credit", number, Money.ZERO, amount);
            case REFUND -> new Unposted(m.getMovedOn(), "REFUND", "Credit balance refunded to account "
                    + m.getBankAccount(), 0, amount, Money.ZERO);
            case SET_OFF -> new Unposted(m.getMovedOn(), "SET_OFF", "Credit balance set off against invoice " + number,
                    number, amount, amount);
        };
    }

    private String reductionText(OpenItemReduction reduction, OpenItem item) {
        return switch (reduction.getKind()) {
            case CREDIT_NOTE -> "Credit note " + invoices.get(reduction.getSourceId()).getInvoiceNumber()
                    + " on invoice " + item.getInvoiceNumber();
            case WRITE_OFF -> "Written off as a loss: invoice " + item.getInvoiceNumber();
            case FACTORING -> "Sold to the factoring company: invoice " + item.getInvoiceNumber();
            case SET_OFF -> "Credit balance set off against invoice " + item.getInvoiceNumber();
            case PAYMENT -> "Payment on invoice " + item.getInvoiceNumber();
        };
    }

    /** A statement line before its running balance is known. */
    private record Unposted(LocalDate date, String type, String text, long invoiceNumber, BigDecimal debit,
            BigDecimal credit) {

        Unposted plusCredit(BigDecimal more) {
            return new Unposted(date, type, text, invoiceNumber, debit, credit.add(more));
        }
    }
}
