package no.fakturaflyt.sandbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The sandbox collection agency's case book, in memory: each case as it was handed over, and how it stands. A case is
 * opened once per Idempotency-Key (through {@link SandboxStore#receive}); closing it is the demo's or the test's
 * move ({@link SandboxCollectionAgencyControlController}), as a real agency's would be its debtor paying.
 */
@Component
@ConditionalOnProperty(name = "fakturaflyt.sandbox.enabled", havingValue = "true")
class SandboxCollectionAgency {

    static final String PROVIDER = "collection-agency";
    static final String OPEN = "OPEN";

    private final Map<String, AgencyCase> cases = new LinkedHashMap<>();

    synchronized AgencyCase open(String reference, String idempotencyKey, Party creditor, Debtor debtor, Claim claim,
            List<ReceivedDocument> documents) {
        AgencyCase opened = new AgencyCase(reference, idempotencyKey, Instant.now(), creditor, debtor, claim,
                List.copyOf(documents), OPEN, null, null);
        cases.put(reference, opened);
        return opened;
    }

    synchronized Optional<AgencyCase> find(String reference) {
        return Optional.ofNullable(cases.get(reference));
    }

    synchronized List<AgencyCase> all() {
        return new ArrayList<>(cases.values());
    }

    /** Closes an open case; empty when there is no such case, the case unchanged when it was closed before. */
    synchronized Optional<AgencyCase> close(String reference, String outcome, BigDecimal amount, LocalDate closedOn) {
        AgencyCase current = cases.get(reference);
        if (current == null || !OPEN.equals(current.status())) {
            return Optional.ofNullable(current);
        }
        AgencyCase closed = new AgencyCase(current.reference(), current.idempotencyKey(), current.receivedAt(),
                current.creditor(), current.debtor(), current.claim(), current.documents(), outcome, amount,
                closedOn);
        cases.put(reference, closed);
        return Optional.of(closed);
    }

    synchronized void clear() {
        cases.clear();
    }

    /** A case as the agency took it: the creditor's JSON as it arrived, the documents decoded and fingerprinted. */
    record AgencyCase(String reference, String idempotencyKey, Instant receivedAt, Party creditor, Debtor debtor,
            Claim claim, List<ReceivedDocument> documents, String status, BigDecimal amountCollected,
            LocalDate closedOn) {
    }

    // --- the agency's JSON, as the creditor sends it to POST /cases ---

    record Party(@NotBlank String orgNumber, @NotBlank String name) {
    }

    /** @param type CONSUMER or BUSINESS */
    record Debtor(@NotBlank String name, String orgNumber, @NotBlank @Pattern(regexp = "CONSUMER|BUSINESS") String type,
            List<String> addressLines, String postalCode, String city, String countryCode, String email,
            String phone) {
    }

    record Claim(@NotBlank String invoiceNumber, String kid, LocalDate invoiceDate, @NotNull LocalDate dueDate,
            @NotNull @Positive BigDecimal principal, @NotNull @PositiveOrZero BigDecimal fees,
            @NotNull @PositiveOrZero BigDecimal interest, @NotNull BigDecimal total, @NotBlank String currency,
            @NotNull LocalDate noticeSentOn, @NotNull LocalDate noticeDeadline) {
    }

    record Document(@NotBlank String fileName, @NotBlank String contentType, @NotBlank String contentBase64) {
    }

    record CaseRequest(@Valid @NotNull Party creditor, @Valid @NotNull Debtor debtor, @Valid @NotNull Claim claim,
            @NotEmpty List<@Valid @NotNull Document> documents) {
    }

    /**
     * One document of a case.
     *
     * @param sha256 hex SHA-256 of the decoded content, to compare with what was sent
     * @param pdf    whether the content is a PDF ({@code %PDF-})
     */
    record ReceivedDocument(String fileName, String contentType, int size, String sha256, boolean pdf) {
    }
}
