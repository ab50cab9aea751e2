package no.fakturaflyt.dunning;

import java.security.Principal;
import java.util.Optional;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.Panel;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The payment follow-up in the screens: the start page's cases per stage, and on the invoice page every step with
 * its fee and why, the notes, and the clerk's actions of the API (note, pause, resume, write off) through the same
 * {@link FollowUpActions}.
 */
@ScreenController
class FollowUpPages {

    static final String PANEL_VIEW = "dunning/follow-up-panel";
    static final int MAX_TEXT = 1000;

    private final FollowUpService followUps;
    private final FollowUpActions actions;
    private final FollowUpOverview overview;

    FollowUpPages(FollowUpService followUps, FollowUpActions actions, FollowUpOverview overview) {
        this.followUps = followUps;
        this.actions = actions;
        this.overview = overview;
    }

    @Bean
    static Panel stagesDashboardPanel() {
        return Panel.forEveryone(Panel.DASHBOARD, 30, "/follow-up/panel/stages");
    }

    @Bean
    static Panel followUpInvoicePanel() {
        return Panel.forEveryone(Panel.INVOICE, 30, "/invoices/{id}/panel/follow-up");
    }

    @GetMapping("/follow-up/panel/stages")
    String stages(Model model) {
        var stages = overview.stages(FollowUpOverview.ACTIVE);
        model.addAttribute("stages", stages);
        model.addAttribute("overdueCount", stages.stream().mapToInt(FollowUpOverview.Stage::count).sum());
        return "dunning/stages-panel";
    }

    @GetMapping("/invoices/{id}/panel/follow-up")
    String panel(@PathVariable long id, Model model) {
        return panel(id, FormErrors.none(), model);
    }

    /** htmx from the panel: one of the clerk's actions, then the panel again (or the refusal beside the field). */
    @PostMapping("/invoices/{id}/follow-up")
    String act(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String text,
            Principal user, Model model) {
        FormErrors errors = FormErrors.none();
        if (text == null || text.isBlank()) {
            errors.reject("text", "NotBlank");
        } else if (text.length() > MAX_TEXT) {
            errors.reject("text", "errors.tooLong", MAX_TEXT);
        }
        errors.attempt(() -> switch (action) {
            case "note" -> actions.note(id, text, user.getName());
            case "pause" -> actions.pause(id, text, user.getName());
            case "resume" -> actions.resume(id, text, user.getName());
            case "write-off" -> actions.writeOff(id, text, user.getName());
            default -> throw new no.fakturaflyt.common.InvalidInputException("action", "Unknown action " + action);
        }, "text");
        return panel(id, errors, model);
    }

    private String panel(long id, FormErrors errors, Model model) {
        Optional<FollowUpCase> followUp = followUps.findCase(id);
        model.addAttribute("invoiceId", id);
        model.addAttribute("followUp", followUp.orElse(null));
        model.addAttribute("row", followUp.map(overview::row).orElse(null));
        model.addAttribute("steps", followUp.isPresent() ? followUps.stepsOf(id) : java.util.List.of());
        model.addAttribute("notes", followUp.isPresent() ? followUps.notesOf(id) : java.util.List.of());
        model.addAttribute("errors", errors);
        return PANEL_VIEW;
    }
}
