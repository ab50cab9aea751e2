package no.fakturaflyt.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One difference between two versions of a document's lines. Lines are matched by their line number (position),
 * the way the clerk sees them side by side; a line is "added" or "removed" when only one side has its number.
 */
public record LineDifference(int lineNo, OrderChange.Type type, String oldValue, String newValue) {

    static List<LineDifference> between(List<LineValues> before, List<LineValues> after) {
        List<LineDifference> differences = new ArrayList<>();
        int count = Math.max(before.size(), after.size());
        for (int i = 0; i < count; i++) {
            LineValues old = i < before.size() ? before.get(i) : null;
            LineValues now = i < after.size() ? after.get(i) : null;
            if (old == null) {
                differences.add(new LineDifference(i + 1, OrderChange.Type.LINE_ADDED, null, summary(now)));
            } else if (now == null) {
                differences.add(new LineDifference(i + 1, OrderChange.Type.LINE_REMOVED, summary(old), null));
            } else {
                compare(differences, i + 1, OrderChange.Type.PRODUCT, old, now, LineValues::productId);
                compare(differences, i + 1, OrderChange.Type.DESCRIPTION, old, now, LineValues::description);
                compareNumber(differences, i + 1, OrderChange.Type.QUANTITY, old.quantity(), now.quantity());
                compareNumber(differences, i + 1, OrderChange.Type.UNIT_PRICE, old.unitPrice(), now.unitPrice());
                compareNumber(differences, i + 1, OrderChange.Type.DISCOUNT, old.discountPercent(),
                        now.discountPercent());
                compare(differences, i + 1, OrderChange.Type.VAT_CODE, old, now, LineValues::vatCode);
            }
        }
        return differences;
    }

    private static void compare(List<LineDifference> out, int lineNo, OrderChange.Type type, LineValues old,
            LineValues now, Function<LineValues, Object> field) {
        Object before = field.apply(old);
        Object after = field.apply(now);
        if (!Objects.equals(before, after)) {
            out.add(new LineDifference(lineNo, type, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }

    private static void compareNumber(List<LineDifference> out, int lineNo, OrderChange.Type type, BigDecimal old,
            BigDecimal now) {
        if (old.compareTo(now) != 0) {
            out.add(new LineDifference(lineNo, type, number(type, old), number(type, now)));
        }
    }

    /** Prices in kroner and øre as printed ("1000.00"); quantities and percentages without trailing zeros. */
    private static String number(OrderChange.Type type, BigDecimal value) {
        return type == OrderChange.Type.UNIT_PRICE ? value.setScale(2).toPlainString()
                : value.stripTrailingZeros().toPlainString();
    }

    private static String summary(LineValues line) {
        return line.description() + ", " + line.quantity().stripTrailingZeros().toPlainString() + " " + line.unit()
                + " × " + line.unitPrice().toPlainString()
                + (line.discountPercent().signum() > 0 ? " − " + line.discountPercent().toPlainString() + " %" : "");
    }
}
