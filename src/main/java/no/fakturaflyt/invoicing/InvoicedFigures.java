package no.fakturaflyt.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was invoiced (net, before VAT; credit notes deducted) by invoice date: this month and this year so far, each
 * against the same days a year earlier, and each of the last 13 months against the same month a year earlier.
 */
record InvoicedFigures(BigDecimal thisMonth, BigDecimal thisMonthLastYear, BigDecimal yearToDate,
        BigDecimal yearToDateLastYear, List<Month> months, long drafts) {

    record Month(YearMonth month, BigDecimal amount, BigDecimal yearBefore) {
    }

    static InvoicedFigures of(List<Invoice> invoices, LocalDate today) {
        Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
        long drafts = 0;
        for (Invoice invoice : invoices) {
            if (invoice.getStatus() == InvoiceStatus.DRAFT) {
                drafts++;
            }
            if (!invoice.isPosted() || invoice.getInvoiceDate() == null) {
                continue;
            }
            BigDecimal net = invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE ? invoice.getNetTotal().negate()
                    : invoice.getNetTotal();
            byDay.merge(invoice.getInvoiceDate(), net, BigDecimal::add);
        }
        LocalDate lastYear = today.minusYears(1);
        List<Month> months = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int back = 12; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            months.add(new Month(month, sum(byDay, month.atDay(1), month.atEndOfMonth()),
                    sum(byDay, month.minusYears(1).atDay(1), month.minusYears(1).atEndOfMonth())));
        }
        return new InvoicedFigures(sum(byDay, today.withDayOfMonth(1), today),
                sum(byDay, lastYear.withDayOfMonth(1), lastYear), sum(byDay, today.withDayOfYear(1), today),
                sum(byDay, lastYear.withDayOfYear(1), lastYear), months, drafts);
    }

    private static BigDecimal sum(Map<LocalDate, BigDecimal> byDay, LocalDate from, LocalDate to) {
        return byDay.entrySet().stream().filter(e -> !e.getKey().isBefore(from) && !e.getKey().isAfter(to))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The chart's data: months, amounts and the year before's, each joined by |. */
    public String labels() {
        return String.join("|", months.stream().map(m -> m.month().toString()).toList());
    }

    public String amounts() {
        return String.join("|", months.stream().map(m -> m.amount().toPlainString()).toList());
    }

    public String yearBefore() {
        return String.join("|", months.stream().map(m -> m.yearBefore().toPlainString()).toList());
    }
}
