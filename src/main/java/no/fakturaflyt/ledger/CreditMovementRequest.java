package no.fakturaflyt.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A change of a customer's credit balance to record.
 *
 * @param amount     positive: how much the credit rises (CREDIT_NOTE) or is used (REFUND, SET_OFF)
 * @param sourceId   the credit note's id for CREDIT_NOTE; null for a refund or set-off, which is its own source
 * @param bankAccount the account a refund was paid to; null otherwise
 */
public record CreditMovementRequest(long customerId, CreditMovementKind kind, LocalDate date, BigDecimal amount,
        Long invoiceId, String sourceType, Long sourceId, String bankAccount, String reference, String createdBy) {
}
