package no.fakturaflyt.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of the reports page for one period of invoice dates (either end open when null). Amounts are net, before
 * VAT, in kroner: invoiced minus credited, from posted invoices and credit notes (interest notes are not revenue).
 */
record RevenueReport(LocalDate from, LocalDate to, List<CustomerRevenue> customers, List<ProductRevenue> products,
        List<CountyRevenue> counties, List<MunicipalityRevenue> municipalities, QuoteHitRate hitRate) {

    record CustomerRevenue(long customerNumber, String name, BigDecimal invoiced, BigDecimal credited) {
        public BigDecimal net() {
            return invoiced.subtract(credited);
        }
    }

    /** Cost and margin are null where the product's cost is not known (products have no cost price yet). */
    record ProductRevenue(String productNumber, String name, BigDecimal net, BigDecimal cost) {
        public BigDecimal margin() {
            return cost == null ? null : net.subtract(cost);
        }
    }

    record CountyRevenue(String countyNumber, String county, BigDecimal net) {
    }

    record MunicipalityRevenue(String countyNumber, String county, String municipalityNumber, String municipality,
            BigDecimal net) {
    }

    /** Accepted of decided (accepted, declined or expired) quotes dated in the period; percent null when none. */
    record QuoteHitRate(long accepted, long declined, long expired, long open, BigDecimal percent) {
        public long decided() {
            return accepted + declined + expired;
        }
    }
}
