package no.fakturaflyt.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The layouts an invoice (and a credit note, quote or order confirmation) can be printed in, each an XSL-FO
 * stylesheet in {@code src/main/resources/document}. The company chooses a default, a customer may override it.
 */
public enum InvoiceTemplate {

    /** The seller's logo in a band at the top, roomy lines. */
    STANDARD("document/invoice-fo.xsl"),
    /** Like the standard one, with tighter lines and smaller type: more lines on a page. */
    COMPACT("document/invoice-compact-fo.xsl"),
    /** No logo band: name and address only, for pre-printed letterhead or a sober look. */
    PLAIN("document/invoice-plain-fo.xsl");

    private final String stylesheet;

    InvoiceTemplate(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The resource of its stylesheet. */
    public String stylesheet() {
        return stylesheet;
    }

    /** Its name in the API and the database: "standard", "compact", "plain". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every template's key, for error messages and the API description. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(InvoiceTemplate::key).toList();
    }

    /** Whether {@code key} names a template (case-insensitive). */
    public static boolean isKnown(String key) {
        return key != null && keys().contains(key.trim().toLowerCase(Locale.ROOT));
    }

    /** The template that applies: the customer's own when it has one, else the company's default. */
    public static InvoiceTemplate applying(String customerTemplate, String companyDefault) {
        return of(customerTemplate == null || customerTemplate.isBlank() ? companyDefault : customerTemplate);
    }

    /**
     * The key of a template chosen through the API, checked: {@code null} or blank gives {@code null} (no choice),
     * an unknown name is refused as invalid input of {@code field}, naming the known templates.
     */
    public static String checked(String key, String field) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (!isKnown(key)) {
            throw new InvalidInputException(field, "Unknown invoice template '" + key + "'; known templates: "
                    + keys());
        }
        return key.trim().toLowerCase(Locale.ROOT);
    }

    /** The template of {@code key}; {@code null} or blank is the standard one. */
    public static InvoiceTemplate of(String key) {
        if (key == null || key.isBlank()) {
            return STANDARD;
        }
        if (!isKnown(key)) {
            throw new IllegalArgumentException("Unknown invoice template '" + key + "'; known: " + keys());
        }
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
