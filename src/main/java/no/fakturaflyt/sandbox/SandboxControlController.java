package no.fakturaflyt.sandbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Looking into the sandbox and steering it: what arrived at each provider, who is reachable, and faults on demand.
 * Calls here never get an injected fault.
 */
@RestController
@RequestMapping("/sandbox")
@ConditionalOnProperty(name = "fakturaflyt.sandbox.enabled", havingValue = "true")
class SandboxControlController {

    private final SandboxStore store;
    private final SandboxCollectionAgency collectionAgency;

    SandboxControlController(SandboxStore store, SandboxCollectionAgency collectionAgency) {
        this.store = store;
        this.collectionAgency = collectionAgency;
    }

    /** What arrived at one provider, oldest first: one item per idempotency key. */
    @GetMapping("/{provider}/received")
    List<SandboxStore.Received> received(@PathVariable String provider) {
        return store.received(known(provider));
    }

    /** Forgets what arrived at every provider (and so the idempotency keys), the collection agency's cases too. */
    @DeleteMapping("/received")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearReceived() {
        store.clearReceived();
        collectionAgency.clear();
    }

    /**
     * The next {@code times} calls to the provider's endpoints wait {@code delayMillis}, then answer {@code status}
     * and take nothing; without a status they are taken and answered normally, only {@code delayMillis} late.
     * Faults of one provider queue up in the order they were posted.
     */
    @PostMapping("/faults")
    @ResponseStatus(HttpStatus.CREATED)
    SandboxStore.Fault addFault(@Valid @RequestBody FaultRequest request) {
        SandboxStore.Fault fault = new SandboxStore.Fault(known(request.provider()), request.status(),
                request.times() == null ? 1 : request.times(),
                request.delayMillis() == null ? 0 : request.delayMillis());
        store.addFault(fault);
        return fault;
    }

    @GetMapping("/faults")
    List<SandboxStore.Fault> faults() {
        return store.faults();
    }

    @DeleteMapping("/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearFaults() {
        store.clearFaults();
    }

    @GetMapping("/peppol/participants")
    List<String> peppolParticipants() {
        return store.peppolParticipants();
    }

    /** Registers a receiver in the Peppol directory ({@code 987654325} or {@code 0192:987654325}). */
    @PostMapping("/peppol/participants")
    @ResponseStatus(HttpStatus.CREATED)
    SandboxProvidersController.Participant addPeppolParticipant(@Valid @RequestBody NewParticipant participant) {
        return new SandboxProvidersController.Participant(store.addPeppolParticipant(participant.participantId()),
                SandboxProvidersController.PEPPOL_DOCUMENT_TYPES);
    }

    @GetMapping("/efaktura/consumers")
    List<String> efakturaConsumers() {
        return store.efakturaConsumers();
    }

    /** Gives a consumer (by e-mail or phone) an eFaktura agreement. */
    @PostMapping("/efaktura/consumers")
    @ResponseStatus(HttpStatus.CREATED)
    SandboxProvidersController.EfakturaConsumer addEfakturaConsumer(@Valid @RequestBody NewConsumer consumer) {
        return new SandboxProvidersController.EfakturaConsumer(
                SandboxProvidersController.efakturaAddress(store.addEfakturaConsumer(consumer.emailOrPhone())));
    }

    @GetMapping("/vipps/users")
    List<String> vippsUsers() {
        return store.vippsUsers();
    }

    /** Makes a mobile number a Vipps eFaktura user. */
    @PostMapping("/vipps/users")
    @ResponseStatus(HttpStatus.CREATED)
    NewVippsUser addVippsUser(@Valid @RequestBody NewVippsUser user) {
        return new NewVippsUser(store.addVippsUser(user.mobile()));
    }

    private static String known(String provider) {
        if (!SandboxStore.PROVIDERS.contains(provider)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "No such provider in the sandbox: " + provider + " (one of " + SandboxStore.PROVIDERS + ")");
        }
        return provider;
    }

    /**
     * @param provider    peppol, efaktura, vipps, print, factoring, collection-agency or brreg
     * @param status      the HTTP status to answer (e.g. 500); none = answer normally after the delay
     * @param times       how many calls get it (default 1)
     * @param delayMillis how long to wait before answering (default 0)
     */
    record FaultRequest(@NotBlank String provider, @Min(400) @Max(599) Integer status, @Min(1) Integer times,
            @Min(0) @Max(120_000) Long delayMillis) {
    }

    record NewParticipant(@NotBlank String participantId) {
    }

    record NewConsumer(@NotBlank String emailOrPhone) {
    }

    record NewVippsUser(@NotBlank String mobile) {
    }
}
