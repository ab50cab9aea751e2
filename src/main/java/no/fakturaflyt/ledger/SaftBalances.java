package no.fakturaflyt.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Balances for a SAF-T file, debit minus credit: per account before a day (balance accounts, classes 1 and 2, from
 * the first voucher; result accounts, 3 to 8, from the start of that day's fiscal year) and per customer on an account.
 */
@Component
class SaftBalances {

    private final JdbcClient jdbc;

    SaftBalances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Account -> balance at the start of {@code day}. */
    Map<Integer, BigDecimal> openingByAccount(LocalDate day) {
        Map<Integer, BigDecimal> balances = new HashMap<>();
        jdbc.sql("""
                select l.account_number, sum(l.debit - l.credit) from voucher_line l
                join voucher v on v.id = l.voucher_id
                where v.voucher_date < :day and (l.account_number < 3000 or v.voucher_date >= :yearStart)
                group by l.account_number""").param("day", day).param("yearStart", day.withDayOfYear(1))
                .query((rs, n) -> balances.put(rs.getInt(1), rs.getBigDecimal(2))).list();
        return balances;
    }

    /** Customer -> balance on {@code account} at the end of {@code dayBefore}. */
    Map<Long, BigDecimal> byCustomer(int account, LocalDate dayBefore) {
        Map<Long, BigDecimal> balances = new HashMap<>();
        jdbc.sql("""
                select l.customer_id, sum(l.debit - l.credit) from voucher_line l
                join voucher v on v.id = l.voucher_id
                where v.voucher_date < :day and l.account_number = :account and l.customer_id is not null
                group by l.customer_id""").param("day", dayBefore).param("account", account)
                .query((rs, n) -> balances.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        return balances;
    }
}
