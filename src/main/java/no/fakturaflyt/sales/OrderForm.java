package no.fakturaflyt.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The lines and note of an order confirmation as the clerk saves them (the whole order, every line). */
public record OrderForm(@Valid @Size(max = 1000) List<SalesLineForm> lines, @Size(max = 2000) String note) {

    List<SalesLineForm> linesOrEmpty() {
        return lines == null ? List.of() : lines;
    }
}
