package no.fakturaflyt.distribution.provider;

/** A consumer who accepts eFaktura, and the address to send to. */
public record EfakturaConsumer(String efakturaAddress) {
}
