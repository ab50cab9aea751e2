package no.fakturaflyt.common;

/**
 * The Norwegian check-digit schemes (norway.md §6): KID in MOD10 (Luhn) or MOD11, organisation numbers and
 * bank account numbers in MOD11.
 */
public final class CheckDigits {

    private static final int[] ORG_NUMBER_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] ACCOUNT_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private CheckDigits() {
    }

    /** Luhn check digit for the payload, weights 2,1,2,1… from the rightmost digit. */
    public static char mod10(String payload) {
        requireDigits(payload);
        int sum = 0;
        int weight = 2;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int product = (payload.charAt(i) - '0') * weight;
            sum += product / 10 + product % 10;
            weight = weight == 2 ? 1 : 2;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** MOD11 check digit with weights 2..7 repeating from the right; 11 → 0, 10 → '-'. */
    public static char mod11(String payload) {
        requireDigits(payload);
        int sum = 0;
        int weight = 2;
        for (int i = payload.length() - 1; i >= 0; i--) {
            sum += (payload.charAt(i) - '0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return '0';
        }
        return check == 10 ? '-' : (char) ('0' + check);
    }

    public static boolean isValidKid(String kid, KidAlgorithm algorithm) {
        if (kid == null || kid.length() < 2 || kid.length() > 25) {
            return false;
        }
        String payload = kid.substring(0, kid.length() - 1);
        if (!payload.chars().allMatch(Character::isDigit)) {
            return false;
        }
        char expected = algorithm == KidAlgorithm.MOD10 ? mod10(payload) : mod11(payload);
        return kid.charAt(kid.length() - 1) == expected;
    }

    /** A Norwegian organisation number: nine digits, MOD11 with weights 3,2,7,6,5,4,3,2. */
    public static boolean isValidOrganisationNumber(String number) {
        return number != null && number.matches("\\d{9}") && weightedMod11(number, ORG_NUMBER_WEIGHTS);
    }

    /** A Norwegian bank account number: eleven digits, MOD11 with weights 5,4,3,2,7,6,5,4,3,2. */
    public static boolean isValidBankAccount(String number) {
        return number != null && number.matches("\\d{11}") && weightedMod11(number, ACCOUNT_WEIGHTS);
    }

    private static boolean weightedMod11(String number, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (number.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        if (check == 10) {
            return false;
        }
        if (check == 11) {
            check = 0;
        }
        return number.charAt(weights.length) - '0' == check;
    }

    private static void requireDigits(String payload) {
        if (payload == null || payload.isEmpty() || !payload.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Check digits need a non-empty string of digits, got: " + payload);
        }
    }
}
