package no.fakturaflyt.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/fiscal-years")
@Tag(name = "Fiscal years")
class FiscalYearController {

    private final FiscalCalendar calendar;

    FiscalYearController(FiscalCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping
    @Operation(summary = "The fiscal years set up or holding vouchers, with their closed periods")
    List<FiscalYearStatus> years() {
        return calendar.years();
    }

    @GetMapping("/{year}")
    FiscalYearStatus year(@PathVariable int year) {
        return calendar.year(year);
    }

    @PostMapping
    @Operation(summary = "Open a fiscal year ahead of its first voucher (admin); a closed year is not reopened")
    FiscalYearStatus open(@Valid @RequestBody YearForm form, Principal principal) {
        return calendar.openYear(form.year(), principal.getName());
    }

    @PostMapping("/{year}/close")
    @Operation(summary = "Close an ended fiscal year with all its periods (admin): nothing more is posted into it")
    FiscalYearStatus closeYear(@PathVariable int year, Principal principal) {
        return calendar.closeYear(year, principal.getName());
    }

    @PostMapping("/{year}/periods/{period}/close")
    @Operation(summary = "Close an ended period (month 1-12) of a fiscal year (admin)")
    FiscalYearStatus closePeriod(@PathVariable int year, @PathVariable int period, Principal principal) {
        return calendar.closePeriod(year, period, principal.getName());
    }

    record YearForm(@NotNull Integer year) {
    }
}
