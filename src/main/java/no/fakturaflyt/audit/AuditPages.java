package no.fakturaflyt.audit;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The auditor's trail in the browser: search a posted document, read its one timeline, download it as CSV or PDF/A,
 * and see each of its process instances drawn (bpmn-js viewer) with the activities it passed and is in marked. Only
 * GETs: nothing here changes anything.
 */
@ScreenController
class AuditPages implements Navigable {

    /** Formats instants as Oslo local time for the pages. */
    public static final class Times {
        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(OsloClock.OSLO);

        public String format(Instant at) {
            return at == null ? "" : FORMAT.format(at);
        }
    }

    static final Times TIMES = new Times();

    private final AuditSearch search;
    private final AuditTrailService trails;
    private final InstancePaths paths;
    private final TrailExports exports;
    private final MessageSource messages;

    AuditPages(AuditSearch search, AuditTrailService trails, InstancePaths paths, TrailExports exports,
            MessageSource messages) {
        this.messages = messages;
        this.search = search;
        this.trails = trails;
        this.paths = paths;
        this.exports = exports;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(70, "/audit", "nav.audit");
    }

    @GetMapping("/audit")
    String search(@RequestParam Map<String, String> params, Model model) {
        FormErrors errors = FormErrors.none();
        Long number = parse(params, "number", Long::valueOf, errors, messages, "audit.error.number");
        BigDecimal amount = parse(params, "amount", s -> new BigDecimal(s.replace(',', '.').replace(" ", "")),
                errors, messages, "audit.error.amount");
        LocalDate from = parse(params, "from", LocalDate::parse, errors, messages, "audit.error.date");
        LocalDate to = parse(params, "to", LocalDate::parse, errors, messages, "audit.error.date");
        boolean searched = params.values().stream().anyMatch(v -> v != null && !v.isBlank());
        model.addAttribute("params", params);
        model.addAttribute("errors", errors);
        model.addAttribute("searched", searched && errors.isEmpty());
        model.addAttribute("found", searched && errors.isEmpty() ? search.find(new AuditSearch.Criteria(number,
                params.get("customer"), params.get("kid"), amount, from, to)) : List.of());
        return "audit/search";
    }

    @GetMapping("/audit/documents/{id}")
    String trail(@PathVariable long id, Model model) {
        AuditTrail trail = trails.trail(id);
        Map<String, List<InstancePaths.Step>> steps = new LinkedHashMap<>();
        trail.instances().forEach(i -> steps.put(i.id(), paths.steps(i.id())));
        model.addAttribute("trail", trail);
        model.addAttribute("steps", steps);
        model.addAttribute("times", TIMES);
        return "audit/trail";
    }

    /** The instance's diagram and path as JSON, for the page's BPMN viewer (the same answer as the API's). */
    @GetMapping(value = "/audit/instances/{id}/diagram", produces = "application/json")
    @ResponseBody
    InstancePaths.Diagram diagram(@PathVariable String id) {
        return paths.diagram(id);
    }

    @GetMapping("/audit/documents/{id}/trail.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return exports.csv(id);
    }

    @GetMapping("/audit/documents/{id}/trail.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Principal user) {
        return exports.pdf(id, user.getName());
    }

    /**
     * The parameter's value, or null when it is empty; a value that does not parse is put beside its field, in the
     * page's language.
     */
    static <T> T parse(Map<String, String> params, String name, Function<String, T> parser, FormErrors errors,
            MessageSource messages, String messageKey) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            errors.add(name, messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
            return null;
        }
    }
}
