package no.fakturaflyt.support;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a user checks on an e-mail GreenMail received: to whom, which files are attached, what the PDF says. */
public final class Mails {

    private Mails() {
    }

    /** Every message received for {@code address}, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages())
                .filter(m -> recipients(m).stream().anyMatch(a -> a.toString().equalsIgnoreCase(address))).toList();
    }

    public static List<String> attachmentNames(MimeMessage mail) throws MessagingException, IOException {
        List<String> names = new ArrayList<>();
        for (Part part : parts(mail)) {
            if (part.getFileName() != null) {
                names.add(part.getFileName());
            }
        }
        return names;
    }

    /** The text of the (first) PDF attached, as PDFBox reads it. */
    public static String pdfText(MimeMessage mail) throws MessagingException, IOException {
        for (Part part : parts(mail)) {
            if (part.getContentType().toLowerCase().startsWith("application/pdf")) {
                return pdfText(part.getInputStream().readAllBytes());
            }
        }
        throw new AssertionError("No PDF attached to '" + mail.getSubject() + "'");
    }

    private static List<Part> parts(MimeMessage mail) throws MessagingException, IOException {
        List<Part> parts = new ArrayList<>();
        if (mail.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                parts.add(multipart.getBodyPart(i));
            }
        }
        return parts;
    }

    private static List<Address> recipients(MimeMessage mail) {
        try {
            return mail.getAllRecipients() == null ? List.of() : List.of(mail.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text of a PDF as a reader copies it, with the non-breaking spaces the documents print between thousands
     * (and before "%" and "kr") read as plain spaces: the embedded font maps them to U+00A0.
     */
    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }
}
