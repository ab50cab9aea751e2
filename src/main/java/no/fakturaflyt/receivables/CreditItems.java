package no.fakturaflyt.receivables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.ledger.CreditMovement;
import no.fakturaflyt.ledger.OpenItemReduction;
import no.fakturaflyt.ledger.ReductionKind;
import no.fakturaflyt.payment.Payment;

/**
 * How a customer's credit balance came about as of a day: each payment's part beyond the items it went to by then,
 * each credit note's part beyond what was open, each refund and set-off, by date, with the running balance.
 */
final class CreditItems {

    private CreditItems() {
    }

    /**
     * @param reductions the reductions of the account's items dated by then (a payment's allocations among them)
     * @param numberOf   an invoice's number from its id
     */
    static List<CustomerAccount.CreditItem> of(List<Payment> paid, List<OpenItemReduction> reductions,
            List<CreditMovement> moved, LongUnaryOperator numberOf) {
        Map<Long, BigDecimal> allocatedByPayment = reductions.stream()
                .filter(r -> r.getKind() == ReductionKind.PAYMENT)
                .collect(Collectors.groupingBy(OpenItemReduction::getSourceId,
                        Collectors.reducing(Money.ZERO, OpenItemReduction::getAmount, BigDecimal::add)));
        List<CustomerAccount.CreditItem> unposted = new ArrayList<>();
        for (Payment payment : paid) {
            BigDecimal beyond = payment.getAmount().subtract(allocatedByPayment.getOrDefault(payment.getId(),
                    Money.ZERO));
            if (beyond.signum() != 0) {
                long number = numberOf.applyAsLong(payment.getInvoiceId());
                unposted.add(new CustomerAccount.CreditItem(payment.getPaidOn(), "OVERPAYMENT", "Paid beyond invoice "
                        + number, number, beyond, null, payment.getId()));
            }
        }
        for (CreditMovement m : moved) {
            long number = m.getInvoiceId() == null ? 0 : numberOf.applyAsLong(m.getInvoiceId());
            String text = switch (m.getKind()) {
                case CREDIT_NOTE -> "Credit note " + numberOf.applyAsLong(m.getSourceId())
                        + " credited beyond what was open on invoice " + number;
                case REFUND -> "Refunded to account " + m.getBankAccount()
                        + (m.getReference() == null ? "" : " (" + m.getReference() + ")");
                case SET_OFF -> "Set off against invoice " + number;
            };
            unposted.add(new CustomerAccount.CreditItem(m.getMovedOn(), m.getKind().name(), text, number,
                    m.getAmount(), null, m.getSourceId()));
        }
        // same day: what raises the credit before what uses it
        unposted.sort(Comparator.comparing(CustomerAccount.CreditItem::date)
                .thenComparing(item -> item.amount().signum() < 0));
        BigDecimal running = Money.ZERO;
        List<CustomerAccount.CreditItem> items = new ArrayList<>();
        for (CustomerAccount.CreditItem item : unposted) {
            running = running.add(item.amount());
            items.add(new CustomerAccount.CreditItem(item.date(), item.type(), item.text(), item.invoiceNumber(),
                    item.amount(), running, item.sourceId()));
        }
        return items;
    }
}
