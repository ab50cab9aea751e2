package no.fakturaflyt.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Renders invoices to PDF and keeps the PDF that was sent. */
@Service
public class DocumentService {

    private final InvoiceService invoices;
    private final InvoiceDocumentFactory factory;
    private final InvoicePdfRenderer renderer;
    private final StoredDocumentRepository repository;
    private final InvoiceHistory history;
    private final OsloClock clock;
    private final ReminderPdfRenderer reminderRenderer;

    DocumentService(InvoiceService invoices, InvoiceDocumentFactory factory, InvoicePdfRenderer renderer,
            StoredDocumentRepository repository, InvoiceHistory history, OsloClock clock,
            ReminderPdfRenderer reminderRenderer) {
        this.reminderRenderer = reminderRenderer;
        this.invoices = invoices;
        this.factory = factory;
        this.renderer = renderer;
        this.repository = repository;
        this.history = history;
        this.clock = clock;
    }

    /** The PDF exactly as the customer would see it, marked as a preview; uses up no number and stores nothing. */
    @Transactional(readOnly = true)
    public byte[] preview(long invoiceId) {
        return renderer.render(factory.build(invoices.get(invoiceId)));
    }

    /** Renders and stores the PDF of a posted invoice, once: a retry returns the stored one. */
    @Transactional
    public StoredDocument renderInvoicePdf(long invoiceId) {
        Optional<StoredDocument> existing = repository.findByInvoiceIdAndKind(invoiceId, StoredDocument.INVOICE_PDF);
        if (existing.isPresent()) {
            return existing.get();
        }
        Invoice invoice = invoices.get(invoiceId);
        if (!invoice.isPosted()) {
            throw new ConflictException("Only a posted invoice gets its final PDF; " + invoice.describe()
                    + " is " + invoice.getStatus().name().toLowerCase() + " (use the preview)");
        }
        byte[] pdf = renderer.render(factory.build(invoice));
        String fileName = (invoice.getInvoiceType() == InvoiceType.INVOICE ? "faktura-" : "kreditnota-")
                + invoice.getInvoiceNumber() + ".pdf";
        StoredDocument document = repository.save(new StoredDocument(invoiceId, StoredDocument.INVOICE_PDF, fileName,
                "application/pdf", pdf, sha256(pdf), clock.now()));
        history.record(invoiceId, "PDF_RENDERED", InvoiceHistory.SYSTEM, null,
                fileName + " (" + pdf.length + " bytes, SHA-256 " + document.getSha256() + ")");
        return document;
    }

    /**
     * Renders and stores a reminder or collection notice concerning an invoice, once per invoice and kind
     * ({@link StoredDocument#REMINDER_1}, {@link StoredDocument#REMINDER_2}, {@link StoredDocument#COLLECTION_NOTICE}):
     * a retry returns the stored one. The stored document knows its total and deadline, for the channels that send
     * them along (Vipps, eFaktura).
     */
    @Transactional
    public StoredDocument renderFollowUpDocument(long invoiceId, String kind, ReminderDocument document) {
        Optional<StoredDocument> existing = repository.findByInvoiceIdAndKind(invoiceId, kind);
        if (existing.isPresent()) {
            return existing.get();
        }
        requireFollowUpKind(kind);
        return store(invoiceId, kind, document, reminderRenderer.render(document));
    }

    private static void requireFollowUpKind(String kind) {
        if (!StoredDocument.REMINDER_1.equals(kind) && !StoredDocument.REMINDER_2.equals(kind)
                && !StoredDocument.COLLECTION_NOTICE.equals(kind)) {
            throw new IllegalArgumentException("Not a follow-up document kind: " + kind);
        }
    }

    private StoredDocument store(long invoiceId, String kind, ReminderDocument document, byte[] pdf) {
        Invoice invoice = invoices.get(invoiceId);
        String prefix = switch (kind) {
            case StoredDocument.REMINDER_1 -> "purring-1-";
            case StoredDocument.REMINDER_2 -> "purring-2-";
            default -> "inkassovarsel-";
        };
        String fileName = prefix + invoice.getInvoiceNumber() + ".pdf";
        StoredDocument stored = new StoredDocument(invoiceId, kind, fileName, "application/pdf", pdf, sha256(pdf),
                clock.now());
        stored.setDue(document.total(), document.payBy());
        stored = repository.save(stored);
        history.record(invoiceId, kind + "_RENDERED", InvoiceHistory.SYSTEM, null,
                fileName + " (" + pdf.length + " bytes, SHA-256 " + stored.getSha256() + "), to pay "
                        + document.total() + " by " + document.payBy());
        return stored;
    }

    /** Builds the reminder or notice of {@code letter} for the invoice (seller, buyer as invoiced) and stores it. */
    @Transactional
    public StoredDocument renderFollowUpDocument(long invoiceId, String kind, FollowUpLetter letter) {
        Optional<StoredDocument> existing = repository.findByInvoiceIdAndKind(invoiceId, kind);
        if (existing.isPresent()) {
            return existing.get();
        }
        requireFollowUpKind(kind);
        ReminderDocument document = factory.reminder(invoices.get(invoiceId), letter);
        if (!letter.withInvoiceCopy()) {
            return renderFollowUpDocument(invoiceId, kind, document);
        }
        Invoice invoice = invoices.get(invoiceId);
        invoicePdf(invoiceId).orElseThrow(() -> new IllegalStateException(
                "Invoice " + invoiceId + " has no PDF to copy into its " + kind));
        boolean english = "en".equals(document.language());
        String stamp = (english ? "COPY - " : "KOPI - ") + (letter.kind() == ReminderDocument.Kind.COLLECTION_NOTICE
                ? (english ? "COLLECTION NOTICE" : "INKASSOVARSEL") : (english ? "REMINDER" : "PURRING"));
        return store(invoiceId, kind, document,
                InvoiceCopy.letterWithCopy(reminderRenderer, renderer, document, factory.build(invoice), stamp));
    }

    /**
     * The notice of an AvtaleGiro charge the payee owes a payer whose bank sends none (claim of transaction type 02):
     * the invoice's own PDF, every page stamped "TREKKES VIA AVTALEGIRO" and the due date (in English "CHARGED VIA
     * AVTALEGIRO ON"), asking for the invoice's total by its due date. Rendered and stored once per invoice; a retry
     * returns the stored one. Stored in a transaction of its own, so that the delivery log (which records in its own
     * transactions) can name it while the distribution step that asked for it is still running.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public StoredDocument renderAvtaleGiroNotice(long invoiceId) {
        Optional<StoredDocument> existing = repository.findByInvoiceIdAndKind(invoiceId,
                StoredDocument.AVTALEGIRO_NOTICE);
        if (existing.isPresent()) {
            return existing.get();
        }
        Invoice invoice = invoices.get(invoiceId);
        StoredDocument invoicePdf = invoicePdf(invoiceId).orElseThrow(() -> new IllegalStateException(
                "Invoice " + invoiceId + " has no PDF to send as its AvtaleGiro notice"));
        boolean english = "en".equals(invoice.getLanguage());
        String date = DocumentFormats.of(invoice.getLanguage()).date(invoice.getDueDate());
        String stamp = (english ? "CHARGED VIA AVTALEGIRO ON " : "TREKKES VIA AVTALEGIRO ") + date;
        byte[] pdf = InvoiceCopy.stamped(invoicePdf.getContent(), stamp);
        String fileName = "faktura-" + invoice.getInvoiceNumber() + "-avtalegiro.pdf";
        StoredDocument stored = new StoredDocument(invoiceId, StoredDocument.AVTALEGIRO_NOTICE, fileName,
                "application/pdf", pdf, sha256(pdf), clock.now());
        stored.setDue(invoice.getTotal(), invoice.getDueDate());
        stored = repository.save(stored);
        history.record(invoiceId, "AVTALEGIRO_NOTICE_RENDERED", InvoiceHistory.SYSTEM, null,
                fileName + " (" + pdf.length + " bytes, SHA-256 " + stored.getSha256() + "), stamped '" + stamp + "'");
        return stored;
    }

    @Transactional(readOnly = true)
    public StoredDocument document(long documentId) {
        return repository.findById(documentId).orElseThrow(() -> new NotFoundException("Document", documentId));
    }

    @Transactional(readOnly = true)
    public Optional<StoredDocument> document(long invoiceId, String kind) {
        return repository.findByInvoiceIdAndKind(invoiceId, kind);
    }

    @Transactional(readOnly = true)
    public Optional<StoredDocument> invoicePdf(long invoiceId) {
        return repository.findByInvoiceIdAndKind(invoiceId, StoredDocument.INVOICE_PDF);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
