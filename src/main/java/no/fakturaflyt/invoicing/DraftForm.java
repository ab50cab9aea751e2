package no.fakturaflyt.invoicing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.BusinessDate;

/** A draft as the clerk's screen sends it: the customer, the header fields and every line. */
public record DraftForm(
        @NotNull Long customerId,
        @BusinessDate LocalDate invoiceDate,
        @BusinessDate LocalDate deliveryDate,
        @Size(max = 200) String deliveryPlace,
        @Size(max = 200) String buyerReference,
        @Size(max = 2000) String note,
        @Valid @Size(max = 1000) List<LineForm> lines) {

    /** A draft dated the day it is posted. */
    public DraftForm(Long customerId, LocalDate deliveryDate, String deliveryPlace, String buyerReference, String note,
            List<LineForm> lines) {
        this(customerId, null, deliveryDate, deliveryPlace, buyerReference, note, lines);
    }

    public DraftDetails details() {
        return new DraftDetails(invoiceDate, deliveryDate, deliveryPlace, buyerReference, note);
    }

    public List<LineForm> linesOrEmpty() {
        return lines == null ? List.of() : lines;
    }

    /**
     * A line: from a product (its name, unit, price and VAT code are the defaults) or free text (description,
     * unit price and VAT code required).
     */
    public record LineForm(
            Long productId,
            @Size(max = 500) String description,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 12, fraction = 3) BigDecimal quantity,
            @Size(max = 20) String unit,
            @DecimalMin(value = "0.00") @Digits(integer = 15, fraction = 2) BigDecimal unitPrice,
            @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
            String vatCode) {
    }
}
