package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.payment.PaymentForm;
import no.fakturaflyt.payment.PaymentService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The legal figures live in the database, seeded from legal-rates.csv. A payment that reaches into a half-year
 * whose late-interest rate is not known yet gets its interest for the known days at once, and for the others when
 * an admin adds the rate; until then the application warns. (The 2027 H1 rate used here is a test figure; the test
 * removes it again.)
 */
@FakturaflytTest
class LegalRatesInDatabaseTest {

    private static final LocalDate H1_2027 = LocalDate.of(2027, 1, 1);

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired InvoiceHistory history;
    @Autowired PaymentService payments;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired LegalRateBook book;
    @Autowired LegalRateWarnings warnings;

    @AfterEach
    void removeTheTestFigure() {
        jdbc.update("delete from legal_rate where rate_table = 'late-interest' and valid_from = ?", H1_2027);
        book.reload();
    }

    @Test
    void theShippedFiguresAreSeededIntoTheDatabaseWithTheirSources() {
        Map<String, Object> row = jdbc.queryForMap("select rate_value, source, added_by from legal_rate"
                + " where rate_table = 'late-interest' and valid_from = '2026-07-01'");
        assertThat(row.get("rate_value")).isEqualTo("12.25");
        assertThat(row.get("source")).isEqualTo("check");
        assertThat(row.get("added_by")).isEqualTo("legal-rates.csv");
        assertThat(jdbc.queryForObject("select rate_value from legal_rate where rate_table = 'standard-compensation'"
                + " and valid_from = '2026-07-01'", String.class)).as("a gap stays a gap").isNull();

        ResponseEntity<Map> listed = rest.withBasicAuth("auditor", "auditor").getForEntity("/api/legal-rates",
                Map.class);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) listed.getBody().get("figures")).anySatisfy(figure -> {
            assertThat(figure).containsEntry("table", "inkassosats").containsEntry("validFrom", "2026-01-01")
                    .containsEntry("value", "750");
        });
    }

    @Test
    void theKnownDaysAccrueAtOnceAndTheRestWhenAnAdminAddsTheRate() {
        at(LocalDate.of(2026, 12, 1));
        Invoice draft = data.draft(data.business("rente-2027@kunde.example"), data.product("3", "8000.00"), 1);
        invoices.send(draft.getId(), "clerk");
        jobs.executeAll();
        Invoice invoice = invoices.get(draft.getId());
        assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(invoice.getTotal()).isEqualByComparingTo("10000.00");

        at(LocalDate.of(2027, 1, 11));
        long payment = payments.register(invoice.getId(), new PaymentForm(new BigDecimal("10000.00"),
                LocalDate.of(2027, 1, 10), null), "OCR", "ocr-" + UUID.randomUUID(), "system").getId();

        // 16.–31.12.2026: 16 days at 12.25 % = 10000 × 0.1225 × 16 / 365 = 53.6986 → 53.70; January waits
        assertThat(accruals(invoice)).containsExactly(List.of("2026-12-16", "2026-12-31", "16", "53.70"));
        assertThat(jdbc.queryForList("select from_date, to_date, waiting_for from pending_interest where"
                + " payment_id = ?", payment)).singleElement().satisfies(pending -> {
                    assertThat(pending.get("from_date").toString()).isEqualTo("2027-01-01");
                    assertThat(pending.get("to_date").toString()).isEqualTo("2027-01-10");
                    assertThat(pending.get("waiting_for")).isEqualTo("2027 H1");
                });
        assertThat(history.of(invoice.getId())).anySatisfy(event -> {
            assertThat(event.getEventType()).isEqualTo("LATE_INTEREST_PENDING");
            assertThat(event.getDetails()).contains("2027-01-01 to 2027-01-10").contains("2027 H1");
        });
        assertThat(warnings.on(LocalDate.of(2027, 1, 11))).singleElement().asString()
                .contains("No late-interest rate for 2027 H1, which has begun");

        ResponseEntity<Map> refused = addRate("clerk", "12.00");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> added = addRate("admin", "12.00");
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getBody()).containsEntry("addedBy", "admin").containsEntry("value", "12.00");

        // 1.–10.1.2027: 10 days at 12.00 % = 10000 × 0.12 × 10 / 365 = 32.8767 → 32.88
        assertThat(accruals(invoice)).containsExactly(List.of("2026-12-16", "2026-12-31", "16", "53.70"),
                List.of("2027-01-01", "2027-01-10", "10", "32.88"));
        assertThat(jdbc.queryForObject("select count(*) from pending_interest where payment_id = ?", Long.class,
                payment)).isZero();
        assertThat(warnings.on(LocalDate.of(2027, 1, 11))).isEmpty();
        assertThat(addRate("admin", "12.50").getStatusCode()).as("a figure once set is not changed")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void fromTheFirstOfDecemberAndJuneTheComingHalfYearsMissingRateIsWarnedOf() {
        assertThat(warnings.on(LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(warnings.on(LocalDate.of(2026, 12, 1))).singleElement().asString()
                .contains("No late-interest rate for 2027 H1 yet: add it before 2027-01-01");
        assertThat(warnings.on(LocalDate.of(2026, 6, 1))).as("2026 H2 has its rate").isEmpty();

        at(LocalDate.of(2026, 12, 4));
        Map<String, Object> health = rest.withBasicAuth("admin", "admin").getForObject("/actuator/health",
                Map.class);
        assertThat(health.get("status")).isEqualTo("UP");
        assertThat(health.toString()).contains("legalRates").contains("No late-interest rate for 2027 H1 yet");
        Map<String, Object> anonymous = rest.getForObject("/actuator/health", Map.class);
        assertThat(anonymous).containsEntry("status", "UP").doesNotContainKey("components");
    }

    @Test
    void aFigureWithoutSourceOnADayAHalfYearCannotStartOnOrNotANumberIsRefusedNamingTheField() {
        assertThat(post(Map.of("table", "late-interest", "validFrom", "2027-02-01", "value", "12.00",
                "source", "Norges Bank")).getBody()).containsEntry("field", "validFrom");
        assertThat(post(Map.of("table", "late-interest", "validFrom", "2027-01-01", "value", "tolv",
                "source", "Norges Bank")).getBody()).containsEntry("field", "value");
        assertThat(post(Map.of("table", "late-interest", "validFrom", "2027-01-01", "value", "12.00"))
                .getBody()).containsEntry("field", "source");
        assertThat(post(Map.of("table", "bank-rate", "validFrom", "2027-01-01", "value", "12.00",
                "source", "Norges Bank")).getBody()).containsEntry("field", "table");
        assertThat(jdbc.queryForObject("select count(*) from legal_rate where valid_from >= '2027-01-01'"
                + " and rate_table = 'late-interest'", Long.class)).isZero();
    }

    private ResponseEntity<Map> addRate(String user, String value) {
        return rest.withBasicAuth(user, user).postForEntity("/api/legal-rates", Map.of("table", "late-interest",
                "validFrom", "2027-01-01", "value", value, "source", "Norges Bank, policy rate + 8 (test figure)"),
                Map.class);
    }

    private ResponseEntity<Map> post(Map<String, String> body) {
        ResponseEntity<Map> answer = rest.withBasicAuth("admin", "admin").postForEntity("/api/legal-rates", body,
                Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return answer;
    }

    private List<List<String>> accruals(Invoice invoice) {
        return jdbc.query("select from_date, to_date, days, amount from interest_accrual where invoice_id = ?"
                + " order by from_date", (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4).setScale(2).toPlainString()), invoice.getId());
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(OsloClock.OSLO).toInstant()));
    }
}
