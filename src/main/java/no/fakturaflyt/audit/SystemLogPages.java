package no.fakturaflyt.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The system log in the browser (the engine's user-operation log and our own records), filtered by user, operation,
 * entity type and dates.
 */
@ScreenController
class SystemLogPages implements Navigable {

    private final SystemLog log;
    private final MessageSource messages;

    SystemLogPages(SystemLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(75, "/system-log", "nav.systemLog");
    }

    @GetMapping("/system-log")
    String systemLog(@RequestParam Map<String, String> params, Model model) {
        FormErrors errors = FormErrors.none();
        LocalDate from = AuditPages.parse(params, "from", LocalDate::parse, errors, messages, "audit.error.date");
        LocalDate to = AuditPages.parse(params, "to", LocalDate::parse, errors, messages, "audit.error.date");
        model.addAttribute("params", params);
        model.addAttribute("errors", errors);
        model.addAttribute("times", AuditPages.TIMES);
        model.addAttribute("entries", errors.isEmpty() ? log.find(new SystemLog.Filter(params.get("user"),
                params.get("operation"), params.get("entityType"), from, to)) : List.of());
        return "audit/system-log";
    }
}
