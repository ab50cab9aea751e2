package no.fakturaflyt.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the payment follow-up decided for one reminder or notice; the document module adds the seller, the buyer as
 * invoiced, the language and the account, and renders it as a {@link ReminderDocument}.
 *
 * @param total what to pay: the items' outstanding amounts plus {@code fee}
 * @param kid   the invoice's KID for a single invoice; null for a balance list (the invoice numbers are then the
 *              payment message)
 * @param withInvoiceCopy the invoice as it was sent follows the letter, stamped as a copy
 */
public record FollowUpLetter(ReminderDocument.Kind kind, int sequence, LocalDate sentDate, LocalDate payBy,
        List<ReminderDocument.Item> items, BigDecimal fee, String feeNote, BigDecimal total, String kid,
        boolean business, boolean withInvoiceCopy) {
}
