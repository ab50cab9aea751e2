package no.fakturaflyt.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice or credit note as the screens' list shows it. */
record InvoiceRow(long id, InvoiceType type, InvoiceStatus status, Long number, long customerId, String customer,
        LocalDate date, LocalDate dueDate, BigDecimal total, BigDecimal open, boolean overdue) {
}
