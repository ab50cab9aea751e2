package no.fakturaflyt.dunning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/legal-rates")
@Tag(name = "Legal rates")
class LegalRateController {

    private final LegalRateService rates;
    private final LegalRateWarnings warnings;

    LegalRateController(LegalRateService rates, LegalRateWarnings warnings) {
        this.rates = rates;
        this.warnings = warnings;
    }

    record RatesView(List<String> warnings, List<LegalRateService.Figure> figures) {
    }

    record FigureForm(String table, LocalDate validFrom, String value, String source) {
    }

    @GetMapping
    @Operation(summary = "The legal figures in force (inkassosats, fee fraction, late-interest rate and standard"
            + " compensation per half-year) with their sources, and a warning while the coming half-year has no rate")
    RatesView all() {
        return new RatesView(warnings.current(), rates.all());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a figure with its source, e.g. the next half-year's late-interest rate (admins); the"
            + " late interest that waited for it is accrued at once. 409 if the table has a figure from that day")
    LegalRateService.Figure add(@RequestBody FigureForm form, Principal user) {
        return rates.add(form.table(), form.validFrom(), form.value(), form.source(), user.getName());
    }
}
