package no.fakturaflyt.sandbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.common.OsloClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Steering the sandbox collection agency for a demo or a test: the cases it holds, with what arrived, and closing a
 * case as paid or unpaid, which calls the creditor back ({@link SandboxAgencyCallback}). Never gets an injected fault.
 */
@RestController
@RequestMapping("/sandbox/control/collection-agency")
@ConditionalOnProperty(name = "fakturaflyt.sandbox.enabled", havingValue = "true")
class SandboxCollectionAgencyControlController {

    private final SandboxCollectionAgency agency;
    private final SandboxAgencyCallback callback;
    private final OsloClock clock;

    SandboxCollectionAgencyControlController(SandboxCollectionAgency agency, SandboxAgencyCallback callback,
            OsloClock clock) {
        this.agency = agency;
        this.callback = callback;
        this.clock = clock;
    }

    /** Every case the agency took, oldest first: creditor, debtor, claim and the documents' fingerprints. */
    @GetMapping("/cases")
    List<SandboxCollectionAgency.AgencyCase> cases() {
        return agency.all();
    }

    @GetMapping("/cases/{reference}")
    SandboxCollectionAgency.AgencyCase agencyCase(@PathVariable String reference) {
        return agency.find(reference).orElseThrow(() -> notFound(reference));
    }

    /**
     * Closes an open case and calls the creditor back; 409 when the case was closed before. The answer says whether
     * the callback was delivered.
     */
    @PostMapping("/cases/{reference}/close")
    Closed close(@PathVariable String reference, @Valid @RequestBody CloseRequest request) {
        SandboxCollectionAgency.AgencyCase current = agency.find(reference).orElseThrow(() -> notFound(reference));
        if (!SandboxCollectionAgency.OPEN.equals(current.status())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + reference + " is already "
                    + current.status());
        }
        BigDecimal amount = request.amount() != null ? request.amount()
                : "PAID".equals(request.outcome()) ? current.claim().total() : BigDecimal.ZERO;
        LocalDate closedOn = request.closedOn() != null ? request.closedOn() : clock.today();
        SandboxCollectionAgency.AgencyCase closed = agency.close(reference, request.outcome(), amount, closedOn)
                .orElseThrow(() -> notFound(reference));
        if (!request.outcome().equals(closed.status())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + reference + " is already "
                    + closed.status());
        }
        return new Closed(closed, callback.send(request.callbackUrl(), closed));
    }

    private static ResponseStatusException notFound(String reference) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + reference + " at the collection agency");
    }

    /**
     * @param outcome     PAID or CLOSED_UNPAID
     * @param amount      what the agency collected for the creditor (default: the whole claim when paid, else 0)
     * @param closedOn    the day it closed (default today, by the application's clock, so tests can time-travel)
     * @param callbackUrl where to send this one callback instead of the configured URL, e.g. an unreachable one to
     *                    see the creditor's poll find the case
     */
    record CloseRequest(@NotBlank @Pattern(regexp = "PAID|CLOSED_UNPAID") String outcome,
            @PositiveOrZero BigDecimal amount, LocalDate closedOn, String callbackUrl) {
    }

    record Closed(SandboxCollectionAgency.AgencyCase agencyCase, SandboxAgencyCallback.Outcome callback) {
    }
}
