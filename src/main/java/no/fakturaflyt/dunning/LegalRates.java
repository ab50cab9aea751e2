package no.fakturaflyt.dunning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The dated legal figures of the payment follow-up (norway.md §1, §3). They are kept in the database (table
 * legal_rate, {@link LegalRateBook}), seeded from {@code dunning/legal-rates.csv} on the classpath; an admin adds the
 * next half-year's figure through the API, so a new rate is a new row, never a code change or a release.
 *
 * <p>Format: {@code table,valid_from,value,comment}; {@code #} starts a comment line; an empty value is a gap (no
 * figure known from that date). Every table must be present; the interest rate and the standard compensation are
 * set per half-year, so their rows must start on 1 January or 1 July.
 */
public final class LegalRates {

    public static final String RESOURCE = "dunning/legal-rates.csv";

    static final String INKASSOSATS = "inkassosats";
    static final String FEE_FRACTION = "fee-fraction";
    static final String LATE_INTEREST = "late-interest";
    static final String STANDARD_COMPENSATION = "standard-compensation";
    static final Set<String> TABLES = Set.of(INKASSOSATS, FEE_FRACTION, LATE_INTEREST, STANDARD_COMPENSATION);

    private final DatedTable<BigDecimal> inkassosats;
    private final DatedTable<Fraction> feeFraction;
    private final DatedTable<BigDecimal> lateInterestRate;
    private final DatedTable<BigDecimal> standardCompensation;

    public LegalRates(DatedTable<BigDecimal> inkassosats, DatedTable<Fraction> feeFraction,
            DatedTable<BigDecimal> lateInterestRate, DatedTable<BigDecimal> standardCompensation) {
        this.inkassosats = inkassosats;
        this.feeFraction = feeFraction;
        this.lateInterestRate = lateInterestRate;
        this.standardCompensation = standardCompensation;
        requireHalfYearStarts(lateInterestRate);
        requireHalfYearStarts(standardCompensation);
    }

    /** The figures of {@value #RESOURCE}. */
    public static LegalRates load() {
        InputStream in = LegalRates.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses the CSV format described above; {@code source} names it in error messages. */
    public static LegalRates parse(Reader reader, String source) throws IOException {
        return of(rows(reader, source), source);
    }

    /** The rows of the CSV format described above, in file order; {@code source} names it in error messages. */
    public static List<Row> rows(Reader reader, String source) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", 4);
            if (cells.length < 3) {
                throw new IllegalArgumentException(source + " line " + number
                        + ": expected table,valid_from,value[,comment] but was '" + line + "'");
            }
            rows.add(new Row(source + " line " + number, cells[0].strip(), cells[1].strip(), cells[2].strip(),
                    cells.length > 3 ? cells[3] : ""));
        }
        return rows;
    }

    /**
     * The figures of these rows, wherever they were kept (the CSV file, the database).
     *
     * @throws IllegalArgumentException naming the row's place when a row is not a valid figure of a known table
     */
    public static LegalRates of(List<Row> rows, String source) {
        Map<String, List<Row>> byTable = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!TABLES.contains(row.table())) {
                throw new IllegalArgumentException(row.place() + ": unknown table '" + row.table() + "'");
            }
            byTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row);
        }
        return new LegalRates(
                table(byTable, INKASSOSATS, source, BigDecimal::new),
                table(byTable, FEE_FRACTION, source, Fraction::parse),
                table(byTable, LATE_INTEREST, source, BigDecimal::new),
                table(byTable, STANDARD_COMPENSATION, source, BigDecimal::new));
    }

    /**
     * One figure as kept: its table, the day it holds from, its value (empty: a gap, no figure known from that day)
     * and a comment naming its source; {@code place} names where it was read, for error messages.
     */
    public record Row(String place, String table, String validFrom, String value, String comment) {
    }

    private static <T> DatedTable<T> table(Map<String, List<Row>> rows, String name, String source,
            Function<String, T> parser) {
        List<Row> tableRows = rows.get(name);
        if (tableRows == null) {
            throw new IllegalArgumentException(source + " has no rows for table '" + name + "'");
        }
        List<DatedTable.Entry<T>> entries = new ArrayList<>();
        for (Row row : tableRows) {
            try {
                LocalDate from = LocalDate.parse(row.validFrom());
                Optional<T> value = row.value().isEmpty() ? Optional.empty() : Optional.of(parser.apply(row.value()));
                entries.add(new DatedTable.Entry<>(from, value, row.comment()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(row.place() + " (" + name + "): " + e.getMessage(), e);
            }
        }
        return DatedTable.of(name, entries);
    }

    private static void requireHalfYearStarts(DatedTable<?> table) {
        for (DatedTable.Entry<?> entry : table.entries()) {
            LocalDate from = entry.validFrom();
            if (from.getDayOfMonth() != 1 || (from.getMonthValue() != 1 && from.getMonthValue() != 7)) {
                throw new IllegalArgumentException(table.name() + " is set per half-year, but a row is valid from "
                        + from);
            }
        }
    }

    /** The inkassosats in NOK, by the date the reminder or notice is sent. */
    public DatedTable<BigDecimal> inkassosats() {
        return inkassosats;
    }

    /** The fee cap as a fraction of the inkassosats, by the claim's due date. */
    public DatedTable<Fraction> feeFraction() {
        return feeFraction;
    }

    /** The late-payment interest rate in percent a year, by the day the interest runs. */
    public DatedTable<BigDecimal> lateInterestRate() {
        return lateInterestRate;
    }

    /** The late-payment interest rate row of {@code halfYear}; fails saying "no figure for 2027 H1" when missing. */
    public DatedTable.Entry<BigDecimal> lateInterestRateFor(HalfYear halfYear) {
        return halfYearEntry(lateInterestRate, halfYear);
    }

    /** The standard compensation row of {@code halfYear}; fails saying "no figure for 2024 H2" when missing. */
    public DatedTable.Entry<BigDecimal> standardCompensationFor(HalfYear halfYear) {
        return halfYearEntry(standardCompensation, halfYear);
    }

    /**
     * A figure set per half-year holds for that half-year only: the last known rate is not carried into the next
     * half-year, whose figure is simply not known yet.
     */
    private static DatedTable.Entry<BigDecimal> halfYearEntry(DatedTable<BigDecimal> table, HalfYear halfYear) {
        return table.entries().stream()
                .filter(entry -> entry.validFrom().equals(halfYear.start()) && entry.value().isPresent())
                .findFirst()
                .orElseThrow(() -> new NoFigureException(table.name() + ": no figure for " + halfYear));
    }

    /** The standard compensation for business debtors in NOK, per half-year; has gaps. */
    public DatedTable<BigDecimal> standardCompensation() {
        return standardCompensation;
    }
}
