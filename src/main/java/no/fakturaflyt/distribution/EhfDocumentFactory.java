package no.fakturaflyt.distribution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.distribution.ehf.EhfDocument;
import no.fakturaflyt.distribution.ehf.EhfVatCategory;
import no.fakturaflyt.distribution.ehf.OutsideScopeRule;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceLine;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceType;
import org.springframework.stereotype.Component;

/** The EHF view of a posted invoice or credit note, with its PDF embedded. */
@Component
class EhfDocumentFactory {

    private final InvoiceService invoices;

    EhfDocumentFactory(InvoiceService invoices) {
        this.invoices = invoices;
    }

    EhfDocument build(DeliveryContext context) {
        Invoice invoice = context.invoice();
        CompanySettings company = context.company();
        Customer customer = context.customer();
        boolean creditNote = invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE;
        List<EhfDocument.Line> lines = invoice.getLines().stream().map(EhfDocumentFactory::line).toList();
        String billingReference = creditNote
                ? String.valueOf(invoices.get(invoice.getCreditedInvoiceId()).getInvoiceNumber()) : null;
        return new EhfDocument(creditNote ? EhfDocument.Kind.CREDIT_NOTE : EhfDocument.Kind.INVOICE,
                String.valueOf(invoice.getInvoiceNumber()), invoice.getInvoiceDate(),
                creditNote ? null : invoice.getDueDate(), invoice.getDeliveryDate(), invoice.getBuyerReference(), null,
                billingReference, invoice.getNote(), invoice.getCurrency(),
                new EhfDocument.Seller(company.getName(), company.getOrgNumber(), company.isVatRegistered(),
                        company.isForetaksregisteret(), company.getAddressLine(), company.getPostalCode(),
                        company.getCity(), company.getCountryCode(), company.getEmailSender()),
                new EhfDocument.Buyer(invoice.getBuyerName(), invoice.getBuyerOrgNumber(), null,
                        String.valueOf(customer.getCustomerNumber()), invoice.getBuyerAddressLine1(),
                        invoice.getBuyerPostalCode(), invoice.getBuyerCity(), invoice.getBuyerCountryCode()),
                creditNote ? null : new EhfDocument.Payment(invoice.getKid(), company.getBankAccount(),
                        company.getIban(), company.getBic()),
                null, lines, breakdown(invoice, lines), invoice.getNetTotal(), invoice.getVatTotal(),
                invoice.getRounding(), invoice.getTotal(), EhfDocument.Attachment.pdf(context.document().getFileName(),
                        context.document().getContent(),
                        creditNote ? "Kreditnota" : "Faktura"));
    }

    /**
     * Why EHF cannot carry this invoice's lines at all, whoever the recipient is: VAT category O (codes 6, 7) mixed
     * with other categories (Peppol BIS Billing 3.0 BR-O-11). Empty when it can.
     */
    Optional<String> vatCategoryConflict(Invoice invoice) {
        return OutsideScopeRule.violation(invoice.getLines().stream().map(EhfDocumentFactory::category).toList());
    }

    private static EhfDocument.Line line(InvoiceLine line) {
        return new EhfDocument.Line(String.valueOf(line.getLineNo()), line.getDescription(), line.getQuantity(),
                line.getUnit(), line.getUnitPrice(), line.getDiscountPercent(), line.getNetAmount(), category(line));
    }

    private static EhfVatCategory category(InvoiceLine line) {
        return EhfVatCategory.forVatCode(line.getVatCode(), line.getVatRate());
    }

    /**
     * Taxable amount and VAT per category and rate; VAT on each rate's sum, as on the invoice itself (for a credit
     * note of what was left to credit: what was left of the rate's VAT). Category O has no rate and its VAT is zero
     * (BR-O-09).
     */
    private static List<EhfDocument.VatBreakdown> breakdown(Invoice invoice, List<EhfDocument.Line> lines) {
        Map<String, EhfVatCategory> categories = new TreeMap<>();
        Map<String, BigDecimal> taxable = new TreeMap<>();
        for (EhfDocument.Line line : lines) {
            BigDecimal percent = line.vat().percent();
            String key = line.vat().code() + "/" + (percent == null ? "-" : percent.toPlainString());
            categories.putIfAbsent(key, line.vat());
            taxable.merge(key, line.netAmount(), BigDecimal::add);
        }
        return taxable.entrySet().stream().map(e -> {
            EhfVatCategory category = categories.get(e.getKey());
            BigDecimal vat = category.percent() == null ? Money.ZERO : invoice.fixedVat(category.percent())
                    .orElseGet(() -> Money.percentOf(e.getValue(), category.percent()));
            return new EhfDocument.VatBreakdown(category, Money.ore(e.getValue()), vat);
        }).toList();
    }
}
