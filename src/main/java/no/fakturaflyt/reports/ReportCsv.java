package no.fakturaflyt.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The reports as CSV the way a Norwegian Excel opens them: semicolon between fields, UTF-8 with byte-order mark,
 * decimal comma, CRLF line ends; text that Excel would take for a formula is prefixed with an apostrophe.
 */
final class ReportCsv {

    /** The reports that can be downloaded, with the file name's first part. */
    enum Kind {
        CUSTOMERS("omsetning-per-kunde"), PRODUCTS("omsetning-per-produkt"), REGIONS("omsetning-per-kommune"),
        HIT_RATE("tilbud-treffprosent");

        final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        static Kind parse(String value) {
            try {
                return Kind.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new no.fakturaflyt.common.InvalidInputException("kind",
                        "Unknown report; one of customers, products, regions, hit-rate", "reports.unknownKind", value);
            }
        }
    }

    static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    private ReportCsv() {
    }

    static byte[] of(Kind kind, RevenueReport report) {
        ReportCsv csv = new ReportCsv();
        switch (kind) {
            case CUSTOMERS -> {
                csv.row("Kundenr", "Kunde", "Fakturert", "Kreditert", "Netto", "Bruttofortjeneste");
                report.customers().forEach(c -> csv.row(String.valueOf(c.customerNumber()), text(c.name()),
                        money(c.invoiced()), money(c.credited()), money(c.net()), money(c.margin())));
            }
            case PRODUCTS -> {
                csv.row("Produktnr", "Produkt", "Netto", "Kostpris", "Bruttofortjeneste");
                report.products().forEach(p -> csv.row(text(p.productNumber()), text(p.name()), money(p.net()),
                        money(p.cost()), money(p.margin())));
            }
            case REGIONS -> {
                csv.row("Fylkesnr", "Fylke", "Kommunenr", "Kommune", "Netto");
                report.municipalities().forEach(m -> csv.row(text(m.countyNumber()), text(m.county()),
                        text(m.municipalityNumber()), text(m.municipality()), money(m.net())));
            }
            case HIT_RATE -> {
                RevenueReport.QuoteHitRate rate = report.hitRate();
                csv.row("Akseptert", "Avslått", "Utløpt", "Avgjort", "Åpne", "Treffprosent");
                csv.row(String.valueOf(rate.accepted()), String.valueOf(rate.declined()),
                        String.valueOf(rate.expired()), String.valueOf(rate.decided()), String.valueOf(rate.open()),
                        rate.percent() == null ? "" : rate.percent().toPlainString().replace('.', ','));
            }
        }
        return csv.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void row(String... fields) {
        out.append(String.join(";", List.of(fields).stream().map(ReportCsv::quoted).toList())).append("\r\n");
    }

    /** Kroner with two decimals and a decimal comma; empty when unknown. */
    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && value.length() > 1 ? "'" + value : value;
    }

    private static String quoted(String field) {
        return field.contains(";") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
