package no.fakturaflyt.sales;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A delivery of (part of) an order.
 *
 * @param deliveredOn the day it was delivered; null: today. Never in the future.
 * @param lines       which order lines, how much of each; empty or absent: everything still undelivered
 */
public record DeliveryForm(LocalDate deliveredOn, @Valid List<DeliveryLine> lines) {

    List<DeliveryLine> linesOrEmpty() {
        return lines == null ? List.of() : lines;
    }

    /** @param quantity null: all that is still undelivered of the line */
    public record DeliveryLine(int lineNo, BigDecimal quantity) {
    }
}
