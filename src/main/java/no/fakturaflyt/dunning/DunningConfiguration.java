package no.fakturaflyt.dunning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The legal figures (dated tables from the classpath) and the rules that apply them, as beans. */
@Configuration
class DunningConfiguration {

    @Bean
    LegalRates legalRates() {
        return LegalRates.load();
    }

    @Bean
    ReminderFeeRules reminderFeeRules(LegalRates rates) {
        return new ReminderFeeRules(rates);
    }

    @Bean
    LateInterestCalculator lateInterestCalculator(LegalRates rates) {
        return new LateInterestCalculator(rates);
    }
}
