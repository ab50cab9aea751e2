package no.fakturaflyt.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.InvoiceTemplate;

/**
 * View model of one invoice or credit note, as {@link InvoicePdfRenderer} prints it.
 *
 * <p>All texts are printed as given (escaped, never interpreted as markup). Amounts are printed as
 * given, rounded to two decimals; the renderer computes nothing. Optional values are {@code null}
 * and are then left out of the document.
 *
 * @param kind                  invoice, credit note, quote or order confirmation
 * @param preview               {@code true} for a draft: every page is marked as not valid and the number
 *                              is printed as "—"
 * @param language              "nb" (Norwegian bokmål, the default) or "en"
 * @param seller                the issuing company
 * @param buyer                 the customer
 * @param number                the document number; {@code null} in preview, required otherwise
 * @param invoiceDate           the document date
 * @param dueDate               due date (invoices); valid-until date (quotes); ignored otherwise
 * @param deliveryDate          time of delivery, nullable
 * @param deliveryPlace         place of delivery, nullable
 * @param kid                   KID payment reference, nullable (then the invoice number is the payment message)
 * @param bankAccount           Norwegian account number, 11 digits (printed as 1234.56.78903)
 * @param iban                  nullable
 * @param bic                   nullable
 * @param creditedInvoiceNumber credit notes: the number of the invoice being credited; order confirmations: the
 *                              number of the quote it comes from
 * @param buyerReference        the buyer's reference ("Deres ref."), nullable
 * @param note                  free text printed above the lines, nullable; line breaks are kept
 * @param lines                 the invoice lines
 * @param vatLines              VAT per rate
 * @param netTotal              sum excluding VAT
 * @param vatTotal              sum of VAT
 * @param rounding              øreavrunding; zero (or {@code null}) when none, and the line is then omitted
 * @param total                 amount due (amount credited for a credit note)
 * @param currency              ISO 4217 code, e.g. "NOK"
 * @param logoPng               the seller's logo as PNG bytes, nullable; scaled to at most 40 mm × 20 mm
 * @param interestNote          an invoice billing late-payment interest: titled "Rentenota" / "Interest note"
 * @param interestPeriods       interest notes: how each interest line was computed, empty otherwise
 * @param template              the layout ({@link InvoiceTemplate}); {@code null} means the standard one
 */
public record InvoiceDocument(Kind kind, boolean preview, String language /* "nb" or "en" */,
        Party seller, Party buyer, String number /* null in preview */, LocalDate invoiceDate, LocalDate dueDate,
        LocalDate deliveryDate, String deliveryPlace, String kid, String bankAccount, String iban, String bic,
        String creditedInvoiceNumber /* credit notes only */, String buyerReference, String note,
        List<Line> lines, List<VatLine> vatLines, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal rounding /* 0 when none */,
        BigDecimal total, String currency, byte[] logoPng /* nullable */, boolean interestNote,
        List<InterestPeriod> interestPeriods, String template /* null = standard */) {

    /** An ordinary invoice, credit note, quote or order confirmation in the standard layout. */
    public InvoiceDocument(Kind kind, boolean preview, String language, Party seller, Party buyer, String number,
            LocalDate invoiceDate, LocalDate dueDate, LocalDate deliveryDate, String deliveryPlace, String kid,
            String bankAccount, String iban, String bic, String creditedInvoiceNumber, String buyerReference,
            String note, List<Line> lines, List<VatLine> vatLines, BigDecimal netTotal, BigDecimal vatTotal,
            BigDecimal rounding, BigDecimal total, String currency, byte[] logoPng) {
        this(kind, preview, language, seller, buyer, number, invoiceDate, dueDate, deliveryDate, deliveryPlace, kid,
                bankAccount, iban, bic, creditedInvoiceNumber, buyerReference, note, lines, vatLines, netTotal,
                vatTotal, rounding, total, currency, logoPng, false, List.of(), null);
    }

    /** This document as an interest note (rentenota) with the computation of its interest lines. */
    public InvoiceDocument asInterestNote(List<InterestPeriod> periods) {
        return new InvoiceDocument(kind, preview, language, seller, buyer, number, invoiceDate, dueDate, deliveryDate,
                deliveryPlace, kid, bankAccount, iban, bic, creditedInvoiceNumber, buyerReference, note, lines,
                vatLines, netTotal, vatTotal, rounding, total, currency, logoPng, true, List.copyOf(periods),
                template);
    }

    /** This document in another layout ({@link InvoiceTemplate}). */
    public InvoiceDocument withTemplate(String templateName) {
        return new InvoiceDocument(kind, preview, language, seller, buyer, number, invoiceDate, dueDate, deliveryDate,
                deliveryPlace, kid, bankAccount, iban, bic, creditedInvoiceNumber, buyerReference, note, lines,
                vatLines, netTotal, vatTotal, rounding, total, currency, logoPng, interestNote, interestPeriods,
                templateName);
    }

    /**
     * One stretch of late-payment interest on one invoice at one rate, as an interest note shows it so that the
     * debtor can recompute it: principal × rate × days / days in the year.
     *
     * @param rate       percent a year, e.g. 12.00
     * @param daysInYear 365, or 366 in a leap year
     * @param amount     the interest of the stretch, rounded to øre
     */
    public record InterestPeriod(String invoiceNumber, BigDecimal principal, LocalDate from, LocalDate to, long days,
            BigDecimal rate, int daysInYear, BigDecimal amount) {}

    /**
     * What the document is. A quote and an order confirmation share the invoice's layout without its payment block:
     * a quote prints {@code dueDate} as "valid until", an order confirmation prints {@code creditedInvoiceNumber} as
     * the number of the quote it comes from.
     */
    public enum Kind { INVOICE, CREDIT_NOTE, QUOTE, ORDER_CONFIRMATION }

    /**
     * A seller or buyer.
     *
     * @param orgNumber          nine digits, nullable for private persons
     * @param vatRegistered      prints "MVA" after the org. number
     * @param foretaksregisteret prints "Foretaksregisteret" (seller only)
     * @param customerNumber     the buyer's customer number, nullable
     * @param countryCode        ISO 3166 alpha-2; the country name is printed when it is not "NO"
     */
    public record Party(String name, String orgNumber /* nullable for private persons */, boolean vatRegistered,
            boolean foretaksregisteret, String customerNumber /* nullable */, List<String> addressLines, String postalCode,
            String city, String countryCode, String email, String phone) {}

    /**
     * One invoice line.
     *
     * @param discountPercent nullable or zero when there is no discount
     * @param vatRate         percent, e.g. 25.00
     * @param netAmount       line amount excluding VAT
     * @param vatNote         why a zero-rated line carries no VAT (from its VAT code, in the document's language),
     *                        printed under the description; nullable
     */
    public record Line(String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal vatRate /* e.g. 25.00 */, BigDecimal netAmount,
            String vatNote /* nullable */) {

        /** A line without a VAT note. */
        public Line(String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                BigDecimal discountPercent, BigDecimal vatRate, BigDecimal netAmount) {
            this(description, quantity, unit, unitPrice, discountPercent, vatRate, netAmount, null);
        }
    }

    /** VAT for one rate: the base and the VAT amount. */
    public record VatLine(BigDecimal rate, BigDecimal base, BigDecimal vat) {}
}
