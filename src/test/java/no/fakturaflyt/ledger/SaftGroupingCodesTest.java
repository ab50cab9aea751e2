package no.fakturaflyt.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SAF-T groupings we give the standard accounts (table {@code standard_account}, V31_1 and V37) against the Tax
 * Administration's own code lists, copied into src/test/resources/saft (SOURCE.md says from which commit): every
 * pair we emit is on the næringsspesifikasjon list, every standard account of the official list is there with its
 * name, and the accounts the application posts to are grouped as reviewed by hand.
 */
@FakturaflytTest
class SaftGroupingCodesTest {

    /**
     * Standard accounts whose number is a code of another meaning on the list (e.g. standard account 1470 is a VAT
     * base account, code 1470 "Mindreuttak av petroleumsprodukter"), reviewed by hand in V37.
     */
    private static final Set<Integer> NUMBER_IS_NOT_ITS_CODE = Set.of(1120, 1295, 1296, 1395, 1470, 2042, 3005, 3710,
            6110, 6750, 8059, 8074, 8105, 8120, 8154, 8159);

    @Autowired JdbcClient jdbc;

    @Test
    void everyGroupingWeEmitIsOnTheOfficialList() throws IOException {
        Map<String, String> categoryOfCode = officialCodes();
        List<Row> rows = rows();

        assertThat(rows).hasSizeGreaterThan(700).allSatisfy(row -> assertThat(categoryOfCode.get(row.code()))
                .as("the category of code %s (standard account %d %s)", row.code(), row.number(), row.name())
                .isEqualTo(row.category()));
        assertThat(rows).filteredOn(row -> categoryOfCode.containsKey(String.valueOf(row.number()))
                        && !NUMBER_IS_NOT_ITS_CODE.contains(row.number()))
                .allSatisfy(row -> assertThat(row.code()).as("standard account %d %s", row.number(), row.name())
                        .isEqualTo(String.valueOf(row.number())));
    }

    @Test
    void everyOfficialStandardAccountIsThereWithItsName() throws IOException {
        Map<Integer, String> official = new HashMap<>();
        for (String[] line : csv("General_Ledger_Standard_Accounts_4_character.csv", Charset.forName("windows-1252"))) {
            official.put(Integer.parseInt(line[0]), line[1]);
        }
        Map<Integer, String> ours = rows().stream().collect(Collectors.toMap(Row::number, Row::name));
        assertThat(ours).isEqualTo(official);
    }

    @Test
    void theAccountsTheApplicationPostsToAndTheCorrectedOnesAreGroupedAsReviewed() {
        Map<Integer, String> code = rows().stream().collect(Collectors.toMap(Row::number, Row::code));
        Map<Integer, String> expected = new HashMap<>(Map.ofEntries(
                Map.entry(1500, "1500"), Map.entry(1579, "1570"), Map.entry(1920, "1920"), Map.entry(2700, "2740"),
                Map.entry(2701, "2740"), Map.entry(2703, "2740"), Map.entry(2999, "2990"), Map.entry(3000, "3000"),
                Map.entry(3030, "3000"), Map.entry(3050, "3000"), Map.entry(3100, "3100"), Map.entry(3105, "3100"),
                Map.entry(3200, "3200"), Map.entry(3900, "3900"), Map.entry(7740, "7700"), Map.entry(7770, "7700"),
                Map.entry(7830, "7830"), Map.entry(8055, "8050")));
        // corrected by V37: prepaid costs, dividends, wages owed, buildings, foreign bank deposits
        expected.putAll(Map.of(1700, "1570", 8000, "8075", 2930, "2949", 1100, "1115", 1960, "1920", 1395, "1390",
                7360, "7370", 8070, "8090", 8074, "8090", 8159, "8150"));
        expected.forEach((account, grouping) -> assertThat(code.get(account)).as("standard account %d", account)
                .isEqualTo(grouping));
    }

    private Map<String, String> officialCodes() throws IOException {
        Map<String, String> categoryOfCode = new HashMap<>();
        for (String[] line : csv("naeringsspesifikasjon.csv", StandardCharsets.UTF_8)) {
            String previous = categoryOfCode.put(line[3], line[0]);
            assertThat(previous == null || previous.equals(line[0])).as("code %s in one category", line[3]).isTrue();
        }
        return categoryOfCode;
    }

    private List<Row> rows() {
        return jdbc.sql("select account_number, name, grouping_category, grouping_code from standard_account")
                .query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** The data lines of a semicolon-separated file of the list (its header line and a BOM left out). */
    private static List<String[]> csv(String name, Charset charset) throws IOException {
        try (InputStream in = SaftGroupingCodesTest.class.getResourceAsStream("/saft/" + name)) {
            assertThat(in).as(name).isNotNull();
            String text = new String(in.readAllBytes(), charset).replace("\uFEFF", "");
            return text.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(";", -1)).toList();
        }
    }

    private record Row(int number, String name, String category, String code) {
    }
}
