package no.fakturaflyt.invoicing;

import java.math.BigDecimal;
import java.util.Optional;
import no.fakturaflyt.common.web.FormErrors;

/** A quantity to credit of one line as the clerk typed it (decimal comma or point), checked against what is left. */
final class CreditQuantity {

    private CreditQuantity() {
    }

    /** The quantity, or empty with the reason beside {@code field}. */
    static Optional<BigDecimal> parse(String field, String value, BigDecimal left, int lineNo, FormErrors errors) {
        BigDecimal quantity;
        try {
            quantity = new BigDecimal(value.trim().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.reject(field, "invoices.credit.notANumber", value.trim());
            return Optional.empty();
        }
        if (quantity.signum() <= 0) {
            errors.reject(field, "invoices.credit.notPositive");
            return Optional.empty();
        }
        if (quantity.compareTo(left) > 0) {
            errors.reject(field, "invoices.credit.moreThanLeft", lineNo, left.stripTrailingZeros().toPlainString());
            return Optional.empty();
        }
        return Optional.of(quantity);
    }
}
