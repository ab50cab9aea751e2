package no.fakturaflyt.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of a file by column name, with the reasons collected while reading its values: numbers as Excel writes
 * them in Norway (decimal comma, spaces or dots between thousands), yes/no in Norwegian or English.
 */
final class ImportRowValues {

    private final CsvReader.Row row;
    private final Map<String, Integer> columns;
    final List<RowReason> reasons = new ArrayList<>();

    ImportRowValues(CsvReader.Row row, Map<String, Integer> columns) {
        this.row = row;
        this.columns = columns;
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The trimmed value, or null when the column is absent or the cell empty. */
    String text(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.fields().size()) {
            return null;
        }
        String value = row.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** The value, or {@code current} when the file has no such column (an update keeps what it does not name). */
    String text(String column, String current) {
        return has(column) ? text(column) : current;
    }

    Integer integer(String column, Integer current) {
        if (!has(column)) {
            return current;
        }
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replaceAll("[\\s\u00a0]", ""));
        } catch (NumberFormatException e) {
            reasons.add(RowReason.of(column, "imports.row.notWholeNumber", "'" + value + "' is not a whole number",
                    value));
            return current;
        }
    }

    /** 1 234,50 / 1.234,50 / 1234,5 / 1234.50 → 1234.50. */
    BigDecimal amount(String column, BigDecimal current) {
        if (!has(column)) {
            return current;
        }
        String value = text(column);
        if (value == null) {
            return null;
        }
        String plain = value.replaceAll("[\\s\u00a0']", "").replaceFirst("^(kr|NOK)", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            reasons.add(RowReason.of(column, "imports.row.notAmount",
                    "'" + value + "' is not an amount (write it as 1234,50)", value));
            return current;
        }
    }

    Boolean yesNo(String column, Boolean current) {
        if (!has(column)) {
            return current;
        }
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase()) {
            case "ja", "j", "yes", "y", "true", "1", "x" -> true;
            case "nei", "n", "no", "false", "0" -> false;
            default -> {
                reasons.add(RowReason.of(column, "imports.row.notYesNo", "'" + value + "' is neither ja nor nei",
                        value));
                yield current;
            }
        };
    }

    int line() {
        return row.line();
    }

    /** Too many or too few cells for the header. */
    RowReason shapeProblem(int headerSize) {
        int size = row.fields().size();
        return size > headerSize ? RowReason.of(null, "imports.row.tooManyFields",
                "the row has " + size + " fields, the header " + headerSize, size, headerSize) : null;
    }
}
