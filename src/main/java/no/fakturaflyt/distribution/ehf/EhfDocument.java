package no.fakturaflyt.distribution.ehf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything an EHF Billing 3.0 invoice or credit note carries, independent of JPA. {@link EhfWriter} writes it as
 * given and computes nothing but the line discount (see {@link Line}); whether the figures add up is judged by
 * {@link EhfValidator}, so a document whose totals do not match is stopped there with the rule that failed.
 *
 * <p>Amounts are NOK with two decimals. A credit note carries positive amounts and quantities, like the invoice it
 * credits (the document type says it is a credit). Optional values are {@code null} and are then left out.
 *
 * @param kind             invoice (type code 380) or credit note (381)
 * @param number           the document number (BT-1)
 * @param issueDate        the document date (BT-2)
 * @param dueDate          invoices: the due date (BT-9); ignored for credit notes
 * @param deliveryDate     actual delivery date (BT-72), nullable
 * @param buyerReference   the buyer's reference (BT-10); when blank the buyer's customer number is used (EHF
 *                         requires a buyer reference or an order reference, and receivers route on BT-10)
 * @param orderReference   the buyer's order number (BT-13), nullable
 * @param billingReference credit notes: the number of the credited invoice (BT-25); nullable for invoices
 * @param note             free text (BT-22), nullable; at most one note is allowed
 * @param currency         ISO 4217 code; Fakturaflyt invoices in NOK
 * @param seller           the issuing company
 * @param buyer            the customer
 * @param payment          where and how to pay; required for invoices, ignored for credit notes
 * @param paymentTerms     payment terms text (BT-20), nullable; a credit note without one gets
 *                         "Avregnes mot faktura {billingReference}"
 * @param lines            the lines, at least one
 * @param vatBreakdown     VAT per category and rate (BG-23), one entry per distinct {@link EhfVatCategory}
 * @param netTotal         sum of the line nets (BT-106 = BT-109, there are no document-level allowances)
 * @param vatTotal         total VAT (BT-110)
 * @param rounding         rounding to whole kroner (BT-114, PayableRoundingAmount); zero or {@code null} when none
 * @param payableTotal     amount due (BT-115) = net + VAT + rounding
 * @param attachment       the invoice as PDF, embedded (BG-24), nullable
 */
public record EhfDocument(Kind kind, String number, LocalDate issueDate, LocalDate dueDate, LocalDate deliveryDate,
        String buyerReference, String orderReference, String billingReference, String note, String currency,
        Seller seller, Buyer buyer, Payment payment, String paymentTerms,
        List<Line> lines, List<VatBreakdown> vatBreakdown,
        BigDecimal netTotal, BigDecimal vatTotal, BigDecimal rounding, BigDecimal payableTotal,
        Attachment attachment) {

    public static final String NOK = "NOK";

    public enum Kind {
        INVOICE("380"), CREDIT_NOTE("381");

        private final String typeCode;

        Kind(String typeCode) {
            this.typeCode = typeCode;
        }

        /** UNCL1001 document type code: 380 commercial invoice, 381 credit note. */
        public String typeCode() {
            return typeCode;
        }
    }

    public EhfDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        lines = lines == null ? List.of() : List.copyOf(lines);
        vatBreakdown = vatBreakdown == null ? List.of() : List.copyOf(vatBreakdown);
        currency = currency == null || currency.isBlank() ? NOK : currency;
        if (buyerReference == null || buyerReference.isBlank()) {
            buyerReference = buyer.customerNumber();
        }
    }

    /**
     * The seller.
     *
     * @param orgNumber          nine digits; the EndpointID and legal registration id (scheme 0192), and the VAT id
     *                           {@code NO<orgNumber>MVA} when VAT-registered (NO-R-001)
     * @param vatRegistered      writes the VAT id
     * @param foretaksregisteret writes the PartyTaxScheme "Foretaksregisteret" / TAX (NO-R-002)
     * @param countryCode        ISO 3166-1 alpha-2, e.g. "NO"
     * @param email              the seller's contact e-mail, nullable
     */
    public record Seller(String name, String orgNumber, boolean vatRegistered, boolean foretaksregisteret,
            String addressLine, String postalCode, String city, String countryCode, String email) {}

    /**
     * The buyer.
     *
     * @param orgNumber      nine digits: EndpointID and legal registration id (scheme 0192)
     * @param vatId          the buyer's VAT identifier with country prefix (BT-48), e.g. "NO987654325MVA"; nullable.
     *                       Never written on a document with category O
     * @param customerNumber the seller's customer number of the buyer; the default buyer reference
     * @param countryCode    ISO 3166-1 alpha-2
     */
    public record Buyer(String name, String orgNumber, String vatId, String customerNumber,
            String addressLine, String postalCode, String city, String countryCode) {}

    /**
     * Payment instructions: credit transfer (payment means code 30) with the KID as PaymentID.
     *
     * @param kid         the KID (BT-83), nullable (then no PaymentID)
     * @param bankAccount Norwegian account number, 11 digits (BT-84)
     * @param iban        nullable; when given, a second credit transfer to the IBAN is offered
     * @param bic         nullable; the bank of the IBAN (BT-86)
     */
    public record Payment(String kid, String bankAccount, String iban, String bic) {}

    /**
     * One line.
     *
     * <p>The line net is the invoicing calculation's: quantity × unit price less the discount, rounded to øre. A
     * discount is written as a line allowance (reason code 95 "Rabatt") with the discount percent, the gross
     * (quantity × unit price, rounded to øre) as base amount and gross − net as amount, and the unit price stays the
     * list price. Peppol's R120 and R040 are then met to the øre.
     *
     * @param id              line id (BT-126), e.g. "1"
     * @param description     item name (BT-153)
     * @param quantity        invoiced quantity (BT-129)
     * @param unit            the unit as the clerk wrote it ("stk", "time", …) or a UN/ECE rec 20 code; mapped by
     *                        {@link EhfWriter#unitCode(String)}
     * @param unitPrice       unit price excluding VAT, before discount (BT-146)
     * @param discountPercent nullable or zero when there is no discount
     * @param netAmount       line net (BT-131)
     * @param vat             VAT category and rate of the line (BT-151, BT-152)
     */
    public record Line(String id, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal netAmount, EhfVatCategory vat) {

        public boolean hasDiscount() {
            return discountPercent != null && discountPercent.signum() != 0;
        }
    }

    /** VAT for one category and rate (BG-23): the taxable amount (BT-116) and the VAT (BT-117). */
    public record VatBreakdown(EhfVatCategory category, BigDecimal taxableAmount, BigDecimal taxAmount) {}

    /**
     * An attached document, embedded as base64 (AdditionalDocumentReference/Attachment).
     *
     * @param fileName    e.g. "faktura-10001.pdf"; also the reference id
     * @param mimeCode    e.g. "application/pdf"
     * @param content     the bytes
     * @param description nullable, e.g. "Faktura 10001"
     */
    public record Attachment(String fileName, String mimeCode, byte[] content, String description) {

        public static final String PDF = "application/pdf";

        public static Attachment pdf(String fileName, byte[] content, String description) {
            return new Attachment(fileName, PDF, content, description);
        }
    }

    /** {@code true} when a line is outside the scope of VAT (category O). */
    public boolean hasOutsideScopeLine() {
        return lines.stream().anyMatch(line -> line.vat() != null && line.vat().outsideScope());
    }
}
