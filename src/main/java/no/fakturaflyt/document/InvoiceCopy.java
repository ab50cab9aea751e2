package no.fakturaflyt.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDF pages put together: a reminder "with a copy of the invoice" (the letter first, then the invoice as posted,
 * rendered with a copy stamp and numbered on from the letter, see {@code DocumentService}), and the AvtaleGiro notice
 * (the stored invoice stamped on every page).
 */
final class InvoiceCopy {

    private static final float FONT_SIZE = 13f;
    private static final float MARGIN = 28f;

    private InvoiceCopy() {
    }

    /**
     * The letter followed by the invoice, rendered with {@code stamp} on every page, the pages numbered across both
     * ("Side 2 av 2" on a one-page invoice after a one-page letter). Each part is laid out once alone to learn its
     * page count, then again in its place in the whole.
     */
    static byte[] letterWithCopy(ReminderPdfRenderer letters, InvoicePdfRenderer invoices, ReminderDocument letter,
            InvoiceDocument invoice, String stamp) {
        int letterPages = pageCount(letters.render(letter));
        int invoicePages = pageCount(invoices.render(invoice, new PageFrame(letterPages, 0, stamp)));
        int total = letterPages + invoicePages;
        return append(letters.render(letter, new PageFrame(0, total, null)),
                invoices.render(invoice, new PageFrame(letterPages, total, stamp)));
    }

    /** The letter followed by the pages of the (already stamped and numbered) copy of the invoice. */
    static byte[] append(byte[] letterPdf, byte[] invoicePdf) {
        try (PDDocument letter = Loader.loadPDF(letterPdf); PDDocument invoice = Loader.loadPDF(invoicePdf)) {
            new PDFMergerUtility().appendDocument(letter, invoice);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            letter.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DocumentRenderingException("Could not add the copy of the invoice: " + e.getMessage(), e);
        }
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new DocumentRenderingException("Could not read a rendered PDF: " + e.getMessage(), e);
        }
    }

    /** The PDF with {@code stamp} on every page, top right, and nothing else changed. */
    static byte[] stamped(byte[] pdf, String stamp) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (PDPage page : document.getPages()) {
                stamp(document, page, font, stamp);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DocumentRenderingException("Could not stamp the invoice: " + e.getMessage(), e);
        }
    }

    private static void stamp(PDDocument document, PDPage page, PDType1Font font, String stamp) throws IOException {
        PDRectangle box = page.getMediaBox();
        float width = font.getStringWidth(stamp) / 1000 * FONT_SIZE;
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.setNonStrokingColor(0.75f, 0.05f, 0.05f);
            content.beginText();
            content.setFont(font, FONT_SIZE);
            content.newLineAtOffset(box.getWidth() - MARGIN - width, box.getHeight() - MARGIN);
            content.showText(stamp);
            content.endText();
        }
    }
}
