package no.fakturaflyt.ledger;

import java.time.LocalDate;

/** Where a voucher goes: its posting date and the fiscal year and period (month) that date belongs to. */
record FiscalPlacement(LocalDate postingDate, int fiscalYear, int period) {

    static FiscalPlacement of(LocalDate date) {
        return new FiscalPlacement(date, date.getYear(), date.getMonthValue());
    }
}
