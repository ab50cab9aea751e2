package no.fakturaflyt.distribution.ehf;

import com.helger.diagnostics.error.list.ErrorList;
import com.helger.ubl21.UBL21Marshaller;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AllowanceChargeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AttachmentType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DeliveryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.AllowanceChargeReasonType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.DescriptionType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.DocumentDescriptionType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EmbeddedDocumentBinaryObjectType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link EhfDocument} as a UBL 2.1 Invoice or CreditNote following EHF Billing 3.0 (Peppol BIS Billing 3.0
 * with the Norwegian rules), with ph-ubl.
 *
 * <p>The figures are written as given. Derived are only the line discount allowance (see {@link EhfDocument.Line}),
 * TaxExclusiveAmount (= the net total: there are no document-level allowances or charges) and TaxInclusiveAmount
 * (= net + VAT). The rounding to whole kroner is PayableRoundingAmount (left out when zero), and PayableAmount is the
 * document's payable total, so BR-CO-16 (payable = inclusive + rounding) checks that the given figures agree. The
 * writer does not validate: run {@link EhfValidator#requireValid} on the result before it leaves. Stateless and
 * thread-safe.
 *
 * <ul>
 *   <li>Seller and buyer: EndpointID and PartyLegalEntity/CompanyID with scheme 0192 (the Norwegian organisation
 *       number), PartyName and RegistrationName, postal address.</li>
 *   <li>The seller's VAT id {@code NO<orgnr>MVA} in PartyTaxScheme/VAT when VAT-registered (NO-R-001), and
 *       PartyTaxScheme "Foretaksregisteret"/TAX when registered there (NO-R-002). No VAT ids at all when a line is
 *       outside the scope of VAT (category O, BR-O-02..04).</li>
 *   <li>Invoices: PaymentMeans code 30 (credit transfer) with the KID as PaymentID and the bank account as
 *       PayeeFinancialAccount; with an IBAN a second code-30 PaymentMeans to the IBAN and BIC.</li>
 * </ul>
 */
@Component
public class EhfWriter {

    public static final String CUSTOMIZATION_ID =
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    public static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    /** ISO 6523 ICD of the Norwegian organisation number (Enhetsregisteret). */
    public static final String SCHEME_NO_ORGNR = "0192";
    public static final String CREDIT_TRANSFER = "30";
    public static final String FORETAKSREGISTERET = "Foretaksregisteret";

    private static final String DISCOUNT_REASON_CODE = "95";
    private static final String DISCOUNT_REASON = "Rabatt";

    /** UN/ECE recommendation 20 codes for the units clerks write; anything else is "EA" (each). */
    private static final Map<String, String> UNIT_CODES = Map.ofEntries(
            Map.entry("stk", "H87"), Map.entry("stk.", "H87"), Map.entry("pcs", "H87"), Map.entry("piece", "H87"),
            Map.entry("pieces", "H87"),
            Map.entry("time", "HUR"), Map.entry("timer", "HUR"), Map.entry("hour", "HUR"),
            Map.entry("hours", "HUR"), Map.entry("h", "HUR"),
            Map.entry("kg", "KGM"), Map.entry("l", "LTR"), Map.entry("liter", "LTR"), Map.entry("litre", "LTR"),
            Map.entry("m", "MTR"), Map.entry("meter", "MTR"),
            Map.entry("dag", "DAY"), Map.entry("dager", "DAY"), Map.entry("day", "DAY"), Map.entry("days", "DAY"),
            Map.entry("mnd", "MON"), Map.entry("måned", "MON"), Map.entry("month", "MON"));
    private static final Set<String> KNOWN_CODES =
            Set.of("EA", "H87", "HUR", "KGM", "LTR", "MTR", "DAY", "MON", "C62", "MIN", "WEE", "ANN");

    /**
     * The document as UBL 2.1 XML (UTF-8, indented).
     *
     * @throws IllegalArgumentException when a required part is missing (no lines, an invoice without payment)
     * @throws IllegalStateException    when ph-ubl cannot marshal the document
     */
    public String write(EhfDocument doc) {
        if (doc.lines().isEmpty()) {
            throw new IllegalArgumentException("An EHF document needs at least one line");
        }
        return switch (doc.kind()) {
            case INVOICE -> marshal(invoice(doc), doc);
            case CREDIT_NOTE -> marshal(creditNote(doc), doc);
        };
    }

    /** The UN/ECE rec 20 code of a unit: "stk"/"pcs" → H87, "time"/"hour" → HUR, …, else EA. */
    public static String unitCode(String unit) {
        if (unit == null || unit.isBlank()) {
            return "EA";
        }
        String trimmed = unit.strip();
        if (KNOWN_CODES.contains(trimmed)) {
            return trimmed;
        }
        return UNIT_CODES.getOrDefault(trimmed.toLowerCase(Locale.ROOT), "EA");
    }

    // --- documents ---------------------------------------------------------------------------------------------

    private InvoiceType invoice(EhfDocument doc) {
        if (doc.payment() == null) {
            throw new IllegalArgumentException("An EHF invoice needs payment instructions");
        }
        InvoiceType inv = new InvoiceType();
        inv.setCustomizationID(CUSTOMIZATION_ID);
        inv.setProfileID(PROFILE_ID);
        inv.setID(doc.number());
        inv.setIssueDate(doc.issueDate());
        if (doc.dueDate() != null) {
            inv.setDueDate(doc.dueDate());
        }
        inv.setInvoiceTypeCode(doc.kind().typeCode());
        if (present(doc.note())) {
            inv.addNote(new NoteType(doc.note()));
        }
        inv.setDocumentCurrencyCode(doc.currency());
        if (present(doc.buyerReference())) {
            inv.setBuyerReference(doc.buyerReference());
        }
        if (present(doc.orderReference())) {
            inv.setOrderReference(orderReference(doc.orderReference()));
        }
        if (present(doc.billingReference())) {
            inv.addBillingReference(billingReference(doc.billingReference()));
        }
        if (doc.attachment() != null) {
            inv.addAdditionalDocumentReference(attachment(doc.attachment()));
        }
        inv.setAccountingSupplierParty(supplier(doc));
        inv.setAccountingCustomerParty(customer(doc));
        if (doc.deliveryDate() != null) {
            inv.addDelivery(delivery(doc));
        }
        paymentMeans(doc).forEach(inv::addPaymentMeans);
        if (present(doc.paymentTerms())) {
            inv.addPaymentTerms(paymentTerms(doc.paymentTerms()));
        }
        inv.addTaxTotal(taxTotal(doc));
        inv.setLegalMonetaryTotal(monetaryTotal(doc));
        for (EhfDocument.Line line : doc.lines()) {
            inv.addInvoiceLine(invoiceLine(line, doc.currency()));
        }
        return inv;
    }

    private CreditNoteType creditNote(EhfDocument doc) {
        CreditNoteType cn = new CreditNoteType();
        cn.setCustomizationID(CUSTOMIZATION_ID);
        cn.setProfileID(PROFILE_ID);
        cn.setID(doc.number());
        cn.setIssueDate(doc.issueDate());
        cn.setCreditNoteTypeCode(doc.kind().typeCode());
        if (present(doc.note())) {
            cn.addNote(new NoteType(doc.note()));
        }
        cn.setDocumentCurrencyCode(doc.currency());
        if (present(doc.buyerReference())) {
            cn.setBuyerReference(doc.buyerReference());
        }
        if (present(doc.orderReference())) {
            cn.setOrderReference(orderReference(doc.orderReference()));
        }
        if (present(doc.billingReference())) {
            cn.addBillingReference(billingReference(doc.billingReference()));
        }
        if (doc.attachment() != null) {
            cn.addAdditionalDocumentReference(attachment(doc.attachment()));
        }
        cn.setAccountingSupplierParty(supplier(doc));
        cn.setAccountingCustomerParty(customer(doc));
        if (doc.deliveryDate() != null) {
            cn.addDelivery(delivery(doc));
        }
        // The amount of a credit note is settled against the credited invoice: no payment means, but BR-CO-25 wants
        // payment terms (or a due date) whenever the amount due is positive.
        String terms = present(doc.paymentTerms()) ? doc.paymentTerms()
                : present(doc.billingReference()) ? "Avregnes mot faktura " + doc.billingReference() : "Avregnes";
        cn.addPaymentTerms(paymentTerms(terms));
        cn.addTaxTotal(taxTotal(doc));
        cn.setLegalMonetaryTotal(monetaryTotal(doc));
        for (EhfDocument.Line line : doc.lines()) {
            cn.addCreditNoteLine(creditNoteLine(line, doc.currency()));
        }
        return cn;
    }

    private static String marshal(InvoiceType inv, EhfDocument doc) {
        ErrorList errors = new ErrorList();
        String xml = UBL21Marshaller.invoice()
                .setUseSchema(false) // phive validates, with the XSD as its first layer
                .setFormattedOutput(true)
                .setCharset(StandardCharsets.UTF_8)
                .setCollectErrors(errors)
                .getAsString(inv);
        return requireXml(xml, errors, doc);
    }

    private static String marshal(CreditNoteType cn, EhfDocument doc) {
        ErrorList errors = new ErrorList();
        String xml = UBL21Marshaller.creditNote()
                .setUseSchema(false)
                .setFormattedOutput(true)
                .setCharset(StandardCharsets.UTF_8)
                .setCollectErrors(errors)
                .getAsString(cn);
        return requireXml(xml, errors, doc);
    }

    private static String requireXml(String xml, ErrorList errors, EhfDocument doc) {
        if (xml == null) {
            throw new IllegalStateException("Could not write EHF " + doc.kind() + " " + doc.number() + ": "
                    + errors);
        }
        return xml;
    }

    // --- header parts ------------------------------------------------------------------------------------------

    private static OrderReferenceType orderReference(String orderReference) {
        OrderReferenceType ref = new OrderReferenceType();
        ref.setID(orderReference);
        return ref;
    }

    private static BillingReferenceType billingReference(String invoiceNumber) {
        DocumentReferenceType invoiceRef = new DocumentReferenceType();
        invoiceRef.setID(invoiceNumber);
        BillingReferenceType ref = new BillingReferenceType();
        ref.setInvoiceDocumentReference(invoiceRef);
        return ref;
    }

    private static DocumentReferenceType attachment(EhfDocument.Attachment attachment) {
        DocumentReferenceType ref = new DocumentReferenceType();
        ref.setID(attachment.fileName());
        if (present(attachment.description())) {
            ref.addDocumentDescription(new DocumentDescriptionType(attachment.description()));
        }
        EmbeddedDocumentBinaryObjectType binary = new EmbeddedDocumentBinaryObjectType();
        binary.setValue(attachment.content());
        binary.setMimeCode(attachment.mimeCode());
        binary.setFilename(attachment.fileName());
        AttachmentType att = new AttachmentType();
        att.setEmbeddedDocumentBinaryObject(binary);
        ref.setAttachment(att);
        return ref;
    }

    private static SupplierPartyType supplier(EhfDocument doc) {
        EhfDocument.Seller seller = doc.seller();
        PartyType party = new PartyType();
        if (present(seller.orgNumber())) {
            party.setEndpointID(seller.orgNumber()).setSchemeID(SCHEME_NO_ORGNR);
        }
        if (present(seller.name())) {
            party.addPartyName(partyName(seller.name()));
        }
        party.setPostalAddress(address(seller.addressLine(), seller.postalCode(), seller.city(), seller.countryCode()));
        if (seller.vatRegistered() && present(seller.orgNumber()) && !doc.hasOutsideScopeLine()) {
            party.addPartyTaxScheme(taxScheme(vatId(seller.orgNumber()), "VAT"));
        }
        if (seller.foretaksregisteret()) {
            party.addPartyTaxScheme(taxScheme(FORETAKSREGISTERET, "TAX"));
        }
        party.addPartyLegalEntity(legalEntity(seller.name(), seller.orgNumber()));
        if (present(seller.email())) {
            ContactType contact = new ContactType();
            contact.setElectronicMail(seller.email());
            party.setContact(contact);
        }
        SupplierPartyType supplier = new SupplierPartyType();
        supplier.setParty(party);
        return supplier;
    }

    private static CustomerPartyType customer(EhfDocument doc) {
        EhfDocument.Buyer buyer = doc.buyer();
        PartyType party = new PartyType();
        if (present(buyer.orgNumber())) {
            party.setEndpointID(buyer.orgNumber()).setSchemeID(SCHEME_NO_ORGNR);
        }
        if (present(buyer.name())) {
            party.addPartyName(partyName(buyer.name()));
        }
        party.setPostalAddress(address(buyer.addressLine(), buyer.postalCode(), buyer.city(), buyer.countryCode()));
        if (present(buyer.vatId()) && !doc.hasOutsideScopeLine()) {
            party.addPartyTaxScheme(taxScheme(buyer.vatId(), "VAT"));
        }
        party.addPartyLegalEntity(legalEntity(buyer.name(), buyer.orgNumber()));
        CustomerPartyType customer = new CustomerPartyType();
        customer.setParty(party);
        return customer;
    }

    /** The Norwegian VAT identifier of an organisation number: {@code NO123456785MVA}. */
    public static String vatId(String orgNumber) {
        return "NO" + orgNumber.strip() + "MVA";
    }

    private static PartyNameType partyName(String name) {
        PartyNameType partyName = new PartyNameType();
        partyName.setName(name);
        return partyName;
    }

    private static AddressType address(String line, String postalCode, String city, String countryCode) {
        AddressType address = new AddressType();
        if (present(line)) {
            address.setStreetName(line);
        }
        if (present(city)) {
            address.setCityName(city);
        }
        if (present(postalCode)) {
            address.setPostalZone(postalCode);
        }
        if (present(countryCode)) {
            CountryType country = new CountryType();
            country.setIdentificationCode(countryCode.strip().toUpperCase(Locale.ROOT));
            address.setCountry(country);
        }
        return address;
    }

    private static PartyTaxSchemeType taxScheme(String companyId, String schemeId) {
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID(schemeId);
        PartyTaxSchemeType taxScheme = new PartyTaxSchemeType();
        taxScheme.setCompanyID(companyId);
        taxScheme.setTaxScheme(scheme);
        return taxScheme;
    }

    private static PartyLegalEntityType legalEntity(String name, String orgNumber) {
        PartyLegalEntityType entity = new PartyLegalEntityType();
        if (present(name)) {
            entity.setRegistrationName(name);
        }
        if (present(orgNumber)) {
            entity.setCompanyID(orgNumber).setSchemeID(SCHEME_NO_ORGNR);
        }
        return entity;
    }

    private static DeliveryType delivery(EhfDocument doc) {
        DeliveryType delivery = new DeliveryType();
        delivery.setActualDeliveryDate(doc.deliveryDate());
        return delivery;
    }

    private static List<PaymentMeansType> paymentMeans(EhfDocument doc) {
        EhfDocument.Payment payment = doc.payment();
        List<PaymentMeansType> means = new ArrayList<>();
        if (present(payment.bankAccount())) {
            means.add(creditTransfer(payment.kid(), payment.bankAccount(), null));
        }
        if (present(payment.iban())) {
            means.add(creditTransfer(payment.kid(), payment.iban().replace(" ", ""), payment.bic()));
        }
        if (means.isEmpty()) {
            // no account at all: still say how, so that the validator names what is missing (BR-50/BR-61)
            means.add(creditTransfer(payment.kid(), null, null));
        }
        return means;
    }

    private static PaymentMeansType creditTransfer(String kid, String account, String bic) {
        PaymentMeansType means = new PaymentMeansType();
        means.setPaymentMeansCode(CREDIT_TRANSFER);
        if (present(kid)) {
            means.addPaymentID(new PaymentIDType(kid));
        }
        if (present(account)) {
            FinancialAccountType financialAccount = new FinancialAccountType();
            financialAccount.setID(account);
            if (present(bic)) {
                BranchType branch = new BranchType();
                branch.setID(bic.strip());
                financialAccount.setFinancialInstitutionBranch(branch);
            }
            means.setPayeeFinancialAccount(financialAccount);
        }
        return means;
    }

    private static PaymentTermsType paymentTerms(String text) {
        PaymentTermsType terms = new PaymentTermsType();
        terms.addNote(new NoteType(text));
        return terms;
    }

    // --- totals --------------------------------------------------------------------------------------------------

    private static TaxTotalType taxTotal(EhfDocument doc) {
        TaxTotalType total = new TaxTotalType();
        total.setTaxAmount(amount(doc.vatTotal())).setCurrencyID(doc.currency());
        for (EhfDocument.VatBreakdown breakdown : doc.vatBreakdown()) {
            TaxSubtotalType subtotal = new TaxSubtotalType();
            subtotal.setTaxableAmount(amount(breakdown.taxableAmount())).setCurrencyID(doc.currency());
            subtotal.setTaxAmount(amount(breakdown.taxAmount())).setCurrencyID(doc.currency());
            subtotal.setTaxCategory(taxCategory(breakdown.category(), true));
            total.addTaxSubtotal(subtotal);
        }
        return total;
    }

    private static MonetaryTotalType monetaryTotal(EhfDocument doc) {
        String currency = doc.currency();
        BigDecimal vat = doc.vatTotal() == null ? BigDecimal.ZERO : doc.vatTotal();
        BigDecimal taxInclusive = doc.netTotal() == null ? null : doc.netTotal().add(vat);
        MonetaryTotalType total = new MonetaryTotalType();
        total.setLineExtensionAmount(amount(doc.netTotal())).setCurrencyID(currency);
        total.setTaxExclusiveAmount(amount(doc.netTotal())).setCurrencyID(currency);
        total.setTaxInclusiveAmount(amount(taxInclusive)).setCurrencyID(currency);
        if (doc.rounding() != null && doc.rounding().signum() != 0) {
            total.setPayableRoundingAmount(amount(doc.rounding())).setCurrencyID(currency);
        }
        total.setPayableAmount(amount(doc.payableTotal())).setCurrencyID(currency);
        return total;
    }

    // --- lines ---------------------------------------------------------------------------------------------------

    private static InvoiceLineType invoiceLine(EhfDocument.Line line, String currency) {
        InvoiceLineType ubl = new InvoiceLineType();
        ubl.setID(line.id());
        ubl.setInvoicedQuantity(line.quantity()).setUnitCode(unitCode(line.unit()));
        ubl.setLineExtensionAmount(amount(line.netAmount())).setCurrencyID(currency);
        if (line.hasDiscount()) {
            ubl.addAllowanceCharge(discount(line, currency));
        }
        ubl.setItem(item(line));
        ubl.setPrice(price(line, currency));
        return ubl;
    }

    private static CreditNoteLineType creditNoteLine(EhfDocument.Line line, String currency) {
        CreditNoteLineType ubl = new CreditNoteLineType();
        ubl.setID(line.id());
        ubl.setCreditedQuantity(line.quantity()).setUnitCode(unitCode(line.unit()));
        ubl.setLineExtensionAmount(amount(line.netAmount())).setCurrencyID(currency);
        if (line.hasDiscount()) {
            ubl.addAllowanceCharge(discount(line, currency));
        }
        ubl.setItem(item(line));
        ubl.setPrice(price(line, currency));
        return ubl;
    }

    /**
     * The discount as a line allowance: base = quantity × unit price (rounded to øre), amount = base − line net, so
     * that line net = quantity × price − allowance exactly (R120), and amount ≈ base × percent / 100 (R040).
     */
    private static AllowanceChargeType discount(EhfDocument.Line line, String currency) {
        BigDecimal gross = line.quantity().multiply(line.unitPrice()).setScale(2, RoundingMode.HALF_UP);
        AllowanceChargeType allowance = new AllowanceChargeType();
        allowance.setChargeIndicator(false);
        allowance.setAllowanceChargeReasonCode(DISCOUNT_REASON_CODE);
        allowance.addAllowanceChargeReason(new AllowanceChargeReasonType(DISCOUNT_REASON));
        allowance.setMultiplierFactorNumeric(plain(line.discountPercent()));
        allowance.setAmount(amount(gross.subtract(line.netAmount()))).setCurrencyID(currency);
        allowance.setBaseAmount(amount(gross)).setCurrencyID(currency);
        return allowance;
    }

    private static ItemType item(EhfDocument.Line line) {
        ItemType item = new ItemType();
        if (present(line.description())) {
            String name = firstLine(line.description());
            item.setName(name);
            if (!name.equals(line.description().strip())) {
                item.addDescription(new DescriptionType(line.description().strip()));
            }
        }
        if (line.vat() != null) {
            item.addClassifiedTaxCategory(taxCategory(line.vat(), false));
        }
        return item;
    }

    private static PriceType price(EhfDocument.Line line, String currency) {
        PriceType price = new PriceType();
        price.setPriceAmount(amount(line.unitPrice())).setCurrencyID(currency);
        return price;
    }

    private static TaxCategoryType taxCategory(EhfVatCategory category, boolean withExemptionReason) {
        TaxCategoryType tax = new TaxCategoryType();
        tax.setID(category.code());
        if (category.percent() != null) {
            tax.setPercent(category.percent());
        }
        if (withExemptionReason && category.exemptionReasonCode() != null) {
            tax.setTaxExemptionReasonCode(category.exemptionReasonCode());
        }
        if (withExemptionReason && category.exemptionReason() != null) {
            tax.addTaxExemptionReason(new TaxExemptionReasonType(category.exemptionReason()));
        }
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID("VAT");
        tax.setTaxScheme(scheme);
        return tax;
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** Amounts with at least two decimals; more decimals are kept, so that the validator sees them (BR-DEC). */
    private static BigDecimal amount(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : value;
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** 10.00 → 10, 12.50 → 12.5 (never in exponent notation). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
