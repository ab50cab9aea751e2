package no.fakturaflyt.distribution.ehf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EhfVatCategoryTest {

    @ParameterizedTest(name = "code {0} -> {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "3,  S,  25, -,           -",
            "31, S,  15, -,           -",
            "33, S,  12, -,           -",
            "5,  Z,  0,  -,           -",
            "51, AE, 0,  VATEX-EU-AE, Omvendt avgiftsplikt - Merverdiavgift ikke beregnet",
            "52, G,  0,  VATEX-EU-G,  Eksport - Merverdiavgift ikke beregnet",
            "6,  O,  -,  VATEX-EU-O,  Utenfor merverdiavgiftsloven",
            "7,  O,  -,  VATEX-EU-O,  Utenfor merverdiavgiftsloven"})
    void mapsNorwegianVatCodesToEhfCategories(String vatCode, String category, BigDecimal percent,
            String reasonCode, String reason) {
        EhfVatCategory mapped = EhfVatCategory.forVatCode(vatCode);

        assertThat(mapped.code()).isEqualTo(category);
        if (percent == null) {
            assertThat(mapped.percent()).isNull();
        } else {
            assertThat(mapped.percent()).isEqualByComparingTo(percent);
        }
        assertThat(mapped.exemptionReasonCode()).isEqualTo(reasonCode);
        assertThat(mapped.exemptionReason()).isEqualTo(reason);
        assertThat(mapped.outsideScope()).isEqualTo("O".equals(category));
    }

    @Test
    void aStandardCodeTakesTheRateItWasPostedWith() {
        EhfVatCategory category = EhfVatCategory.forVatCode("3", new BigDecimal("25.00"));

        assertThat(category).isEqualTo(EhfVatCategory.forVatCode("3"));
        assertThat(category.percent().toPlainString()).isEqualTo("25");
        assertThat(EhfVatCategory.forVatCode(" 33 ", new BigDecimal("12.50")).percent()).isEqualByComparingTo("12.5");
        // the rate of a zero-rated, reverse-charge, export or outside-scope code is not the line's to choose
        assertThat(EhfVatCategory.forVatCode("5", new BigDecimal("25")).percent()).isZero();
    }

    @Test
    void aStandardCodeWithoutARateIsRefused() {
        assertThatThrownBy(() -> EhfVatCategory.forVatCode("31", BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "4", "32", "99", "", "S"})
    void unknownCodesAreRefused(String code) {
        assertThatThrownBy(() -> EhfVatCategory.forVatCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outsideScopeHasNoRate() {
        assertThatThrownBy(() -> new EhfVatCategory("O", BigDecimal.ZERO, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
