package no.fakturaflyt.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.document.InvoiceDocument.Party;

/**
 * View model of one document of the payment follow-up, a reminder (purring) or a collection notice
 * (inkassovarsel, inkassoloven § 9), as {@link ReminderPdfRenderer} prints it.
 *
 * <p>All texts are printed as given (escaped, never interpreted as markup); the legal texts come from the
 * label files. Amounts are printed as given, rounded to two decimals. The renderer decides nothing about
 * fees, interest or deadlines; it only refuses a document that contradicts itself (see
 * {@link ReminderPdfRenderer#render}). Optional values are {@code null} and are then left out.
 *
 * @param kind              reminder or collection notice
 * @param language          "nb" (Norwegian bokmål, the default) or "en"
 * @param seller            the creditor
 * @param buyer             the debtor
 * @param number            the reminder's own reference, nullable
 * @param sequence          1 or 2: the first or second reminder (for a collection notice: the how-manieth
 *                          document of the follow-up; printed, not checked beyond 1–2)
 * @param sentDate          the day the document is sent
 * @param payBy             the new deadline; for a collection notice at least 14 days after {@code sentDate}
 * @param items             the overdue invoices, at least one
 * @param fee               the reminder or notice fee; zero when none (the row is then left out)
 * @param feeNote           why the fee was capped or left out, printed under the amounts; nullable
 * @param interest          late-payment interest accrued so far, nullable (or zero: no row)
 * @param interestRateText  the rate(s) of that interest as text, e.g. "12,00 % p.a.", nullable
 * @param total             to pay: the outstanding amounts plus fee plus interest
 * @param kid               KID of the payment (the invoice's KID for a single invoice), nullable; without it the
 *                          invoice numbers are the payment message
 * @param bankAccount       Norwegian account number, 11 digits (printed as 1234.56.78903)
 * @param business          {@code true} for a business debtor, {@code false} for a consumer (who is told how to
 *                          object to the claim)
 * @param currency          ISO 4217 code; {@code null} means "NOK"
 * @param iban              the account as IBAN, nullable: then derived from {@code bankAccount}
 * @param bic               the bank's BIC, nullable
 */
public record ReminderDocument(Kind kind, String language /* "nb" or "en" */, Party seller, Party buyer,
        String number /* nullable */, int sequence /* 1 or 2 */, LocalDate sentDate, LocalDate payBy,
        List<Item> items, BigDecimal fee /* 0 allowed */, String feeNote /* nullable */,
        BigDecimal interest /* nullable */, String interestRateText /* nullable */, BigDecimal total,
        String kid /* nullable */, String bankAccount, boolean business, String currency /* null = NOK */,
        String iban /* nullable */, String bic /* nullable */) {

    /** A document whose IBAN is derived from the account number, without a BIC. */
    public ReminderDocument(Kind kind, String language, Party seller, Party buyer, String number, int sequence,
            LocalDate sentDate, LocalDate payBy, List<Item> items, BigDecimal fee, String feeNote,
            BigDecimal interest, String interestRateText, BigDecimal total, String kid, String bankAccount,
            boolean business, String currency) {
        this(kind, language, seller, buyer, number, sequence, sentDate, payBy, items, fee, feeNote, interest,
                interestRateText, total, kid, bankAccount, business, currency, null, null);
    }

    public enum Kind { REMINDER, COLLECTION_NOTICE }

    /** The shortest deadline of a collection notice, in days after it was sent (inkassoloven § 9). */
    public static final int COLLECTION_NOTICE_MIN_DAYS = 14;

    /**
     * One overdue invoice.
     *
     * @param originalAmount the invoice's total
     * @param outstanding    what is still unpaid of it
     */
    public record Item(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, BigDecimal originalAmount,
            BigDecimal outstanding) {}
}
