package no.fakturaflyt.ledger;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "SAF-T": the SAF-T Financial file of a period, for admins and auditors (security.SecurityConfig, as GET /api/saft).
 * The form asks for the first and last day (last month unless chosen); a refused choice comes back beside its field,
 * a good one downloads the whole file, written before the first byte is sent.
 */
@ScreenController
class SaftPages {

    static final String VIEW = "ledger/saft";

    private final SaftExport export;
    private final OsloClock clock;

    SaftPages(SaftExport export, OsloClock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/ledger/saft")
    String page(Model model) {
        YearMonth lastMonth = YearMonth.from(clock.today()).minusMonths(1);
        return page(model, FormErrors.none(), lastMonth.atDay(1).toString(), lastMonth.atEndOfMonth().toString());
    }

    /** The file, or the form again (400) with the reason beside the field: nothing is sent before it is whole. */
    @GetMapping("/ledger/saft/file")
    String file(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Principal user, Model model, HttpServletResponse response) throws IOException {
        FormErrors errors = FormErrors.none();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Optional<String> name = errors.attempt(() -> {
            export.write(fromDate, toDate, user.getName(), out);
            return export.fileName();
        }, "to");
        if (name.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, errors, from, to);
        }
        response.setContentType(MediaType.APPLICATION_XML_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name.get())
                .build().toString());
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
        return null;
    }

    private String page(Model model, FormErrors errors, String from, String to) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private static LocalDate date(String field, String value, FormErrors errors) {
        if (value == null) {
            errors.add(field, "Choose a day (yyyy-mm-dd)");
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "Not a date (yyyy-mm-dd): " + value);
            return null;
        }
    }
}
