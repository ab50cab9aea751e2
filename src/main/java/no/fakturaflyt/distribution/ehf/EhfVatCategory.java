package no.fakturaflyt.distribution.ehf;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A VAT category of EN 16931 (UNCL5305 subset of Peppol BIS Billing 3.0) with its rate, as an EHF line and the VAT
 * breakdown carry it, and the mapping from the Norwegian SAF-T sales tax codes ({@code norway.md} §5).
 *
 * <table>
 *   <caption>Norwegian VAT code → EHF category</caption>
 *   <tr><th>code</th><th>category</th><th>rate</th><th>exemption reason</th></tr>
 *   <tr><td>3, 31, 33</td><td>S (standard)</td><td>25, 15, 12 (or the rate given)</td><td>–</td></tr>
 *   <tr><td>5</td><td>Z (zero-rated)</td><td>0</td><td>–</td></tr>
 *   <tr><td>51</td><td>AE (reverse charge)</td><td>0</td><td>VATEX-EU-AE, "Omvendt avgiftsplikt - Merverdiavgift ikke beregnet"</td></tr>
 *   <tr><td>52</td><td>G (export outside the EEA)</td><td>0</td><td>VATEX-EU-G, "Eksport - Merverdiavgift ikke beregnet"</td></tr>
 *   <tr><td>6, 7</td><td>O (outside the scope of VAT)</td><td>none</td><td>VATEX-EU-O, "Utenfor merverdiavgiftsloven"</td></tr>
 * </table>
 *
 * <p>Peppol's rules for O: a document with an O line carries no VAT identifiers (seller or buyer, BR-O-02/-03/-04),
 * no rate (BR-O-05), and no other category besides O (BR-O-11). {@link EhfWriter} leaves the VAT identifiers out when
 * a document has an O line; a document mixing O with other categories is never EHF ({@link OutsideScopeRule}; the
 * validator would stop it too).
 *
 * @param code                  the category code: S, Z, AE, G or O
 * @param percent               the VAT rate in percent; {@code null} for O (which has no rate)
 * @param exemptionReasonCode   VATEX code (BT-121), {@code null} for S and Z
 * @param exemptionReason       exemption reason text (BT-120), {@code null} for S and Z
 */
public record EhfVatCategory(String code, BigDecimal percent, String exemptionReasonCode, String exemptionReason) {

    public static final String STANDARD = "S";
    public static final String ZERO_RATED = "Z";
    public static final String REVERSE_CHARGE = "AE";
    public static final String EXPORT = "G";
    public static final String OUTSIDE_SCOPE = "O";

    public static final String REVERSE_CHARGE_TEXT = "Omvendt avgiftsplikt - Merverdiavgift ikke beregnet";
    public static final String EXPORT_TEXT = "Eksport - Merverdiavgift ikke beregnet";
    public static final String OUTSIDE_SCOPE_TEXT = "Utenfor merverdiavgiftsloven";

    public EhfVatCategory {
        Objects.requireNonNull(code, "code");
        if (OUTSIDE_SCOPE.equals(code)) {
            if (percent != null) {
                throw new IllegalArgumentException("Category O has no VAT rate");
            }
        } else {
            Objects.requireNonNull(percent, "percent");
            percent = percent.stripTrailingZeros();
            if (percent.scale() < 0) {
                percent = percent.setScale(0);
            }
        }
    }

    /**
     * The category of a Norwegian VAT code at its standard rate (3 = 25 %, 31 = 15 %, 33 = 12 %, the rest 0 or none).
     *
     * @throws IllegalArgumentException for a code that is not a sales code of §5
     */
    public static EhfVatCategory forVatCode(String vatCode) {
        return switch (normalise(vatCode)) {
            case "3" -> forVatCode("3", BigDecimal.valueOf(25));
            case "31" -> forVatCode("31", BigDecimal.valueOf(15));
            case "33" -> forVatCode("33", BigDecimal.valueOf(12));
            default -> forVatCode(vatCode, BigDecimal.ZERO);
        };
    }

    /**
     * The category of a Norwegian VAT code with the rate the invoice line was posted with (the ledger's rate table is
     * the authority on rates; this class only knows which category a code belongs to).
     *
     * @param rate the line's VAT rate in percent; must be above zero for 3/31/33 and is ignored for the others
     * @throws IllegalArgumentException for an unknown code, or a standard-rated code without a positive rate
     */
    public static EhfVatCategory forVatCode(String vatCode, BigDecimal rate) {
        String code = normalise(vatCode);
        return switch (code) {
            case "3", "31", "33" -> {
                if (rate == null || rate.signum() <= 0) {
                    throw new IllegalArgumentException("VAT code " + code + " needs a rate above zero, got " + rate);
                }
                yield new EhfVatCategory(STANDARD, rate, null, null);
            }
            case "5" -> new EhfVatCategory(ZERO_RATED, BigDecimal.ZERO, null, null);
            case "51" -> new EhfVatCategory(REVERSE_CHARGE, BigDecimal.ZERO, "VATEX-EU-AE", REVERSE_CHARGE_TEXT);
            case "52" -> new EhfVatCategory(EXPORT, BigDecimal.ZERO, "VATEX-EU-G", EXPORT_TEXT);
            case "6", "7" -> new EhfVatCategory(OUTSIDE_SCOPE, null, "VATEX-EU-O", OUTSIDE_SCOPE_TEXT);
            default -> throw new IllegalArgumentException("Not a Norwegian sales VAT code: " + vatCode);
        };
    }

    /** {@code true} for O: outside the scope of VAT. */
    public boolean outsideScope() {
        return OUTSIDE_SCOPE.equals(code);
    }

    private static String normalise(String vatCode) {
        if (vatCode == null || vatCode.isBlank()) {
            throw new IllegalArgumentException("No VAT code");
        }
        return vatCode.strip();
    }
}
