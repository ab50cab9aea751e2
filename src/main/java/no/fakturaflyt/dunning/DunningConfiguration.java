package no.fakturaflyt.dunning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules that apply the legal figures in force (the database's, seeded from the classpath), as beans. */
@Configuration
class DunningConfiguration {

    @Bean
    ReminderFeeRules reminderFeeRules(LegalRateBook rates) {
        return new ReminderFeeRules(rates::current);
    }

    @Bean
    LateInterestCalculator lateInterestCalculator(LegalRateBook rates) {
        return new LateInterestCalculator(rates::current);
    }
}
