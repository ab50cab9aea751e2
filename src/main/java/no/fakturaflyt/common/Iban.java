package no.fakturaflyt.common;

import java.math.BigInteger;
import java.util.Locale;

/**
 * International bank account numbers (ISO 13616): the mod-97 check and the Norwegian IBAN of an eleven-digit account
 * number ("NO" + two check digits + the account, 15 characters).
 */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    private static final int NORWEGIAN_LENGTH = 15;

    private Iban() {
    }

    /** Spaces removed, upper case; {@code null} stays {@code null}. */
    public static String compact(String iban) {
        return iban == null ? null : iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Whether {@code iban} has the form and mod-97 check of an IBAN, and for Norway its length (15). */
    public static boolean isValid(String iban) {
        String value = compact(iban);
        if (value == null || !value.matches("[A-Z]{2}\\d{2}[A-Z0-9]{1,30}")) {
            return false;
        }
        if (value.startsWith("NO") && value.length() != NORWEGIAN_LENGTH) {
            return false;
        }
        return remainder(value.substring(4) + value.substring(0, 4)) == 1;
    }

    /** The Norwegian IBAN of an eleven-digit account number, e.g. 86011117947 -> NO9386011117947. */
    public static String ofNorwegianAccount(String account) {
        String digits = account == null ? "" : account.replaceAll("[\\s.]", "");
        if (!digits.matches("\\d{11}")) {
            throw new IllegalArgumentException("Not an eleven-digit Norwegian account number: " + account);
        }
        int check = 98 - remainder(digits + "NO00");
        return "NO" + (check < 10 ? "0" : "") + check + digits;
    }

    /** Whether a Norwegian IBAN names this eleven-digit account. */
    public static boolean isOfAccount(String iban, String account) {
        String value = compact(iban);
        String digits = account == null ? "" : account.replaceAll("[\\s.]", "");
        return value != null && value.startsWith("NO") && value.endsWith(digits) && value.length() == NORWEGIAN_LENGTH;
    }

    /** The number of the rearranged IBAN (letters as 10..35) modulo 97. */
    private static int remainder(String rearranged) {
        StringBuilder numeric = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue();
    }
}
