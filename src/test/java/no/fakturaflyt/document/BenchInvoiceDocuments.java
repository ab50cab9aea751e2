package no.fakturaflyt.document;

import no.fakturaflyt.invoicing.Invoice;
import org.springframework.context.ApplicationContext;

/**
 * Lets the benchmarks (package {@code no.fakturaflyt.bench}) build the same {@link InvoiceDocument} the lifecycle
 * renders, without making the factory public in the application: the FOP floor must render exactly what B1 rendered.
 */
public final class BenchInvoiceDocuments {

    private BenchInvoiceDocuments() {
    }

    public static InvoiceDocument build(ApplicationContext context, Invoice invoice) {
        return context.getBean(InvoiceDocumentFactory.class).build(invoice);
    }

    /**
     * The reminder or notice of {@code letter} as {@link DocumentService#renderFollowUpDocument(long, String,
     * FollowUpLetter)} renders it (with the invoice's copy when the letter asks for it), without storing it: B2's
     * floor of the letter's PDF.
     */
    public static byte[] renderFollowUp(ApplicationContext context, Invoice invoice, FollowUpLetter letter) {
        InvoiceDocumentFactory factory = context.getBean(InvoiceDocumentFactory.class);
        ReminderPdfRenderer letters = context.getBean(ReminderPdfRenderer.class);
        ReminderDocument document = factory.reminder(invoice, letter);
        if (!letter.withInvoiceCopy()) {
            return letters.render(document);
        }
        return InvoiceCopy.letterWithCopy(letters, context.getBean(InvoicePdfRenderer.class), document,
                factory.build(invoice), "KOPI - PURRING");
    }
}
