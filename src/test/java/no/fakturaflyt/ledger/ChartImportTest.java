package no.fakturaflyt.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The company's own chart of accounts: checked row by row and role by role, refused once vouchers exist, and then
 * the accounts postings are booked on. The import that succeeds runs in a transaction that first removes every
 * voucher (a company before its first posting) and is rolled back, so the shared database keeps its chart.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class ChartImportTest {

    /** The default chart's roles, on the company's own numbers where it has its own (as Excel writes it). */
    private static final String COMPANY_CHART = """
            Kontonr;Kontonavn;Standardkonto
            1500;Kundefordringer;1500
            1510;Kundefordringer utland;1500
            1579;Fordring factoring;1579
            1925;Driftskonto DNB;1920
            2700;Utgående mva høy sats;2700
            2701;Utgående mva middels sats;2701
            2703;Utgående mva lav sats;2703
            2999;Uidentifiserte innbetalinger;2999
            3010;Salg varer høy sats;3000
            3030;Salg næringsmidler;3030
            3050;Salg transport;3050
            3100;Salg avgiftsfritt;3100
            3105;Salg eksport;3105
            3200;Salg utenfor mva;3200
            3910;Purregebyr;3900
            7740;Øreavrunding;7740
            7770;Bankgebyr;7770
            7830;Tap på krav;7830
            8055;Forsinkelsesrenter;8055
            """;

    @Autowired ChartOfAccounts chart;
    @Autowired LedgerService ledger;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestRestTemplate rest;

    @Test
    void aValidChartIsTakenBeforeTheFirstPostingAndPostingsGoToTheCompanysMappedAccounts() {
        byte[] excel = COMPANY_CHART.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252"));
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("delete from voucher_line").update();
            jdbc.sql("delete from voucher").update();

            List<Account> accounts = chart.importChart(excel);
            assertThat(accounts).extracting(Account::getNumber).contains(1510, 1925, 3010, 3910)
                    .doesNotContain(1920, 3000, 3900);
            assertThat(accounts).filteredOn(a -> a.getNumber() == 2700).singleElement()
                    .satisfies(a -> assertThat(a.getName()).isEqualTo("Utgående mva høy sats"));
            assertThat(chart.postingAccount(1500)).as("two accounts map to 1500; the one with its number wins")
                    .isEqualTo(1500);
            assertThat(chart.postingAccount(1920)).isEqualTo(1925);

            BigDecimal amount = new BigDecimal("250.00");
            Voucher voucher = ledger.post(new VoucherRequest(LocalDate.now(OsloClock.OSLO), "Etter ny kontoplan",
                    "CHART_TEST", 1, "test", List.of(PostingLine.debit(1920, amount, null, null, "bank"),
                            PostingLine.credit(3000, new BigDecimal("200.00"), null, null, "salg"),
                            PostingLine.credit(2700, new BigDecimal("50.00"), "3", null, "mva"))));
            assertThat(voucher.getLines()).extracting(VoucherLine::getAccountNumber).containsExactly(1925, 3010, 2700);
            assertThatThrownBy(() -> chart.postingAccount(1234)).hasMessageContaining("not in the company's chart");
        });
        assertThat(chart.postingAccount(1920)).as("rolled back: the shared chart is the default one").isEqualTo(1920);
    }

    @Test
    void aChartWithProblemsIsRefusedRowByRowAndMissingRolesAreNamed() {
        String broken = """
                1500;Kundefordringer;1500
                150;For kort;1500
                1920;;1920
                3000;Salg;1500
                3000;Salg igjen;3000
                4711;Ukjent uten standard
                """;
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("delete from voucher_line").update();
            jdbc.sql("delete from voucher").update();
            assertThatThrownBy(() -> chart.importChart(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(ChartRejectedException.class, e -> {
                        assertThat(e.problems()).extracting(ChartProblem::row, ChartProblem::field).contains(
                                org.assertj.core.groups.Tuple.tuple(2, "number"),
                                org.assertj.core.groups.Tuple.tuple(3, "name"),
                                org.assertj.core.groups.Tuple.tuple(4, "standardAccount"),
                                org.assertj.core.groups.Tuple.tuple(6, "standardAccount"));
                        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                                .contains("class 3 but standard account 1500"));
                        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                                .contains("standard account 8055"));
                    });
        });
        assertThat(chart.postingAccount(3000)).isEqualTo(3000);
    }

    @Test
    void onceVouchersExistTheChartIsRefusedWithTheReasonAndTheClerkMayNotImport() {
        transactions.executeWithoutResult(status -> ledger.post(new VoucherRequest(LocalDate.now(OsloClock.OSLO),
                "Før kontoplan", "CHART_TEST", System.nanoTime(), "test", List.of(
                        PostingLine.debit(1920, BigDecimal.TEN, null, null, "bank"),
                        PostingLine.credit(LedgerService.RECEIVABLES_ACCOUNT, BigDecimal.TEN, null, null, "krav")))));

        ResponseEntity<Map> byAdmin = upload("admin", COMPANY_CHART.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(byAdmin.getBody().get("detail").toString()).contains("only be replaced before the first posting");
        assertThat(byAdmin.getBody()).containsEntry("field", "file");

        assertThat(upload("clerk", COMPANY_CHART.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> read = rest.withBasicAuth("auditor", "auditor").getForEntity("/api/ledger/chart",
                Map.class);
        assertThat((List<Map>) read.getBody().get("accounts")).anySatisfy(a -> {
            assertThat(a.get("number")).isEqualTo(1500);
            assertThat(a.get("groupingCategory")).isEqualTo("balanseverdiForOmloepsmiddel");
            assertThat(a.get("groupingCode")).isEqualTo("1500");
        });
    }

    private ResponseEntity<Map> upload(String user, byte[] file) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "kontoplan.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, user).postForEntity("/api/ledger/chart", new HttpEntity<>(body, headers),
                Map.class);
    }
}
