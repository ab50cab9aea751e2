package no.fakturaflyt.sales;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.document.InvoiceDocument;
import no.fakturaflyt.document.InvoicePdfRenderer;
import no.fakturaflyt.invoicing.InvoiceTotals;
import org.springframework.stereotype.Component;

/**
 * The PDFs of quotes and order confirmations: the invoice's layout with the kind's title and without payment details
 * ({@link InvoiceDocument.Kind#QUOTE}, {@link InvoiceDocument.Kind#ORDER_CONFIRMATION}). A draft renders as a marked
 * preview; the PDF that is sent is stored once and returned on a retry.
 */
@Component
class SalesDocuments {

    private final InvoicePdfRenderer renderer;
    private final CompanySettingsService company;
    private final SalesDocumentRepository repository;
    private final OsloClock clock;

    SalesDocuments(InvoicePdfRenderer renderer, CompanySettingsService company, SalesDocumentRepository repository,
            OsloClock clock) {
        this.renderer = renderer;
        this.company = company;
        this.repository = repository;
        this.clock = clock;
    }

    byte[] render(Quote quote, Customer customer, InvoiceTotals totals) {
        String note = join(quote.getTerms() == null ? null
                : ("en".equals(quote.getLanguage()) ? "Terms: " : "Betingelser: ") + quote.getTerms(), quote.getNote());
        return renderer.render(document(InvoiceDocument.Kind.QUOTE, quote.getStatus() == QuoteStatus.DRAFT,
                quote.getLanguage(), customer, quote.getQuoteNumber(),
                quote.getQuoteDate() != null ? quote.getQuoteDate() : clock.today(), quote.getValidUntil(), null,
                note, quote.getLines(), totals));
    }

    byte[] render(SalesOrder order, Long quoteNumber, Customer customer, InvoiceTotals totals) {
        return renderer.render(document(InvoiceDocument.Kind.ORDER_CONFIRMATION,
                order.getStatus() == OrderStatus.DRAFT, order.getLanguage(), customer, order.getOrderNumber(),
                order.getOrderDate() != null ? order.getOrderDate() : clock.today(), null,
                quoteNumber == null ? null : String.valueOf(quoteNumber), order.getNote(), order.getLines(), totals));
    }

    /** The stored PDF of a sent quote or confirmed order, rendering and storing it the first time. */
    SalesDocument store(SalesEvent.Subject subject, long id, String fileName, java.util.function.Supplier<byte[]> pdf) {
        Optional<SalesDocument> existing = repository.findByEntityTypeAndEntityId(subject, id);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] content = pdf.get();
        return repository.save(new SalesDocument(subject, id, fileName, content, sha256(content), clock.now()));
    }

    Optional<SalesDocument> stored(SalesEvent.Subject subject, long id) {
        return repository.findByEntityTypeAndEntityId(subject, id);
    }

    private InvoiceDocument document(InvoiceDocument.Kind kind, boolean preview, String language, Customer customer,
            Long number, java.time.LocalDate date, java.time.LocalDate validUntil, String quoteNumber, String note,
            List<? extends SalesLine> lines, InvoiceTotals totals) {
        CompanySettings settings = company.current();
        InvoiceDocument.Party seller = new InvoiceDocument.Party(settings.getName(), settings.getOrgNumber(),
                settings.isVatRegistered(), settings.isForetaksregisteret(), null, List.of(settings.getAddressLine()),
                settings.getPostalCode(), settings.getCity(), settings.getCountryCode(), settings.getEmailSender(),
                settings.getPhone());
        List<String> address = new ArrayList<>();
        address.add(customer.getAddressLine1());
        if (customer.getAddressLine2() != null) {
            address.add(customer.getAddressLine2());
        }
        InvoiceDocument.Party buyer = new InvoiceDocument.Party(customer.getName(), customer.getOrgNumber(), false,
                false, String.valueOf(customer.getCustomerNumber()), address, customer.getPostalCode(),
                customer.getCity(), customer.getCountryCode(), customer.getInvoiceEmail(), customer.getMobile());
        return new InvoiceDocument(kind, preview, language, seller, buyer, number == null ? null : number.toString(),
                date, validUntil, null, null, null, settings.getBankAccount(), null, null, quoteNumber, null, note,
                lines.stream().map(l -> new InvoiceDocument.Line(l.getDescription(), l.getQuantity(), l.getUnit(),
                        l.getUnitPrice(), l.getDiscountPercent(), l.getVatRate(), l.getNetAmount())).toList(),
                totals.vatLines().stream().map(v -> new InvoiceDocument.VatLine(v.rate(), v.base(), v.vat())).toList(),
                totals.netTotal(), totals.vatTotal(), totals.rounding(), totals.total(), "NOK", settings.getLogoPng());
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + "\n" + second;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
