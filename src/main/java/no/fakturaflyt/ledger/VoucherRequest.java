package no.fakturaflyt.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * A voucher to post. {@code sourceType} + {@code sourceId} identify what it books (e.g. INVOICE 42): the ledger
 * posts each source once, however often it is asked.
 */
public record VoucherRequest(LocalDate date, String description, String sourceType, long sourceId, String postedBy,
        List<PostingLine> lines) {
}
