package no.fakturaflyt.sales;

import java.util.List;
import java.util.stream.Collectors;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.invoicing.InvoiceTotals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A quote or an order as a few lines of plain text, shown in a disabled field of the clerk's forms in Tasklist. */
@Component
class SalesSummaries {

    private final SalesService sales;
    private final CustomerService customers;

    SalesSummaries(SalesService sales, CustomerService customers) {
        this.sales = sales;
        this.customers = customers;
    }

    @Transactional(readOnly = true)
    String quote(long quoteId) {
        Quote quote = sales.quote(quoteId);
        return "Quote " + (quote.getQuoteNumber() == null ? "(not numbered yet)" : quote.getQuoteNumber()) + " to "
                + customers.get(quote.getCustomerId()).getName() + ", valid until " + quote.getValidUntil() + "\n\n"
                + lines(quote.getLines()) + "\n\n" + totals(sales.totals(quote));
    }

    @Transactional(readOnly = true)
    String order(long orderId) {
        SalesOrder order = sales.order(orderId);
        return "Order " + (order.getOrderNumber() == null ? "(not confirmed yet)" : order.getOrderNumber()) + " for "
                + customers.get(order.getCustomerId()).getName() + ", " + order.getStatus().name().toLowerCase()
                .replace('_', ' ') + "\n\n" + lines(order.getLines()) + "\n\n" + totals(sales.totals(order));
    }

    @Transactional(readOnly = true)
    String changes(long orderId) {
        List<OrderChange> changes = sales.changes(orderId);
        return changes.isEmpty() ? "None: the order is as quoted." : changes.stream()
                .map(c -> "line " + c.getLineNo() + " " + c.getChangeType().name().toLowerCase().replace('_', ' ')
                        + ": " + (c.getOldValue() == null ? "" : c.getOldValue() + " -> ")
                        + (c.getNewValue() == null ? "" : c.getNewValue()) + " (" + c.getChangedBy() + ")")
                .collect(Collectors.joining("\n"));
    }

    String customerName(Quote quote) {
        return customers.get(quote.getCustomerId()).getName();
    }

    private static String lines(List<? extends SalesLine> lines) {
        return lines.stream().map(l -> "- line " + l.getLineNo() + ": " + l.getDescription() + ", "
                + l.getQuantity().stripTrailingZeros().toPlainString() + " " + l.getUnit() + " x "
                + l.getUnitPrice() + " = " + l.getNetAmount() + " (VAT " + l.getVatRate().stripTrailingZeros()
                .toPlainString() + " %)").collect(Collectors.joining("\n"));
    }

    private static String totals(InvoiceTotals totals) {
        return "Net " + totals.netTotal() + ", VAT " + totals.vatTotal() + ", total " + totals.total() + " NOK";
    }
}
