package no.fakturaflyt.common.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The screens' language: Norwegian bokmål unless the user chose English ({@code ?lang=en}), kept in a cookie. */
@Configuration
class ScreensConfiguration implements WebMvcConfigurer {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");
    static final String LANGUAGE_PARAMETER = "lang";

    private final MessageSource messages;

    ScreensConfiguration(MessageSource messages) {
        this.messages = messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("fakturaflyt-lang");
        resolver.setDefaultLocale(BOKMAL);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(LANGUAGE_PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**", "/engine-rest/**", "/camunda/**");
        registry.addInterceptor(new ErrorTexts(messages)).excludePathPatterns("/api/**", "/engine-rest/**",
                "/camunda/**");
    }
}
