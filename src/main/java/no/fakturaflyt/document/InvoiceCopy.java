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
 * A reminder "as a copy of the invoice": the reminder letter first, then the invoice exactly as it was sent, every
 * page stamped (e.g. "KOPI – PURRING") so that nobody takes it for a new invoice.
 */
final class InvoiceCopy {

    private static final float FONT_SIZE = 13f;
    private static final float MARGIN = 28f;

    private InvoiceCopy() {
    }

    static byte[] appendStamped(byte[] letterPdf, byte[] invoicePdf, String stamp) {
        try (PDDocument letter = Loader.loadPDF(letterPdf); PDDocument invoice = Loader.loadPDF(invoicePdf)) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (PDPage page : invoice.getPages()) {
                stamp(invoice, page, font, stamp);
            }
            new PDFMergerUtility().appendDocument(letter, invoice);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            letter.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DocumentRenderingException("Could not add the copy of the invoice: " + e.getMessage(), e);
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
