package no.fakturaflyt.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.invoicing.InvoiceTotals;

/** What the REST API shows of quotes, orders and deliveries: the entity with its totals. */
final class SalesViews {

    private SalesViews() {
    }

    record QuoteView(long id, Long number, long customerId, QuoteStatus status, LocalDate quoteDate,
            LocalDate validUntil, String terms, String note, String declineReason, List<QuoteLine> lines,
            List<InvoiceTotals.VatLine> vatLines, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal rounding,
            BigDecimal total, String processInstanceId) {

        static QuoteView of(Quote q, InvoiceTotals t) {
            return new QuoteView(q.getId(), q.getQuoteNumber(), q.getCustomerId(), q.getStatus(), q.getQuoteDate(),
                    q.getValidUntil(), q.getTerms(), q.getNote(), q.getDeclineReason(), q.getLines(), t.vatLines(),
                    t.netTotal(), t.vatTotal(), t.rounding(), t.total(), q.getProcessInstanceId());
        }
    }

    record OrderView(long id, Long number, long customerId, Long quoteId, OrderStatus status, LocalDate orderDate,
            String note, boolean collectiveInvoicing, List<OrderLine> lines, List<InvoiceTotals.VatLine> vatLines,
            BigDecimal netTotal, BigDecimal vatTotal, BigDecimal rounding, BigDecimal total,
            List<OrderChange> changes, List<Delivery> deliveries, String processInstanceId) {

        static OrderView of(SalesOrder o, InvoiceTotals t, List<OrderChange> changes, List<Delivery> deliveries) {
            return new OrderView(o.getId(), o.getOrderNumber(), o.getCustomerId(), o.getQuoteId(), o.getStatus(),
                    o.getOrderDate(), o.getNote(), o.isCollectiveInvoicing(), o.getLines(), t.vatLines(),
                    t.netTotal(), t.vatTotal(), t.rounding(), t.total(), changes, deliveries,
                    o.getProcessInstanceId());
        }
    }
}
