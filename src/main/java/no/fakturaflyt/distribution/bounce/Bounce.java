package no.fakturaflyt.distribution.bounce;

import java.time.Instant;

/**
 * A late bounce: a mail server reported, after accepting an e-mail, that it could not deliver it.
 *
 * @param originalMessageId the Message-ID of the e-mail that bounced, with its angle brackets as sent
 *                          ({@code <…@fakturaflyt>}); null when the bounce does not say
 * @param recipient         the address that failed; null when the bounce does not say
 * @param reason            the mail server's diagnostic text and status code, or the bounce's own words
 * @param receivedAt        when the bounce reached the mailbox
 */
public record Bounce(String originalMessageId, String recipient, String reason, Instant receivedAt) {
}
