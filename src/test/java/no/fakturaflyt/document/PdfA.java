package no.fakturaflyt.document;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF/A validator of the PDF Association and the Open Preservation Foundation, as a library: checks a
 * PDF against the validation profile of one PDF/A part and level (here PDF/A-2B, ISO 19005-2 level b), whatever the
 * file claims to be.
 */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /**
     * The rules of PDF/A-2B the PDF breaks, one line each ("clause-test: what the rule asks [where]"); empty when it
     * is compliant.
     */
    public static List<String> violationsOfPdfA2b(byte[] pdf) {
        return violations(pdf, PDFAFlavour.PDFA_2_B);
    }

    static List<String> violations(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " [" + a.getLocation().getContext() + "]")
                    .distinct().toList();
            if (!result.isCompliant() && failed.isEmpty()) {
                return List.of("not compliant (" + result.getJobEndStatus() + ")");
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF: " + e.getMessage(), e);
        }
    }
}
