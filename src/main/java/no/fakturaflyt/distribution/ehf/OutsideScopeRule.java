package no.fakturaflyt.distribution.ehf;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Peppol BIS Billing 3.0 (EN 16931) on VAT category O, "Not subject to VAT" (Norwegian VAT codes 6 and 7): a document
 * with O may carry O only.
 *
 * <ul>
 *   <li>BR-O-11: an invoice that contains a VAT breakdown group (BG-23) with category O shall not contain other VAT
 *   breakdown groups;</li>
 *   <li>BR-O-12: nor an invoice line (BG-25) whose item VAT category (BT-151) is not O.</li>
 * </ul>
 *
 * <p>Besides, O forbids the seller's and the buyer's VAT identifiers (BR-O-02) while S, Z, AE and G require the
 * seller's (BR-S-02, BR-Z-02, BR-AE-02, BR-G-02): no EHF document can carry O together with another category. Such a
 * document is never written; the channel passes it to the next channel with {@link #violation}'s words.
 */
public final class OutsideScopeRule {

    /** The rule that fails first, as phive reports it. */
    public static final String RULE = "BR-O-11";

    private OutsideScopeRule() {
    }

    /**
     * Why a document with these line categories cannot be an EHF document; empty when it can (no O, or only O).
     *
     * @param lineCategories the VAT category of each line, in line order
     */
    public static Optional<String> violation(Collection<EhfVatCategory> lineCategories) {
        boolean outside = lineCategories.stream().anyMatch(EhfVatCategory::outsideScope);
        Set<String> others = lineCategories.stream().filter(category -> !category.outsideScope())
                .map(OutsideScopeRule::label).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!outside || others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Peppol BIS Billing 3.0 rule " + RULE + " (and BR-O-12): a document with VAT category O"
                + " (not subject to VAT, VAT codes 6 and 7) shall not contain other VAT categories; this one also has "
                + String.join(", ", others));
    }

    private static String label(EhfVatCategory category) {
        return category.code() + " " + category.percent().toPlainString() + " %";
    }
}
