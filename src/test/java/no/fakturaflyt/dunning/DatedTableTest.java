package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A valid-from table: each value holds until the next; nothing before the first; gaps fail, never carry over. */
class DatedTableTest {

    private static final LocalDate JAN_2017 = LocalDate.of(2017, 1, 1);
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    private final DatedTable<Integer> sats = DatedTable.of("inkassosats", Map.of(JAN_2026, 750, JAN_2017, 700));

    @Test
    void eachValueHoldsFromItsDateUntilTheNextOne() {
        assertThat(sats.valueOn(JAN_2017)).isEqualTo(700);
        assertThat(sats.valueOn(LocalDate.of(2025, 12, 31))).isEqualTo(700);
        assertThat(sats.valueOn(JAN_2026)).isEqualTo(750);
        assertThat(sats.valueOn(LocalDate.of(2030, 6, 1))).isEqualTo(750);
    }

    @Test
    void aDateBeforeTheFirstEntryFailsClearly() {
        assertThatThrownBy(() -> sats.valueOn(LocalDate.of(2016, 12, 31)))
                .isInstanceOf(NoFigureException.class)
                .hasMessage("inkassosats: no figure for 2016-12-31, the table starts on 2017-01-01");
        assertThat(sats.find(LocalDate.of(2016, 12, 31))).isEmpty();
    }

    @Test
    void aGapFailsInsteadOfCarryingThePreviousValueForward() {
        DatedTable<Integer> table = DatedTable.of("standard-compensation", List.of(
                new DatedTable.Entry<>(LocalDate.of(2024, 1, 1), Optional.of(470), ""),
                new DatedTable.Entry<>(LocalDate.of(2024, 7, 1), Optional.empty(), "no figure"),
                new DatedTable.Entry<>(LocalDate.of(2025, 1, 1), Optional.of(470), "")));

        assertThat(table.valueOn(LocalDate.of(2024, 6, 30))).isEqualTo(470);
        assertThat(table.find(LocalDate.of(2024, 9, 1))).isEmpty();
        assertThatThrownBy(() -> table.valueOn(LocalDate.of(2024, 9, 1)))
                .isInstanceOf(NoFigureException.class)
                .hasMessageContaining("no figure for 2024-09-01");
        assertThat(table.valueOn(LocalDate.of(2025, 1, 1))).isEqualTo(470);
    }

    @Test
    void twoEntriesForOneDateAreRejected() {
        assertThatThrownBy(() -> DatedTable.of("x", List.of(
                new DatedTable.Entry<>(JAN_2017, Optional.of(1), ""),
                new DatedTable.Entry<>(JAN_2017, Optional.of(2), ""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two entries valid from 2017-01-01");
    }

    @Test
    void changesBetweenListsTheDatesWhereAPeriodMustBeSplit() {
        assertThat(sats.changesBetween(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 1))).containsExactly(JAN_2026);
        assertThat(sats.changesBetween(JAN_2026, LocalDate.of(2026, 2, 1))).isEmpty();
    }
}
