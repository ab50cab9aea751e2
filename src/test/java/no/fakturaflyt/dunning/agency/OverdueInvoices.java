package no.fakturaflyt.dunning.agency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.dunning.DebtorType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Real invoices, sent and posted with their PDF, and the claim the payment follow-up would build for one of them
 * once its collection notice has run out: fees and interest as the follow-up would have worked them out.
 */
final class OverdueInvoices {

    private final TestData data;
    private final Jobs jobs;
    private final InvoiceService invoices;
    private final DocumentService documents;
    private final OsloClock clock;

    OverdueInvoices(TestData data, Jobs jobs, InvoiceService invoices, DocumentService documents, OsloClock clock) {
        this.data = data;
        this.jobs = jobs;
        this.invoices = invoices;
        this.documents = documents;
        this.clock = clock;
    }

    /** A posted invoice of 3 × 1250 + 25 % VAT = 4687.50 to a new business customer. */
    Invoice sentInvoice() {
        Customer customer = data.business("regnskap@skyldner.example");
        Invoice draft = data.draft(customer, data.product("3", "1250.00"), 3);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        return invoices.get(draft.getId());
    }

    /** The claim on that invoice: all of it outstanding, a 35 kr notice fee, 61.64 kr interest. */
    CollectionClaim claimFor(Invoice invoice) {
        StoredDocument pdf = documents.invoicePdf(invoice.getId()).orElseThrow();
        LocalDate today = clock.today();
        return new CollectionClaim(invoice.getId(), invoice.getInvoiceNumber(), invoice.getKid(),
                invoice.getInvoiceDate(), invoice.getDueDate(), invoice.getTotal(), new BigDecimal("35.00"),
                new BigDecimal("61.64"), "NOK",
                new CollectionClaim.Debtor(invoice.getBuyerName(), invoice.getBuyerOrgNumber(), DebtorType.BUSINESS,
                        List.of(invoice.getBuyerAddressLine1()), invoice.getBuyerPostalCode(),
                        invoice.getBuyerCity(), invoice.getBuyerCountryCode(), "regnskap@skyldner.example",
                        "+4755112233"),
                List.of(new CollectionClaim.Document(pdf.getFileName(), pdf.getContentType(), pdf.getContent()),
                        new CollectionClaim.Document("inkassovarsel-" + invoice.getInvoiceNumber() + ".pdf",
                                "application/pdf", onePagePdf())),
                today.minusDays(20), today.minusDays(6));
    }

    private static byte[] onePagePdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
