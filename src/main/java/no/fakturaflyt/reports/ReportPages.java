package no.fakturaflyt.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Rapporter": revenue per customer, product and county/municipality and the quote hit rate for a period of invoice
 * dates (this year so far unless chosen), each downloadable as CSV. Read only, so every role may see it.
 */
@ScreenController
class ReportPages implements Navigable {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final RevenueReports reports;
    private final OsloClock clock;

    ReportPages(RevenueReports reports, OsloClock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(60, "/reports", "nav.reports");
    }

    @GetMapping("/reports")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model) {
        FormErrors errors = FormErrors.none();
        LocalDate fromDate = date("from", from, clock.today().withDayOfYear(1), errors);
        LocalDate toDate = date("to", to, clock.today(), errors);
        Optional<RevenueReport> report = errors.isEmpty()
                ? errors.attempt(() -> reports.report(fromDate, toDate), "to") : Optional.empty();
        model.addAttribute("from", from == null ? String.valueOf(fromDate) : from);
        model.addAttribute("to", to == null ? String.valueOf(toDate) : to);
        model.addAttribute("report", report.orElse(null));
        model.addAttribute("errors", errors);
        return "reports/reports";
    }

    @GetMapping("/reports/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return csv(ReportCsv.Kind.parse(kind), RequestDates.parse("from", from), RequestDates.parse("to", to));
    }

    /** The file; bad input is answered by {@code common.web.ScreenErrors} as a problem naming the field. */
    private ResponseEntity<byte[]> csv(ReportCsv.Kind which, LocalDate fromDate, LocalDate toDate) {
        byte[] body = ReportCsv.of(which, reports.report(fromDate, toDate));
        String name = which.fileName + (fromDate == null ? "" : "-" + fromDate) + (toDate == null ? "" : "-" + toDate)
                + ".csv";
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    private static LocalDate date(String field, String value, LocalDate fallback, FormErrors errors) {
        if (value == null) {
            return fallback;
        }
        try {
            return RequestDates.parse(field, value);
        } catch (InvalidInputException e) {
            errors.add(field, e);
            return null;
        }
    }

    /** A date from the query (yyyy-mm-dd, as the date input sends it); blank means the period is open there. */
    static final class RequestDates {

        private RequestDates() {
        }

        static LocalDate parse(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "Not a date (yyyy-mm-dd): " + value.trim(),
                        "errors.notADate", value.trim());
            }
        }
    }
}
