package no.fakturaflyt.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenAmountByDueDate;
import no.fakturaflyt.ledger.ReductionKind;
import no.fakturaflyt.payment.PaymentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aging across all customers on a day, from a handful of aggregate queries (open amounts per customer and due
 * date, payments per customer, what of them went to items), however many items there are.
 */
@Service
class AgingService {

    private final LedgerService ledger;
    private final PaymentService payments;
    private final CustomerService customers;

    AgingService(LedgerService ledger, PaymentService payments, CustomerService customers) {
        this.ledger = ledger;
        this.payments = payments;
        this.customers = customers;
    }

    @Transactional(readOnly = true)
    public AgingReport aging(LocalDate asOf) {
        Map<Long, AgingTally> tallies = new TreeMap<>();
        for (OpenAmountByDueDate open : ledger.openAmountsByDueDate(asOf)) {
            tallies.computeIfAbsent(open.customerId(), id -> new AgingTally())
                    .add(ChronoUnit.DAYS.between(open.dueDate(), asOf), open.openAmount());
        }
        // the credit as of the day: paid by then, less what of it had gone to items existing by then
        // and what credit notes credited beyond what was open, less refunds and set-offs, by then
        Map<Long, BigDecimal> allocated = ledger.reducedPerCustomer(ReductionKind.PAYMENT, asOf);
        Map<Long, BigDecimal> credits = new TreeMap<>(ledger.creditMovedPerCustomer(asOf));
        payments.paidPerCustomer(asOf).forEach((customerId, paid) -> credits.merge(customerId,
                paid.subtract(allocated.getOrDefault(customerId, Money.ZERO)), BigDecimal::add));
        credits.forEach((customerId, credit) -> {
            if (credit.signum() != 0) {
                tallies.computeIfAbsent(customerId, id -> new AgingTally()).addCredit(credit);
            }
        });

        Map<Long, Customer> byId = customers.list().stream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
        List<AgingReport.Row> rows = new ArrayList<>();
        AgingTally total = new AgingTally();
        tallies.forEach((customerId, tally) -> {
            AgingReport.Buckets amounts = tally.buckets();
            Customer customer = byId.get(customerId);
            rows.add(new AgingReport.Row(customerId, customer == null ? 0 : customer.getCustomerNumber(),
                    customer == null ? null : customer.getName(), amounts));
            total.addAll(amounts);
        });
        rows.sort(Comparator.comparing((AgingReport.Row row) -> row.amounts().overdue()).reversed()
                .thenComparing(AgingReport.Row::customerNumber));
        return new AgingReport(asOf, rows, total.buckets());
    }
}
