package no.fakturaflyt.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A legal figure that changes by date: each entry holds from its valid-from date until the next entry's. Rates are
 * data, never {@code if year == …} code, so that next year's figure is one more row in {@code legal-rates.csv}.
 *
 * <p>An entry without a value is a gap: the law has a figure for that period but the project does not know it, and
 * a lookup must fail rather than carry the previous figure forward. A lookup before the first entry fails too.
 */
public final class DatedTable<T> {

    /** One row: the value (empty for a gap) in force from {@code validFrom}, and the source's remark. */
    public record Entry<T>(LocalDate validFrom, Optional<T> value, String comment) {

        public Entry {
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(value, "value");
            comment = comment == null ? "" : comment.strip();
        }

        /** norway.md marks some figures (check): best available, to be confirmed. */
        public boolean toBeChecked() {
            return comment.toLowerCase().contains("check");
        }
    }

    private final String name;
    private final NavigableMap<LocalDate, Entry<T>> entries;

    private DatedTable(String name, NavigableMap<LocalDate, Entry<T>> entries) {
        this.name = name;
        this.entries = entries;
    }

    public static <T> DatedTable<T> of(String name, List<Entry<T>> entries) {
        Objects.requireNonNull(name, "name");
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " has no entries");
        }
        TreeMap<LocalDate, Entry<T>> byDate = new TreeMap<>();
        for (Entry<T> entry : entries) {
            if (byDate.put(entry.validFrom(), entry) != null) {
                throw new IllegalArgumentException("table " + name + " has two entries valid from "
                        + entry.validFrom());
            }
        }
        return new DatedTable<>(name, Collections.unmodifiableNavigableMap(byDate));
    }

    /** A table of plain values, no gaps, no comments: for tests and simple callers. */
    public static <T> DatedTable<T> of(String name, Map<LocalDate, T> values) {
        List<Entry<T>> list = new ArrayList<>();
        values.forEach((from, value) -> list.add(new Entry<>(from, Optional.of(value), "")));
        return of(name, list);
    }

    public String name() {
        return name;
    }

    /** The value in force on {@code date}; fails clearly before the first entry and inside a gap. */
    public T valueOn(LocalDate date) {
        return entryOn(date).value().orElseThrow(() -> new NoFigureException(
                name + ": no figure for " + date + " (no figure from " + entries.floorKey(date) + ")"));
    }

    /** The row in force on {@code date}, gap or not; fails clearly before the first entry. */
    public Entry<T> entryOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Map.Entry<LocalDate, Entry<T>> floor = entries.floorEntry(date);
        if (floor == null) {
            throw new NoFigureException(name + ": no figure for " + date + ", the table starts on "
                    + entries.firstKey());
        }
        return floor.getValue();
    }

    /** The value in force on {@code date}, empty before the first entry and inside a gap. */
    public Optional<T> find(LocalDate date) {
        Map.Entry<LocalDate, Entry<T>> floor = entries.floorEntry(Objects.requireNonNull(date, "date"));
        return floor == null ? Optional.empty() : floor.getValue().value();
    }

    /** The valid-from dates after {@code from} up to and including {@code to}: where a period must be split. */
    public List<LocalDate> changesBetween(LocalDate from, LocalDate to) {
        return List.copyOf(entries.subMap(from, false, to, true).keySet());
    }

    public List<Entry<T>> entries() {
        return List.copyOf(entries.values());
    }

    @Override
    public String toString() {
        return "DatedTable[" + name + ", " + entries.size() + " entries from " + entries.firstKey() + "]";
    }
}
