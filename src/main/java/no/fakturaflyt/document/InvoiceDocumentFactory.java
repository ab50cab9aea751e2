package no.fakturaflyt.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.InvoiceTemplate;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceTotals;
import no.fakturaflyt.invoicing.InvoiceType;
import no.fakturaflyt.ledger.LedgerService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds what the PDF shows from an invoice: a posted invoice as posted (its buyer as it was then), a draft as it
 * would look if sent today, marked as a preview and without a number.
 */
@Component
class InvoiceDocumentFactory {

    private final InvoiceService invoices;
    private final CustomerService customers;
    private final CompanySettingsService company;
    private final OsloClock clock;
    private final LedgerService ledger;
    private final List<InterestNoteDetails> interestNoteDetails;

    InvoiceDocumentFactory(InvoiceService invoices, CustomerService customers, CompanySettingsService company,
            OsloClock clock, LedgerService ledger, List<InterestNoteDetails> interestNoteDetails) {
        this.ledger = ledger;
        this.interestNoteDetails = interestNoteDetails;
        this.invoices = invoices;
        this.customers = customers;
        this.company = company;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InvoiceDocument build(Invoice invoice) {
        CompanySettings settings = company.current();
        Customer customer = customers.get(invoice.getCustomerId());
        InvoiceTotals totals = invoices.totals(invoice);
        boolean preview = !invoice.isPosted();
        boolean creditNote = invoice.getInvoiceType() == InvoiceType.CREDIT_NOTE;

        InvoiceDocument.Party seller = seller(settings);
        InvoiceDocument.Party buyer = preview ? buyerFromCustomer(customer) : buyerAsPosted(invoice, customer);

        var invoiceDate = preview && invoice.getInvoiceDate() == null ? clock.today() : invoice.getInvoiceDate();
        int terms = invoice.getPaymentTermsDays() != null ? invoice.getPaymentTermsDays()
                : customer.getPaymentTermsDays() != null ? customer.getPaymentTermsDays()
                : settings.getPaymentTermsDays();
        var dueDate = preview ? (creditNote ? invoiceDate : invoiceDate.plusDays(terms)) : invoice.getDueDate();
        String creditedNumber = creditNote
                ? String.valueOf(invoices.get(invoice.getCreditedInvoiceId()).getInvoiceNumber()) : null;

        InvoiceDocument document = new InvoiceDocument(creditNote ? InvoiceDocument.Kind.CREDIT_NOTE : InvoiceDocument.Kind.INVOICE,
                preview, invoice.getLanguage(), seller, buyer,
                invoice.getInvoiceNumber() == null ? null : String.valueOf(invoice.getInvoiceNumber()),
                invoiceDate, dueDate, invoice.getDeliveryDate() != null ? invoice.getDeliveryDate() : invoiceDate,
                invoice.getDeliveryPlace(), invoice.getKid(), settings.getBankAccount(), settings.getIban(),
                settings.getBic(), creditedNumber, invoice.getBuyerReference(), invoice.getNote(),
                invoice.getLines().stream().map(l -> new InvoiceDocument.Line(l.getDescription(), l.getQuantity(),
                        l.getUnit(), l.getUnitPrice(), l.getDiscountPercent(), l.getVatRate(), l.getNetAmount(),
                        vatNote(l.getVatCode(), l.getVatRate(), invoice.getLanguage()))).toList(),
                totals.vatLines().stream().map(v -> new InvoiceDocument.VatLine(v.rate(), v.base(), v.vat())).toList(),
                totals.netTotal(), totals.vatTotal(), totals.rounding(), totals.total(), invoice.getCurrency(),
                settings.getLogoPng());
        document = document.withTemplate(InvoiceTemplate.applying(customer.getInvoiceTemplate(),
                settings.getInvoiceTemplate()).key());
        if (invoice.isInterestNote()) {
            List<InvoiceDocument.InterestPeriod> periods = new ArrayList<>();
            if (invoice.getId() != null) {
                interestNoteDetails.forEach(details -> periods.addAll(details.periodsOf(invoice.getId())));
            }
            document = document.asInterestNote(periods);
        }
        return document;
    }

    /** Why a line without VAT has none, from its VAT code (data), in the document's language; null for VAT lines. */
    private String vatNote(String vatCode, BigDecimal vatRate, String language) {
        if (vatCode == null || vatRate == null || vatRate.signum() != 0) {
            return null;
        }
        return ledger.vatCode(vatCode).documentNote(language);
    }

    /** A reminder or notice concerning a posted invoice: its seller and its buyer as invoiced. */
    @Transactional(readOnly = true)
    public ReminderDocument reminder(Invoice invoice, FollowUpLetter letter) {
        CompanySettings settings = company.current();
        Customer customer = customers.get(invoice.getCustomerId());
        InvoiceDocument.Party seller = seller(settings);
        return new ReminderDocument(letter.kind(), invoice.getLanguage(), seller, buyerAsPosted(invoice, customer),
                String.valueOf(invoice.getInvoiceNumber()), letter.sequence(), letter.sentDate(), letter.payBy(),
                letter.items(), letter.fee(), letter.feeNote(), null, null, letter.total(), letter.kid(),
                settings.getBankAccount(), letter.business(), invoice.getCurrency(), settings.getIban(),
                settings.getBic());
    }

    private static InvoiceDocument.Party seller(CompanySettings settings) {
        return new InvoiceDocument.Party(settings.getName(), settings.getOrgNumber(),
                settings.isVatRegistered(), settings.isForetaksregisteret(), null, List.of(settings.getAddressLine()),
                settings.getPostalCode(), settings.getCity(), settings.getCountryCode(), settings.getEmailSender(),
                settings.getPhone());
    }

    private static InvoiceDocument.Party buyerFromCustomer(Customer c) {
        return new InvoiceDocument.Party(c.getName(), c.getOrgNumber(), false, false,
                String.valueOf(c.getCustomerNumber()), addressLines(c.getAddressLine1(), c.getAddressLine2()),
                c.getPostalCode(), c.getCity(), c.getCountryCode(), c.getInvoiceEmail(), c.getMobile());
    }

    private static InvoiceDocument.Party buyerAsPosted(Invoice i, Customer c) {
        return new InvoiceDocument.Party(i.getBuyerName(),
                c.getCustomerType() == CustomerType.BUSINESS ? i.getBuyerOrgNumber() : null, false, false,
                String.valueOf(c.getCustomerNumber()), addressLines(i.getBuyerAddressLine1(), i.getBuyerAddressLine2()),
                i.getBuyerPostalCode(), i.getBuyerCity(), i.getBuyerCountryCode(), c.getInvoiceEmail(), c.getMobile());
    }

    private static List<String> addressLines(String first, String second) {
        List<String> lines = new ArrayList<>();
        lines.add(first);
        if (second != null) {
            lines.add(second);
        }
        return lines;
    }
}
