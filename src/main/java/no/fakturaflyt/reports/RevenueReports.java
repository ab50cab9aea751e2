package no.fakturaflyt.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceLine;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceStatus;
import no.fakturaflyt.invoicing.InvoiceType;
import no.fakturaflyt.product.Product;
import no.fakturaflyt.product.ProductService;
import no.fakturaflyt.reports.RevenueReport.CountyRevenue;
import no.fakturaflyt.reports.RevenueReport.CustomerRevenue;
import no.fakturaflyt.reports.RevenueReport.MunicipalityRevenue;
import no.fakturaflyt.reports.RevenueReport.ProductRevenue;
import no.fakturaflyt.reports.RevenueReport.QuoteHitRate;
import no.fakturaflyt.sales.Quote;
import no.fakturaflyt.sales.QuoteStatus;
import no.fakturaflyt.sales.SalesService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the reports from the posted documents through the owning modules' public services. */
@Service
class RevenueReports {

    static final String UNKNOWN = "?";
    static final String NO_PRODUCT = "-";

    private final InvoiceService invoices;
    private final CustomerService customers;
    private final ProductService products;
    private final SalesService sales;
    private final PostalRegister register;

    RevenueReports(InvoiceService invoices, CustomerService customers, ProductService products, SalesService sales,
            PostalRegister register) {
        this.invoices = invoices;
        this.customers = customers;
        this.products = products;
        this.sales = sales;
        this.register = register;
    }

    @Transactional(readOnly = true)
    public RevenueReport report(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "The period ends (" + to + ") before it starts (" + from + ")",
                    "reports.periodBackwards", to, from);
        }
        List<Invoice> posted = invoices.list(InvoiceStatus.POSTED).stream()
                .filter(i -> i.isPosted() && !i.isInterestNote() && i.getInvoiceDate() != null)
                .filter(i -> from == null || !i.getInvoiceDate().isBefore(from))
                .filter(i -> to == null || !i.getInvoiceDate().isAfter(to)).toList();
        return new RevenueReport(from, to, perCustomer(posted), perProduct(posted), perCounty(posted),
                perMunicipality(posted), hitRate(from, to));
    }

    private static BigDecimal signed(Invoice invoice, BigDecimal amount) {
        return invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE ? amount.negate() : amount;
    }

    /** What a line cost: quantity × the product's cost price (negative on a credit note); null when not known. */
    private static BigDecimal cost(Invoice invoice, InvoiceLine line, Product product) {
        if (product == null || product.getCostPrice() == null) {
            return null;
        }
        return signed(invoice, line.getQuantity().multiply(product.getCostPrice()).setScale(2, RoundingMode.HALF_UP));
    }

    private Product product(InvoiceLine line, Map<Long, Product> cache) {
        return line.getProductId() == null ? null : cache.computeIfAbsent(line.getProductId(), products::get);
    }

    private List<CustomerRevenue> perCustomer(List<Invoice> posted) {
        Map<Long, Product> productCache = new HashMap<>();
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        Map<Long, BigDecimal[]> costs = new HashMap<>();
        for (Invoice invoice : posted) {
            BigDecimal[] sum = sums.computeIfAbsent(invoice.getCustomerId(),
                    id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int column = invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE ? 1 : 0;
            sum[column] = sum[column].add(invoice.getNetTotal());
            for (InvoiceLine line : invoice.getLines()) {
                BigDecimal cost = cost(invoice, line, product(line, productCache));
                if (cost != null) {
                    BigDecimal[] known = costs.computeIfAbsent(invoice.getCustomerId(),
                            id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    known[0] = known[0].add(signed(invoice, line.getNetAmount()));
                    known[1] = known[1].add(cost);
                }
            }
        }
        List<CustomerRevenue> rows = new ArrayList<>();
        sums.forEach((id, sum) -> {
            Customer customer = customers.get(id);
            BigDecimal[] known = costs.get(id);
            rows.add(new CustomerRevenue(customer.getCustomerNumber(), customer.getName(), sum[0], sum[1],
                    known == null ? null : known[0], known == null ? null : known[1]));
        });
        rows.sort(Comparator.comparing(CustomerRevenue::net).reversed()
                .thenComparing(CustomerRevenue::customerNumber));
        return rows;
    }

    private List<ProductRevenue> perProduct(List<Invoice> posted) {
        Map<Long, Product> productCache = new HashMap<>();
        Map<Long, BigDecimal> sums = new HashMap<>();
        Map<Long, BigDecimal> costs = new HashMap<>();
        BigDecimal withoutProduct = BigDecimal.ZERO;
        for (Invoice invoice : posted) {
            for (InvoiceLine line : invoice.getLines()) {
                BigDecimal net = signed(invoice, line.getNetAmount());
                if (line.getProductId() == null) {
                    withoutProduct = withoutProduct.add(net);
                    continue;
                }
                sums.merge(line.getProductId(), net, BigDecimal::add);
                BigDecimal cost = cost(invoice, line, product(line, productCache));
                if (cost != null) {
                    costs.merge(line.getProductId(), cost, BigDecimal::add);
                }
            }
        }
        List<ProductRevenue> rows = new ArrayList<>();
        sums.forEach((id, net) -> {
            Product product = productCache.get(id);
            rows.add(new ProductRevenue(product.getProductNumber(), product.getName(), net, costs.get(id)));
        });
        rows.sort(Comparator.comparing(ProductRevenue::net).reversed().thenComparing(ProductRevenue::productNumber));
        if (withoutProduct.signum() != 0) {
            rows.add(new ProductRevenue(NO_PRODUCT, null, withoutProduct, null));
        }
        return rows;
    }

    private List<MunicipalityRevenue> perMunicipality(List<Invoice> posted) {
        Map<String, MunicipalityRevenue> sums = new TreeMap<>();
        for (Invoice invoice : posted) {
            PostalRegister.Place place = place(invoice);
            String key = place.countyNumber() + place.municipalityNumber();
            MunicipalityRevenue before = sums.get(key);
            BigDecimal net = signed(invoice, invoice.getNetTotal());
            sums.put(key, new MunicipalityRevenue(place.countyNumber(), place.county(), place.municipalityNumber(),
                    place.municipality(), before == null ? net : before.net().add(net)));
        }
        return List.copyOf(sums.values());
    }

    private List<CountyRevenue> perCounty(List<Invoice> posted) {
        Map<String, CountyRevenue> sums = new TreeMap<>();
        for (Invoice invoice : posted) {
            PostalRegister.Place place = place(invoice);
            CountyRevenue before = sums.get(place.countyNumber());
            BigDecimal net = signed(invoice, invoice.getNetTotal());
            sums.put(place.countyNumber(), new CountyRevenue(place.countyNumber(), place.county(),
                    before == null ? net : before.net().add(net)));
        }
        return List.copyOf(sums.values());
    }

    /** The buyer's postal code as it stood on the document (the customer's at invoicing); unknown outside Norway. */
    private PostalRegister.Place place(Invoice invoice) {
        String country = invoice.getBuyerCountryCode();
        if (country != null && !"NO".equalsIgnoreCase(country)) {
            return new PostalRegister.Place(UNKNOWN, null, UNKNOWN, null);
        }
        return register.place(invoice.getBuyerPostalCode())
                .orElse(new PostalRegister.Place(UNKNOWN, null, UNKNOWN, null));
    }

    private QuoteHitRate hitRate(LocalDate from, LocalDate to) {
        long accepted = 0;
        long declined = 0;
        long expired = 0;
        long open = 0;
        for (Quote quote : sales.quotesDated(from, to)) {
            QuoteStatus status = quote.getStatus();
            if (status == QuoteStatus.ACCEPTED) {
                accepted++;
            } else if (status == QuoteStatus.DECLINED) {
                declined++;
            } else if (status == QuoteStatus.EXPIRED) {
                expired++;
            } else {
                open++;
            }
        }
        long decided = accepted + declined + expired;
        BigDecimal percent = decided == 0 ? null : BigDecimal.valueOf(accepted * 100)
                .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
        return new QuoteHitRate(accepted, declined, expired, open, percent);
    }
}
