package no.fakturaflyt.payment.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingLanesTest {

    private static BankTransaction tx(String reference, String kid, boolean reversal) {
        return new BankTransaction(reference, LocalDate.of(2026, 12, 3), new BigDecimal("100.00"), kid, reversal,
                reversal ? "20" : "10", null, null, null, "line " + reference);
    }

    @Test
    void paymentsOfOneKidStayOnOneLaneInTheFilesOrder() {
        List<BankTransaction> file = List.of(tx("r1", "1000017", false), tx("r2", "2000015", false),
                tx("r3", "1000017", false), tx("r4", "3000013", false), tx("r5", "1000017", true),
                tx("r6", "2000015", true));

        List<List<String>> lanes = BookingLanes.split(file, 2);

        assertThat(lanes).hasSize(2);
        assertThat(lanes).anySatisfy(lane -> assertThat(lane).containsSubsequence("r1", "r3", "r5"));
        assertThat(lanes).anySatisfy(lane -> assertThat(lane).containsSubsequence("r2", "r6"));
        List<String> laneOfFirstKid = lanes.stream().filter(l -> l.contains("r1")).findFirst().orElseThrow();
        assertThat(laneOfFirstKid).contains("r3", "r5").doesNotContain("r2", "r6");
        assertThat(lanes.stream().flatMap(List::stream)).containsExactlyInAnyOrder("r1", "r2", "r3", "r4", "r5", "r6");
    }

    @Test
    void newKidsAreDealtOutInTurnAndTransactionsWithoutKidAreEachTheirOwn() {
        List<BankTransaction> file = List.of(tx("a", "1000017", false), tx("b", null, false), tx("c", null, false),
                tx("d", "2000015", false), tx("e", " ", false), tx("f", "3000013", false));

        List<List<String>> lanes = BookingLanes.split(file, 3);

        assertThat(lanes).containsExactly(List.of("a", "d"), List.of("b", "e"), List.of("c", "f"));
    }

    @Test
    void oneLaneKeepsTheWholeFileInOrderAndNoLaneIsLeftEmpty() {
        List<BankTransaction> file = List.of(tx("x", "1000017", false), tx("y", "2000015", false));

        assertThat(BookingLanes.split(file, 1)).containsExactly(List.of("x", "y"));
        assertThat(BookingLanes.split(file, 8)).containsExactly(List.of("x"), List.of("y"));
        assertThat(BookingLanes.split(List.of(), 4)).containsExactly(List.of());
        assertThatThrownBy(() -> BookingLanes.split(file, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
