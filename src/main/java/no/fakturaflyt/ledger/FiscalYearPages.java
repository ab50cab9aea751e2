package no.fakturaflyt.ledger;

import java.security.Principal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Regnskapsår": the fiscal years and their twelve periods, which are closed and by whom. Everyone reads; an admin
 * opens the next year and closes an ended period or year (under /admin, as the API's POST /api/fiscal-years is the
 * admins'). Closing is final, so the page offers no reopening. The same service as the API.
 */
@ScreenController
class FiscalYearPages implements Navigable {

    static final String VIEW = "ledger/fiscal-years";

    private final FiscalCalendar calendar;
    private final OsloClock clock;

    FiscalYearPages(FiscalCalendar calendar, OsloClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(65, "/ledger/fiscal-years", "nav.ledger").alsoUnder("/ledger");
    }

    @GetMapping("/ledger/fiscal-years")
    String page(Model model) {
        return page(model, FormErrors.none(), null);
    }

    @PostMapping("/admin/fiscal-years")
    String open(@RequestParam(required = false) String year, Principal user, Model model) {
        FormErrors errors = FormErrors.none();
        Integer number = parseYear(year, errors);
        Optional<FiscalYearStatus> opened = errors.attempt(() -> calendar.openYear(number, user.getName()), "year");
        return opened.isPresent() ? "redirect:/ledger/fiscal-years?opened=" + number : page(model, errors, year);
    }

    @PostMapping("/admin/fiscal-years/{year}/close")
    String closeYear(@PathVariable int year, Principal user, Model model) {
        FormErrors errors = FormErrors.none();
        Optional<FiscalYearStatus> closed = errors.attempt(() -> calendar.closeYear(year, user.getName()),
                rowField(year));
        errors = errors.renamed(field -> "year".equals(field) ? rowField(year) : field);
        return closed.isPresent() ? "redirect:/ledger/fiscal-years?closed=" + year : page(model, errors, null);
    }

    @PostMapping("/admin/fiscal-years/{year}/periods/{period}/close")
    String closePeriod(@PathVariable int year, @PathVariable int period, Principal user, Model model) {
        FormErrors errors = FormErrors.none();
        Optional<FiscalYearStatus> closed = errors.attempt(() -> calendar.closePeriod(year, period, user.getName()),
                rowField(year));
        errors = errors.renamed(field -> "year".equals(field) || "period".equals(field) ? rowField(year) : field);
        return closed.isPresent() ? "redirect:/ledger/fiscal-years?closed=" + YearMonth.of(year, period)
                : page(model, errors, null);
    }

    private String page(Model model, FormErrors errors, String yearTyped) {
        List<FiscalYearStatus> years = calendar.years();
        YearMonth thisMonth = YearMonth.from(clock.today());
        int next = years.stream().mapToInt(FiscalYearStatus::year).max().orElse(thisMonth.getYear() - 1) + 1;
        model.addAttribute("years", years.stream().sorted(Comparator.comparingInt(FiscalYearStatus::year).reversed())
                .map(y -> YearRow.of(y, thisMonth)).toList());
        model.addAttribute("nextYear", yearTyped != null ? yearTyped : String.valueOf(Math.max(next,
                thisMonth.getYear())));
        model.addAttribute("errors", errors);
        return VIEW;
    }

    /** Where the page shows a refusal about one year: beside its row. */
    static String rowField(int year) {
        return "year-" + year;
    }

    private static Integer parseYear(String value, FormErrors errors) {
        if (value == null) {
            errors.reject("year", "ledger.typeAYear");
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.reject("year", "ledger.notAYear", value.trim());
            return null;
        }
    }

    /** A year as the page lists it: each period closed or not, and which of them may be closed now. */
    record YearRow(int year, boolean closed, FiscalYearStatus status, List<PeriodCell> periods, boolean closable) {

        static YearRow of(FiscalYearStatus status, YearMonth thisMonth) {
            boolean closed = FiscalYearStatus.CLOSED.equals(status.status());
            List<PeriodCell> periods = IntStream.rangeClosed(1, 12).mapToObj(p -> {
                YearMonth month = YearMonth.of(status.year(), p);
                boolean periodClosed = closed || status.closedPeriods().contains(p);
                return new PeriodCell(p, month, periodClosed, !periodClosed && month.isBefore(thisMonth));
            }).toList();
            return new YearRow(status.year(), closed, status, periods, !closed && status.year() < thisMonth.getYear());
        }
    }

    record PeriodCell(int period, YearMonth month, boolean closed, boolean closable) {
    }
}
