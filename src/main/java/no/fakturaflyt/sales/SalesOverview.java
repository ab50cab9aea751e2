package no.fakturaflyt.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceType;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.product.ProductService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the clerk reads about sales: the order list (quotes, orders and invoices with status and totals), a customer's
 * register (everything sold to them, how the confirmed orders differ from the quotes, how often their quotes are
 * accepted) and the hit rates per customer and product. Computed from the documents themselves, so it cannot drift.
 */
@Service
class SalesOverview {

    /** What a row of the order list is. */
    enum EntryType { QUOTE, ORDER, INVOICE }

    private final QuoteRepository quotes;
    private final SalesOrderRepository orders;
    private final SalesService sales;
    private final InvoiceService invoices;
    private final CustomerService customers;
    private final ProductService products;

    SalesOverview(QuoteRepository quotes, SalesOrderRepository orders, SalesService sales, InvoiceService invoices,
            CustomerService customers, ProductService products) {
        this.quotes = quotes;
        this.orders = orders;
        this.sales = sales;
        this.invoices = invoices;
        this.customers = customers;
        this.products = products;
    }

    /** The order list, newest first, filtered by type, customer, status (e.g. SENT, CONFIRMED, POSTED) and date. */
    @Transactional(readOnly = true)
    List<Entry> list(EntryType type, Long customerId, String status, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "The period ends (" + to + ") before it starts (" + from + ")",
                    "sales.periodReversed", to.toString(), from.toString());
        }
        Map<Long, String> names = new HashMap<>();
        Function<Long, String> name = id -> names.computeIfAbsent(id, c -> customers.get(c).getName());
        List<Entry> entries = new ArrayList<>();
        if (type == null || type == EntryType.QUOTE) {
            (customerId == null ? quotes.findAllByOrderByIdDesc() : quotes.findByCustomerIdOrderByIdDesc(customerId))
                    .forEach(q -> entries.add(entry(q, name.apply(q.getCustomerId()))));
        }
        if (type == null || type == EntryType.ORDER) {
            (customerId == null ? orders.findAllByOrderByIdDesc() : orders.findByCustomerIdOrderByIdDesc(customerId))
                    .forEach(o -> entries.add(entry(o, name.apply(o.getCustomerId()))));
        }
        if (type == null || type == EntryType.INVOICE) {
            invoices.list(null).stream()
                    .filter(i -> i.getInvoiceType() == InvoiceType.INVOICE)
                    .filter(i -> customerId == null || i.getCustomerId() == customerId)
                    .forEach(i -> entries.add(entry(i, name.apply(i.getCustomerId()))));
        }
        return entries.stream()
                .filter(e -> status == null || status.isBlank() || e.status().equalsIgnoreCase(status.trim()))
                .filter(e -> from == null || !e.date().isBefore(from))
                .filter(e -> to == null || !e.date().isAfter(to))
                .sorted(Comparator.comparing(Entry::date).reversed().thenComparing(Entry::type))
                .toList();
    }

    /** A customer's register: every quote, order and invoice, the quote-vs-order differences and the hit rate. */
    @Transactional(readOnly = true)
    CustomerSales customerSales(long customerId) {
        Customer customer = customers.get(customerId);
        List<Quote> customerQuotes = quotes.findByCustomerIdOrderByIdDesc(customerId);
        List<SalesOrder> customerOrders = orders.findByCustomerIdOrderByIdDesc(customerId);
        List<QuoteOrderDifference> differences = customerOrders.stream()
                .filter(o -> o.getQuoteId() != null)
                .map(o -> difference(sales.quote(o.getQuoteId()), o))
                .toList();
        return new CustomerSales(customerId, customer.getCustomerNumber(), customer.getName(),
                customerQuotes.stream().map(q -> entry(q, customer.getName())).toList(),
                customerOrders.stream().map(o -> entry(o, customer.getName())).toList(),
                list(EntryType.INVOICE, customerId, null, null, null),
                differences, HitRate.of(customerQuotes));
    }

    /** Hit rates (accepted / sent quotes) per customer and per product (the sent quotes with a line of it). */
    @Transactional(readOnly = true)
    HitRates hitRates() {
        List<Quote> all = quotes.findAllByOrderByIdDesc().stream().filter(Quote::isSent).toList();
        Map<Long, List<Quote>> byCustomer = all.stream().collect(Collectors.groupingBy(Quote::getCustomerId,
                LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<Quote>> byProduct = new LinkedHashMap<>();
        for (Quote quote : all) {
            quote.getLines().stream().map(SalesLine::getProductId).filter(Objects::nonNull).distinct()
                    .forEach(p -> byProduct.computeIfAbsent(p, k -> new ArrayList<>()).add(quote));
        }
        List<CustomerHitRate> perCustomer = byCustomer.entrySet().stream().map(e -> {
            Customer c = customers.get(e.getKey());
            return new CustomerHitRate(c.getId(), c.getCustomerNumber(), c.getName(), HitRate.of(e.getValue()));
        }).toList();
        List<ProductHitRate> perProduct = byProduct.entrySet().stream().map(e -> {
            Product p = products.get(e.getKey());
            return new ProductHitRate(p.getId(), p.getName(), HitRate.of(e.getValue()));
        }).toList();
        return new HitRates(perCustomer, perProduct);
    }

    private QuoteOrderDifference difference(Quote quote, SalesOrder order) {
        BigDecimal quoted = sales.totals(quote).total();
        BigDecimal confirmed = sales.totals(order).total();
        return new QuoteOrderDifference(quote.getId(), quote.getQuoteNumber(), order.getId(), order.getOrderNumber(),
                order.getStatus(), quoted, confirmed, confirmed.subtract(quoted),
                LineDifference.between(quote.getLines().stream().map(SalesLine::values).toList(),
                        order.getLines().stream().map(SalesLine::values).toList()),
                sales.changes(order.getId()));
    }

    private Entry entry(Quote q, String customerName) {
        var totals = sales.totals(q);
        return new Entry(EntryType.QUOTE, q.getId(), q.getQuoteNumber(), q.getCustomerId(), customerName,
                q.getQuoteDate() != null ? q.getQuoteDate() : date(q.getCreatedAt()), q.getStatus().name(),
                totals.netTotal(), totals.total());
    }

    private Entry entry(SalesOrder o, String customerName) {
        var totals = sales.totals(o);
        return new Entry(EntryType.ORDER, o.getId(), o.getOrderNumber(), o.getCustomerId(), customerName,
                o.getOrderDate() != null ? o.getOrderDate() : date(o.getCreatedAt()), o.getStatus().name(),
                totals.netTotal(), totals.total());
    }

    private Entry entry(Invoice i, String customerName) {
        var totals = invoices.totals(i);
        return new Entry(EntryType.INVOICE, i.getId(), i.getInvoiceNumber(), i.getCustomerId(), customerName,
                i.getInvoiceDate() != null ? i.getInvoiceDate() : date(i.getCreatedAt()), i.getStatus().name(),
                totals.netTotal(), totals.total());
    }

    private static LocalDate date(java.time.Instant instant) {
        return instant.atZone(OsloClock.OSLO).toLocalDate();
    }

    /** A row of the order list. */
    record Entry(EntryType type, long id, Long number, long customerId, String customerName, LocalDate date,
            String status, BigDecimal netTotal, BigDecimal total) {
    }

    /** How an order confirmation differs from the quote it was made from. */
    record QuoteOrderDifference(long quoteId, Long quoteNumber, long orderId, Long orderNumber, OrderStatus orderStatus,
            BigDecimal quotedTotal, BigDecimal confirmedTotal, BigDecimal difference, List<LineDifference> linesChanged,
            List<OrderChange> recordedChanges) {
    }

    /** Accepted of sent quotes; percent is null when none was sent. */
    record HitRate(long sent, long accepted, BigDecimal percent) {

        static HitRate of(List<Quote> quotes) {
            long sent = quotes.stream().filter(Quote::isSent).count();
            long accepted = quotes.stream().filter(q -> q.getStatus() == QuoteStatus.ACCEPTED).count();
            return new HitRate(sent, accepted, sent == 0 ? null : BigDecimal.valueOf(accepted * 100)
                    .divide(BigDecimal.valueOf(sent), 1, RoundingMode.HALF_UP));
        }
    }

    record CustomerSales(long customerId, long customerNumber, String customerName, List<Entry> quotes,
            List<Entry> orders, List<Entry> invoices, List<QuoteOrderDifference> differences, HitRate hitRate) {
    }

    record CustomerHitRate(long customerId, long customerNumber, String customerName, HitRate hitRate) {
    }

    record ProductHitRate(long productId, String productName, HitRate hitRate) {
    }

    record HitRates(List<CustomerHitRate> customers, List<ProductHitRate> products) {
    }
}
