package no.fakturaflyt.dunning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/follow-up")
@Tag(name = "Payment follow-up")
class FollowUpController {

    private final FollowUpService followUps;
    private final FollowUpActions actions;
    private final FollowUpOverview overview;
    private final FollowUpSettingsService settings;

    FollowUpController(FollowUpService followUps, FollowUpActions actions, FollowUpOverview overview,
            FollowUpSettingsService settings) {
        this.followUps = followUps;
        this.actions = actions;
        this.overview = overview;
        this.settings = settings;
    }

    record ReasonForm(@NotBlank @Size(max = 1000) String reason) {
    }

    record NoteForm(@NotBlank @Size(max = 2000) String text) {
    }

    record StepView(FollowUpStep step, LocalDate sentOn, LocalDate payBy, BigDecimal outstanding,
            BigDecimal policyFee, BigDecimal fee, BigDecimal feeCap, List<String> feeReasons, Long documentId,
            Long voucherId, String approvedBy) {
        static StepView of(StepRecord r) {
            return new StepView(r.getStep(), r.getSentOn(), r.getPayBy(), r.getOutstanding(), r.getPolicyFee(),
                    r.getFee(), r.getFeeCap(), r.getFeeReasons() == null ? List.of()
                            : List.of(r.getFeeReasons().split("\n")), r.getDocumentId(), r.getVoucherId(),
                    r.getApprovedBy());
        }
    }

    record NoteView(Instant writtenAt, String writtenBy, String text) {
        static NoteView of(FollowUpNote n) {
            return new NoteView(n.getWrittenAt(), n.getWrittenBy(), n.getText());
        }
    }

    record CaseView(FollowUpOverview.Row summary, String processInstanceId, Instant openedAt, Instant closedAt,
            String closedReason, LocalDate pausedOn, String pausedBy, List<StepView> steps, List<NoteView> notes) {
    }

    record SettingsView(int postalDays, int firstReminderDays, int reminderCount,
            FollowUpSettings.TransferApproval transferApproval, FollowUpSettings.DocumentStyle documentStyle,
            BigDecimal minimumAmount, BigDecimal interestNoteThreshold, Instant updatedAt, String updatedBy) {
        static SettingsView of(FollowUpSettings s) {
            return new SettingsView(s.getPostalDays(), s.getFirstReminderDays(), s.getReminderCount(),
                    s.getTransferApproval(), s.getDocumentStyle(), s.getMinimumAmount(), s.getInterestNoteThreshold(),
                    s.getUpdatedAt(), s.getUpdatedBy());
        }
    }

    @GetMapping
    @Operation(summary = "Invoices in follow-up per stage (list, reminder 1, reminder 2, notice, awaiting transfer,"
            + " transferred) with days overdue and amounts, and the interest notes waiting or ready; stage=... narrows"
            + " it, closed stages on request")
    FollowUpOverview.Overview overview(@RequestParam(required = false) List<FollowUpStage> stage) {
        EnumSet<FollowUpStage> wanted = stage == null || stage.isEmpty() ? FollowUpOverview.ACTIVE
                : EnumSet.copyOf(stage);
        return overview.overview(wanted);
    }

    @GetMapping("/{invoiceId}")
    @Operation(summary = "One invoice's follow-up: stage, next step, every step with its fee and why, notes")
    CaseView get(@PathVariable long invoiceId) {
        return view(followUps.caseOf(invoiceId));
    }

    @PostMapping("/{invoiceId}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to an invoice in follow-up")
    NoteView note(@PathVariable long invoiceId, @Valid @RequestBody NoteForm form, Principal user) {
        return NoteView.of(actions.note(invoiceId, form.text(), user.getName()));
    }

    @PostMapping("/{invoiceId}/pause")
    @Operation(summary = "Pause the follow-up (e.g. a dispute): no step is sent until it is resumed; a payment still"
            + " ends it")
    CaseView pause(@PathVariable long invoiceId, @Valid @RequestBody ReasonForm form, Principal user) {
        return view(actions.pause(invoiceId, form.reason(), user.getName()));
    }

    @PostMapping("/{invoiceId}/resume")
    @Operation(summary = "Resume a paused or held-back follow-up; the waiting step moves by the days paused")
    CaseView resume(@PathVariable long invoiceId, @Valid @RequestBody ReasonForm form, Principal user) {
        return view(actions.resume(invoiceId, form.reason(), user.getName()));
    }

    @PostMapping("/{invoiceId}/advance")
    @Operation(summary = "Move on to the waiting step now, where the law allows it (409 with the reason otherwise)")
    CaseView advance(@PathVariable long invoiceId, Principal user) {
        return view(actions.advance(invoiceId, user.getName()));
    }

    @PostMapping("/{invoiceId}/write-off")
    @Operation(summary = "Write off what is owed as a loss (debit 7830, credit 1500) and end the follow-up; never"
            + " transferred afterwards")
    CaseView writeOff(@PathVariable long invoiceId, @Valid @RequestBody ReasonForm form, Principal user) {
        return view(actions.writeOff(invoiceId, form.reason(), user.getName()));
    }

    @GetMapping("/settings")
    @Operation(summary = "The company's follow-up settings")
    SettingsView settings() {
        return SettingsView.of(settings.current());
    }

    @PutMapping("/settings")
    @Operation(summary = "Change the follow-up settings (admins); applies to steps planned from now on")
    SettingsView updateSettings(@Valid @RequestBody FollowUpSettingsForm form, Principal user) {
        return SettingsView.of(settings.update(form, user.getName()));
    }

    private CaseView view(FollowUpCase c) {
        return new CaseView(overview.row(c), c.getProcessInstanceId(), c.getOpenedAt(), c.getClosedAt(),
                c.getClosedReason(), c.getPausedOn(), c.getPausedBy(),
                followUps.stepsOf(c.getInvoiceId()).stream().map(StepView::of).toList(),
                followUps.notesOf(c.getInvoiceId()).stream().map(NoteView::of).toList());
    }
}
