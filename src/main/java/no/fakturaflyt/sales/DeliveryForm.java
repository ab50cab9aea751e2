package no.fakturaflyt.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.BusinessDate;

/**
 * A delivery of (part of) an order.
 *
 * @param deliveredOn the day it was delivered; null: today. Never in the future.
 * @param lines       which order lines, how much of each; empty or absent: everything still undelivered
 */
public record DeliveryForm(@BusinessDate LocalDate deliveredOn, @Valid List<DeliveryLine> lines) {

    List<DeliveryLine> linesOrEmpty() {
        return lines == null ? List.of() : lines;
    }

    /** @param quantity null: all that is still undelivered of the line */
    public record DeliveryLine(int lineNo, @Digits(integer = 12, fraction = 3) BigDecimal quantity) {
    }
}
