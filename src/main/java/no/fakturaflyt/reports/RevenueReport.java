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

    /**
     * @param costedNet the net of the customer's lines whose product has a cost price
     * @param cost      what those lines cost; null when none of the customer's lines has a cost price
     */
    record CustomerRevenue(long customerNumber, String name, BigDecimal invoiced, BigDecimal credited,
            BigDecimal costedNet, BigDecimal cost) {
        public BigDecimal net() {
            return invoiced.subtract(credited);
        }

        /** The gross margin of the lines with a cost price; null when there is none. */
        public BigDecimal margin() {
            return cost == null ? null : costedNet.subtract(cost);
        }
    }

    /** Cost and margin are null where the product's cost is not known (the product has no cost price). */
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
