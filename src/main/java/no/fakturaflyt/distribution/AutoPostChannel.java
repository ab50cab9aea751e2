package no.fakturaflyt.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.distribution.provider.PrintJobRequest;
import no.fakturaflyt.distribution.provider.PrintReceipt;
import no.fakturaflyt.distribution.provider.PrintServiceClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * Print-and-post (AutoPost): the print service gets one PDF, an address sheet first so that the document's own layout
 * stays as it is, then the document (norway.md §9). Every customer has a postal address, so this is the channel of
 * last resort.
 */
@Component
class AutoPostChannel implements DeliveryChannel {

    private static final float MM = 72f / 25.4f;

    private final PrintServiceClient client;

    AutoPostChannel(PrintServiceClient client) {
        this.client = client;
    }

    /** The provider keeps the Idempotency-Key: a repeat is answered with the first receipt. */
    @Override
    public boolean answersRepeatsWithFirstReceipt() {
        return true;
    }

    @Override
    public ChannelType type() {
        return ChannelType.AUTOPOST;
    }

    @Override
    public Optional<String> ineligibility(DeliveryContext context) {
        return context.customer().getAddressLine1() == null || context.customer().getPostalCode() == null
                ? Optional.of("The customer has no postal address") : Optional.empty();
    }

    @Override
    public String recipient(DeliveryContext context) {
        return context.customer().getName() + ", " + String.join(", ", addressLines(context.customer()));
    }

    @Override
    public DeliveryReceipt deliver(DeliveryContext context) {
        List<String> address = addressLines(context.customer());
        Letter letter = letter(context.customer().getName(), address, context.document().getContent());
        PrintReceipt receipt = client.print(context.idempotencyKey(), new PrintJobRequest(context.customer().getName(),
                address, ProviderCalls.base64(letter.pdf()), letter.pages()));
        return new DeliveryReceipt(recipient(context), receipt.jobId());
    }

    static List<String> addressLines(Customer customer) {
        List<String> lines = new ArrayList<>();
        lines.add(customer.getAddressLine1());
        if (customer.getAddressLine2() != null) {
            lines.add(customer.getAddressLine2());
        }
        lines.add(customer.getPostalCode() + " " + customer.getCity());
        if (!"NO".equals(customer.getCountryCode())) {
            lines.add(customer.getCountryCode());
        }
        return lines;
    }

    /** The address sheet (name and address where a C5 window envelope shows them) followed by the document. */
    static Letter letter(String name, List<String> address, byte[] document) {
        try (PDDocument letter = new PDDocument(); PDDocument content = Loader.loadPDF(document)) {
            PDPage sheet = new PDPage(PDRectangle.A4);
            letter.addPage(sheet);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(letter, sheet)) {
                text.beginText();
                text.setFont(font, 11);
                text.setLeading(14);
                text.newLineAtOffset(25 * MM, PDRectangle.A4.getHeight() - 55 * MM);
                text.showText(name);
                for (String line : address) {
                    text.newLine();
                    text.showText(line);
                }
                text.endText();
            }
            new PDFMergerUtility().appendDocument(letter, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            letter.save(out);
            return new Letter(out.toByteArray(), letter.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not put the letter for " + name + " together", e);
        }
    }

    record Letter(byte[] pdf, int pages) {
    }
}
