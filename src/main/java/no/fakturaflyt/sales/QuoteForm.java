package no.fakturaflyt.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.BusinessDate;

/**
 * A quote as the clerk's screen sends it.
 *
 * @param validUntil the last day the customer may accept; null: today plus the settings' quote validity
 */
public record QuoteForm(@NotNull Long customerId, @BusinessDate LocalDate validUntil, @Size(max = 2000) String terms,
        @Size(max = 2000) String note, @Valid @Size(max = 1000) List<SalesLineForm> lines) {

    List<SalesLineForm> linesOrEmpty() {
        return lines == null ? List.of() : lines;
    }
}
