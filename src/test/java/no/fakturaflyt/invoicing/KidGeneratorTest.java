package no.fakturaflyt.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import no.fakturaflyt.common.CheckDigits;
import no.fakturaflyt.common.KidAlgorithm;
import org.junit.jupiter.api.Test;

/**
 * KIDs by the check-digit rules of norway.md §6: MOD10 (Luhn) and MOD11 with weights 2..7 from the right, 11 → 0,
 * 10 → '-'; and the company setting that keeps MOD11 KIDs numeric (the rule is in {@link KidGenerator}).
 */
class KidGeneratorTest {

    /** The worked examples of norway.md §6: 1234 → 12344 (MOD10), 1234 → 12343 (MOD11). */
    @Test
    void theWorkedExamplesOfTheCheckDigitRules() {
        assertThat(KidGenerator.kid(KidAlgorithm.MOD10, false, 2, 2, 12, 34)).isEqualTo("12344");
        assertThat(KidGenerator.kid(KidAlgorithm.MOD11, false, 2, 2, 12, 34)).isEqualTo("12343");
    }

    /**
     * The worked examples of Nets' "AvtaleGiro systemspesifikasjon" v3.3 §4, transcribed: the field 1234567 8 with
     * MOD10 (weights 2,1,2,1… from the right, digit sum 38) gets check 2, 123456782; with MOD11 (weights 2..7 from the
     * right, product sum 138, 138 = 12·11 + 6) gets check 11 − 6 = 5, 123456785. Here as customer 1234 and invoice
     * 5678 of four digits each.
     */
    @Test
    void theWorkedExamplesOfTheAvtaleGiroSpecification() {
        assertThat(KidGenerator.kid(KidAlgorithm.MOD10, true, 4, 4, 1234, 5678)).isEqualTo("123456782");
        assertThat(KidGenerator.kid(KidAlgorithm.MOD11, false, 4, 4, 1234, 5678)).isEqualTo("123456785");
        // with numeric KIDs the variant digit 0 comes first: 123456780 has the MOD11 check 9, a digit
        assertThat(KidGenerator.kid(KidAlgorithm.MOD11, true, 4, 4, 1234, 5678)).isEqualTo("1234567809");
    }

    /**
     * Customer 10001, invoice 50005, widths 5 and 7: the payload 100010050005 has the weighted sum
     * 1·7+0·6+0·5+0·4+1·3+0·2+0·7+5·6+0·5+0·4+0·3+5·2 = 50, 50 mod 11 = 6, 11 − 6 = 5: the plain MOD11 KID is
     * 1000100500055. With the variant digit 0 (weight 2, every other weight moved one step) the sum is 56, 56 mod 11 = 1,
     * 11 − 1 = 10: '-'. So the variant digit is 1, the sum 58, 58 mod 11 = 3, check 8: 10001005000518.
     */
    @Test
    void aNumericMod11KidTakesVariantDigitOneWhereZeroWouldEndInDash() {
        assertThat(CheckDigits.mod11("1000100500050")).isEqualTo('-');

        String kid = KidGenerator.kid(KidAlgorithm.MOD11, true, 5, 7, 10001, 50005);

        assertThat(kid).isEqualTo("10001005000518");
        assertThat(CheckDigits.isValidKid(kid, KidAlgorithm.MOD11)).isTrue();
    }

    @Test
    void aNumericMod11KidKeepsVariantDigitZeroWhenItsCheckIsADigit() {
        // payload 1000100500010, by hand:
        // digits from the right 0,1,0,0,0,5,0,0,1,0,0,0,1 with weights 2,3,4,5,6,7,2,3,4,5,6,7,2 give
        // 3 + 35 + 4 + 2 = 44, 44 mod 11 = 0, 11 − 0 = 11 → 0
        String kid = KidGenerator.kid(KidAlgorithm.MOD11, true, 5, 7, 10001, 50001);

        assertThat(kid).isEqualTo("10001005000100");
        assertThat(CheckDigits.isValidKid(kid, KidAlgorithm.MOD11)).isTrue();
    }

    /** Without the setting, MOD11 keeps the '-' the rules give; the old behaviour, for a bank that takes it. */
    @Test
    void withTheSettingOffAMod11KidMayEndInDash() {
        assertThat(KidGenerator.kid(KidAlgorithm.MOD11, false, 5, 7, 10001, 50008)).isEqualTo("100010050008-");
    }

    /**
     * Over a thousand consecutive invoice numbers of one customer: every numeric MOD11 KID is digits only, of one
     * length, valid MOD11, and different from every other, and about one in eleven needed the variant digit 1.
     */
    @Test
    void everyNumericMod11KidIsDigitsOfOneLengthValidAndUnique() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        int variantOne = 0;
        for (long invoice = 50001; invoice <= 51100; invoice++) {
            String kid = KidGenerator.kid(KidAlgorithm.MOD11, true, 5, 7, 10001, invoice);
            assertThat(kid).matches("\\d{14}");
            assertThat(CheckDigits.isValidKid(kid, KidAlgorithm.MOD11)).as(kid).isTrue();
            assertThat(kid).startsWith("10001" + String.format("%07d", invoice));
            assertThat(seen.add(kid)).as(kid).isTrue();
            if (kid.charAt(12) == '1') {
                variantOne++;
                assertThat(CheckDigits.mod11(kid.substring(0, 12) + "0")).isEqualTo('-');
            }
        }
        assertThat(variantOne).isBetween(1100 / 11 - 30, 1100 / 11 + 30);
    }

    @Test
    void mod10IsNeverChangedByTheSetting() {
        assertThat(KidGenerator.kid(KidAlgorithm.MOD10, true, 5, 7, 10001, 50005))
                .isEqualTo(KidGenerator.kid(KidAlgorithm.MOD10, false, 5, 7, 10001, 50005)).hasSize(13);
    }
}
