package no.fakturaflyt.payment.bankfile;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(BankFileProperties.class)
class BankFileConfiguration {
}
