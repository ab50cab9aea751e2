package no.fakturaflyt.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number, date and identifier formatting for the printed documents, Norwegian or English style. */
public final class DocumentFormats {

    /** Thousands separator in Norwegian style. A no-break space, so "1 234,50" never wraps inside. */
    static final char NB_GROUPING = '\u00A0';

    private static final DateTimeFormatter NB_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final boolean english;

    private DocumentFormats(boolean english) {
        this.english = english;
    }

    public static DocumentFormats of(String language) {
        return new DocumentFormats(isEnglish(language));
    }

    static boolean isEnglish(String language) {
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en");
    }

    /** An amount with two decimals: "1 234,50" (nb) or "1,234.50" (en); "" for null. */
    public String amount(BigDecimal value) {
        return number(value, 2, 2);
    }

    /** A quantity with as many decimals as needed (at most 4): "2", "1,5". */
    String quantity(BigDecimal value) {
        return number(value, 0, 4);
    }

    /** A unit price: at least 2, at most 4 decimals. */
    String unitPrice(BigDecimal value) {
        return number(value, 2, 4);
    }

    /** A percentage without the sign: "25", "12,5". */
    String percent(BigDecimal value) {
        return number(value, 0, 2);
    }

    public String date(LocalDate date) {
        return date == null ? "" : (english ? EN_DATE : NB_DATE).format(date);
    }

    /** {@code value} rounded to between {@code minFraction} and {@code maxFraction} decimals, grouped by thousands. */
    String number(BigDecimal value, int minFraction, int maxFraction) {
        if (value == null) {
            return "";
        }
        int scale = Math.max(minFraction, Math.min(maxFraction, Math.max(0, value.stripTrailingZeros().scale())));
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        char grouping = english ? ',' : NB_GROUPING;
        StringBuilder out = new StringBuilder(plain.length() + 8);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(grouping);
            }
            out.append(integer.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(english ? '.' : ',').append(fraction);
        }
        return out.toString();
    }

    /** "123 456 785" for a nine-digit organisation number; anything else as given. */
    static String orgNumber(String orgNumber) {
        String digits = digitsOnly(orgNumber);
        if (digits.length() == 9) {
            return digits.substring(0, 3) + ' ' + digits.substring(3, 6) + ' ' + digits.substring(6);
        }
        return orgNumber == null ? "" : orgNumber.trim();
    }

    /** "1234.56.78903" for an eleven-digit Norwegian account number; anything else as given. */
    public static String bankAccount(String account) {
        String digits = digitsOnly(account);
        if (digits.length() == 11) {
            return digits.substring(0, 4) + '.' + digits.substring(4, 6) + '.' + digits.substring(6);
        }
        return account == null ? "" : account.trim();
    }

    /** An IBAN in groups of four: "NO93 8601 1117 947". */
    static String iban(String iban) {
        if (iban == null) {
            return "";
        }
        String compact = iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(compact.length() + compact.length() / 4);
        for (int i = 0; i < compact.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(compact.charAt(i));
        }
        return out.toString();
    }

    private static String digitsOnly(String value) {
        if (value == null) {
            return "";
        }
        String trimmed = value.replaceAll("[\\s.]", "");
        return trimmed.chars().allMatch(c -> c >= '0' && c <= '9') ? trimmed : "";
    }
}
