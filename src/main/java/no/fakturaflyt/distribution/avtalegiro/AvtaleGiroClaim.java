package no.fakturaflyt.distribution.avtalegiro;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One AvtaleGiro payment claim (betalingskrav): the payer's bank pays {@code amount} to the payee on {@code dueDate}
 * against the payer's standing AvtaleGiro mandate for {@code kid}.
 *
 * @param kid               the KID of the mandate and the invoice: 2–25 digits and nothing else (AvtaleGiro
 *                          systemspesifikasjon v3.3 §2.2.2 field 9: "uten spesialtegn"; a MOD11 KID ending in '-' is
 *                          refused, see the company setting numericKids)
 * @param amount            the amount in NOK, positive, at most two decimals
 * @param dueDate           the due date; the bank pays on it
 * @param payerShortName    the payer's short name (forkortet navn), at most 10 characters, may be blank
 * @param externalReference the payee's own reference (fremmedreferanse), e.g. the invoice number, at most 25
 *                          characters, may be blank
 * @param notification      who notifies the payer: the payee (transaction type 02) or the bank (21)
 */
public record AvtaleGiroClaim(String kid, BigDecimal amount, LocalDate dueDate, String payerShortName,
        String externalReference, Notification notification) {

    public static final int KID_MAX_LENGTH = 25;
    public static final int SHORT_NAME_MAX_LENGTH = 10;
    public static final int REFERENCE_MAX_LENGTH = 25;
    /** 17 digits of øre in the amount field. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.99");
    private static final Pattern KID = Pattern.compile("\\d{2,25}");

    /** Who tells the payer about the coming debit; the transaction type (positions 5–6) of records 30 and 31. */
    public enum Notification {
        /** The payee notifies the payer itself (e.g. with the invoice or eFaktura): transaction type 02. */
        PAYEE("02"),
        /** The payer's bank notifies the payer: transaction type 21. */
        BANK("21");

        private final String transactionType;

        Notification(String transactionType) {
            this.transactionType = transactionType;
        }

        public String transactionType() {
            return transactionType;
        }

        public static Notification ofTransactionType(String code) {
            for (Notification notification : values()) {
                if (notification.transactionType.equals(code)) {
                    return notification;
                }
            }
            throw new IllegalArgumentException("Unknown AvtaleGiro claim transaction type '" + code
                    + "'; expected 02 (payee notifies) or 21 (bank notifies)");
        }
    }

    public AvtaleGiroClaim {
        Objects.requireNonNull(kid, "An AvtaleGiro claim needs a KID");
        Objects.requireNonNull(amount, "An AvtaleGiro claim needs an amount");
        Objects.requireNonNull(dueDate, "An AvtaleGiro claim needs a due date");
        Objects.requireNonNull(notification, "An AvtaleGiro claim needs to say who notifies the payer");
        if (kid.length() > KID_MAX_LENGTH) {
            throw new IllegalArgumentException("The KID " + kid + " has " + kid.length()
                    + " characters; an AvtaleGiro KID has at most " + KID_MAX_LENGTH);
        }
        if (!KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("The KID '" + kid + "' cannot be drawn by AvtaleGiro: the claim file "
                    + "takes 2-25 digits without special characters (a MOD11 KID ending in '-' is refused; the "
                    + "company setting numericKids keeps KIDs digits only)");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("The amount of the claim for KID " + kid + " is " + amount.toPlainString()
                    + " NOK; an AvtaleGiro claim must be positive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("The amount of the claim for KID " + kid + " is " + amount.toPlainString()
                    + " NOK; an amount has at most two decimals (øre)");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException("The amount of the claim for KID " + kid + " is " + amount.toPlainString()
                    + " NOK, more than the 17 digits of øre the file can carry");
        }
        if (dueDate.getYear() < 2000 || dueDate.getYear() > 2099) {
            throw new IllegalArgumentException("The due date " + dueDate + " of the claim for KID " + kid
                    + " cannot be written as DDMMYY in this century");
        }
        payerShortName = text("payer short name", payerShortName, SHORT_NAME_MAX_LENGTH, kid);
        externalReference = text("external reference", externalReference, REFERENCE_MAX_LENGTH, kid);
    }

    /** The payee's notification, transaction type 02. */
    public static AvtaleGiroClaim payeeNotifies(String kid, BigDecimal amount, LocalDate dueDate, String payerName,
            String externalReference) {
        return new AvtaleGiroClaim(kid, amount, dueDate, shortNameOf(payerName), externalReference,
                Notification.PAYEE);
    }

    /** The bank's notification, transaction type 21. */
    public static AvtaleGiroClaim bankNotifies(String kid, BigDecimal amount, LocalDate dueDate, String payerName,
            String externalReference) {
        return new AvtaleGiroClaim(kid, amount, dueDate, shortNameOf(payerName), externalReference,
                Notification.BANK);
    }

    /** A full name cut to the 10 characters of the short-name field, whitespace collapsed; null gives "". */
    public static String shortNameOf(String name) {
        if (name == null) {
            return "";
        }
        String collapsed = name.strip().replaceAll("\\s+", " ");
        return collapsed.length() <= SHORT_NAME_MAX_LENGTH ? collapsed
                : collapsed.substring(0, SHORT_NAME_MAX_LENGTH).stripTrailing();
    }

    /** The amount in øre, as written in positions 33–49 of amount item 1. */
    public long amountInOre() {
        return amount.movePointRight(2).longValueExact();
    }

    private static String text(String what, String value, int maxLength, String kid) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException("The " + what + " '" + stripped + "' of the claim for KID " + kid
                    + " has " + stripped.length() + " characters; the field holds " + maxLength);
        }
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(stripped)
                || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The " + what + " '" + stripped + "' of the claim for KID " + kid
                    + " holds characters an ISO-8859-1 record line cannot carry");
        }
        return stripped;
    }
}
