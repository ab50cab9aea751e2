package no.fakturaflyt.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param bankAccount the account (chart of accounts) a payment is debited to; default 1920 bank deposits
 */
@ConfigurationProperties("fakturaflyt.payment")
record PaymentProperties(Integer bankAccount) {

    PaymentProperties {
        bankAccount = bankAccount == null ? 1920 : bankAccount;
    }
}
