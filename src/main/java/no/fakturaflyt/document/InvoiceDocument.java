package no.fakturaflyt.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
 */
public record InvoiceDocument(Kind kind, boolean preview, String language /* "nb" or "en" */,
        Party seller, Party buyer, String number /* null in preview */, LocalDate invoiceDate, LocalDate dueDate,
        LocalDate deliveryDate, String deliveryPlace, String kid, String bankAccount, String iban, String bic,
        String creditedInvoiceNumber /* credit notes only */, String buyerReference, String note,
        List<Line> lines, List<VatLine> vatLines, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal rounding /* 0 when none */,
        BigDecimal total, String currency, byte[] logoPng /* nullable */) {

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
     */
    public record Line(String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal vatRate /* e.g. 25.00 */, BigDecimal netAmount) {}

    /** VAT for one rate: the base and the VAT amount. */
    public record VatLine(BigDecimal rate, BigDecimal base, BigDecimal vat) {}
}
