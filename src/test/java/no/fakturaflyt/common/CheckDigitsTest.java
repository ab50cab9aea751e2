package no.fakturaflyt.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The check-digit schemes of norway.md §6: KID (MOD10 and MOD11), organisation numbers, bank accounts. */
class CheckDigitsTest {

    @ParameterizedTest(name = "MOD10 of {0} is {1}")
    @CsvSource({
            "1234, 4",      // norway.md: 1234 → 12344
            "4, 2",         // 4×2 = 8 → 10 − 8
            "0, 0",         // sum 0 → (10 − 0) mod 10 = 0
            "18, 2",        // 8×2 = 16 → digit sum 1+6 = 7, + 1 = 8 → 2
    })
    void mod10IsLuhn(String payload, char expected) {
        assertThat(CheckDigits.mod10(payload)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "MOD11 of {0} is {1}")
    @CsvSource({
            "1234, 3",      // norway.md: 1234 → 12343
            "104, -",       // 4×2 + 0×3 + 1×4 = 12, 12 mod 11 = 1 → 11 − 1 = 10 → '-'
            "6, -",         // 6×2 = 12 → 10 → '-'
            "109, 0",       // 9×2 + 0×3 + 1×4 = 22, 22 mod 11 = 0 → 11 → '0'
            "0, 0",
    })
    void mod11MapsTenToDashAndElevenToZero(String payload, char expected) {
        assertThat(CheckDigits.mod11(payload)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12a4", " 1234", "12-4"})
    void checkDigitsNeedDigits(String payload) {
        assertThatThrownBy(() -> CheckDigits.mod10(payload)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckDigits.mod11(payload)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "org. number {0} valid: {1}")
    @CsvSource({
            "123456785, true",    // norway.md: 12345678 → 123456785
            "123456130, true",    // check 11 → 0
            "123456784, false",   // wrong check digit
            "12345678, false",    // 8 digits
            "1234567850, false",  // 10 digits
            "12345678A, false",   // non-digit
            "123 456 785, false", // spaces are not part of the number
            "'', false",
    })
    void organisationNumber(String number, boolean valid) {
        assertThat(CheckDigits.isValidOrganisationNumber(number)).isEqualTo(valid);
    }

    /** 12345605: 3·1+2·2+7·3+6·4+5·5+4·6+3·0+2·5 = 111, 111 mod 11 = 1 → check 10: no ninth digit makes it valid. */
    @ParameterizedTest(name = "12345605{0} is invalid (check would be 10)")
    @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})
    void organisationNumberWhoseCheckWouldBeTenIsInvalid(char ninth) {
        assertThat(CheckDigits.isValidOrganisationNumber("12345605" + ninth)).isFalse();
    }

    @Test
    void nullOrganisationNumberIsInvalid() {
        assertThat(CheckDigits.isValidOrganisationNumber(null)).isFalse();
    }

    @ParameterizedTest(name = "bank account {0} valid: {1}")
    @CsvSource({
            "12345678903, true",
            "12345678904, false",
            "1234567890, false",     // 10 digits
            "123456789030, false",   // 12 digits
            "1234.56.78903, false",  // the printed form is not the number
            "1234567890X, false",
    })
    void bankAccount(String number, boolean valid) {
        assertThat(CheckDigits.isValidBankAccount(number)).isEqualTo(valid);
    }

    @Test
    void nullBankAccountIsInvalid() {
        assertThat(CheckDigits.isValidBankAccount(null)).isFalse();
    }

    @ParameterizedTest(name = "KID {0} valid in {1}: {2}")
    @CsvSource({
            "12344, MOD10, true",
            "12343, MOD10, false",
            "12343, MOD11, true",
            "12344, MOD11, false",
            "104-, MOD11, true",     // MOD11 check 10 is written '-'
            "1040, MOD11, false",
            "104-, MOD10, false",
            "42, MOD10, true",       // the shortest KID: 2 characters
            "4, MOD10, false",       // 1 character: no payload
            "0, MOD11, false",
            "12a44, MOD10, false",   // non-digit payload
            // 25 characters is the longest KID
            "1234567890123456789012340, MOD10, true",
            "1234567890123456789012341, MOD11, true",
            // 26 characters, even with a correct check digit, is too long
            "12345678901234567890123459, MOD10, false",
            "12345678901234567890123450, MOD11, false",
    })
    void kid(String kid, KidAlgorithm algorithm, boolean valid) {
        assertThat(CheckDigits.isValidKid(kid, algorithm)).isEqualTo(valid);
    }

    @Test
    void nullKidIsInvalid() {
        assertThat(CheckDigits.isValidKid(null, KidAlgorithm.MOD10)).isFalse();
        assertThat(CheckDigits.isValidKid("", KidAlgorithm.MOD11)).isFalse();
    }
}
