package no.fakturaflyt.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The error texts of the screens ({@code messages/errors*.properties}): the same keys in bokmål and English, none
 * that the page texts ({@code messages/screens*.properties}) use for something else, each a valid message format, and
 * a refusal put in the page's language with its figures written as they are.
 */
class ErrorBundlesTest {

    @Test
    void bokmalAndEnglishHaveTheSameKeysAndNoneClashesWithThePageTexts() throws IOException {
        Properties bokmal = load("messages/errors.properties");
        Properties english = load("messages/errors_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(bokmal.stringPropertyNames());
        Properties pages = load("messages/screens.properties");
        assertThat(bokmal.stringPropertyNames()).doesNotContainAnyElementsOf(pages.stringPropertyNames());
        for (Properties bundle : new Properties[] {bokmal, english}) {
            bundle.forEach((key, text) -> assertThat(new MessageFormat((String) text).format(new Object[] {"x", "y",
                    "z", "v", "w"})).as(key.toString()).doesNotContain("{"));
        }
    }

    @Test
    void aRefusalReadsInThePagesLanguageWithItsFiguresAsTheyAre() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/screens", "messages/errors");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var refusal = new DefaultMessageSourceResolvable(new String[] {"invoices.credit.exceedsUncredited"},
                new Object[] {new java.math.BigDecimal("3750.00"), 10001L, new java.math.BigDecimal("2500.00"),
                        new java.math.BigDecimal("3750.00")}, "English");
        assertThat(Texts.of(messages, refusal, Locale.forLanguageTag("nb"))).isEqualTo(
                "Kreditnotaen på 3750,00 er mer enn det som ikke er kreditert av faktura 10001 (2500,00 av 3750,00).");
        assertThat(Texts.of(messages, refusal, Locale.ENGLISH)).isEqualTo(
                "The credit note of 3750.00 exceeds what has not yet been credited of invoice 10001 (2500.00 of 3750.00).");

        FormErrors errors = FormErrors.none().reject("text", "NotBlank").add("kid", "audit.error.kid");
        errors.translate(messages, Locale.forLanguageTag("nb"));
        assertThat(errors.get("text")).isEqualTo("Må fylles ut.");
        assertThat(errors.get("kid")).as("a text added as it is stays so").isEqualTo("audit.error.kid");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(ErrorBundlesTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
