package no.fakturaflyt.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a chart of accounts file: one account a line, {@code number;name[;standard account]}, UTF-8 (with or without
 * a BOM) or Windows-1252 as Excel writes it; an optional header line and blank lines are skipped. Checks each row
 * on its own (four-digit NS 4102 numbers, classes 1 to 8, a name, a known standard account of the same class);
 * {@link ChartOfAccounts} checks the chart as a whole.
 */
final class ChartFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int NAME_MAX = 200;

    private ChartFile() {
    }

    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The rows as accounts; what is wrong with a row goes to {@code problems} instead. */
    static List<ChartEntry> read(String text, Map<Integer, StandardAccount> standard, List<ChartProblem> problems) {
        List<ChartEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || i == 0 && !Character.isDigit(line.charAt(0))) {
                continue;
            }
            ChartEntry entry = row(i + 1, line.split(";", -1), standard, problems);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static ChartEntry row(int row, String[] cells, Map<Integer, StandardAccount> standard,
            List<ChartProblem> problems) {
        if (cells.length < 2 || cells.length > 3) {
            problems.add(new ChartProblem(row, "row", "A row is number;name or number;name;standard account, "
                    + "separated by semicolons; this one has " + cells.length + " cell(s)"));
            return null;
        }
        String numberText = cells[0].strip();
        String name = cells[1].strip();
        String standardText = cells.length == 3 ? cells[2].strip() : "";
        int problemsBefore = problems.size();
        if (!numberText.matches("[1-8][0-9]{3}")) {
            problems.add(new ChartProblem(row, "number", "'" + numberText + "' is no account number: NS 4102 "
                    + "numbers have four digits, the first the class 1 to 8"));
        }
        if (name.isEmpty() || name.length() > NAME_MAX) {
            problems.add(new ChartProblem(row, "name", "An account needs a name of 1 to " + NAME_MAX
                    + " characters"));
        }
        if (!standardText.isEmpty() && !standardText.matches("[0-9]{4}")) {
            problems.add(new ChartProblem(row, "standardAccount", "'" + standardText + "' is no SAF-T standard "
                    + "account number (four digits)"));
        }
        if (problems.size() > problemsBefore) {
            return null;
        }
        int number = Integer.parseInt(numberText);
        int mapped = standardText.isEmpty() ? number : Integer.parseInt(standardText);
        if (!standard.containsKey(mapped)) {
            problems.add(new ChartProblem(row, "standardAccount", standardText.isEmpty()
                    ? "Account " + number + " is no SAF-T standard account; name the standard account it maps to "
                            + "in a third column"
                    : mapped + " is not in the SAF-T standard accounts (4-character list)"));
            return null;
        }
        if (mapped / 1000 != number / 1000) {
            problems.add(new ChartProblem(row, "standardAccount", "Account " + number + " is in class "
                    + number / 1000 + " but standard account " + mapped + " (" + standard.get(mapped).getName()
                    + ") is in class " + mapped / 1000 + "; an account maps to a standard account of its own class"));
            return null;
        }
        return new ChartEntry(row, number, name, mapped);
    }
}
