package no.fakturaflyt.sandbox;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The collection agency's own API, as the creditor's client calls it: {@code POST /cases} hands a claim over (the
 * same Idempotency-Key twice opens one case and answers with it both times), {@code GET /cases/{reference}} tells
 * where a case stands. An outside party: it knows the JSON, not the application's classes. Takes injected faults
 * like the other providers ({@code POST /sandbox/faults} with provider {@code collection-agency}).
 */
@RestController
@RequestMapping("/sandbox/collection-agency")
@ConditionalOnProperty(name = "fakturaflyt.sandbox.enabled", havingValue = "true")
class SandboxCollectionAgencyController {

    private final SandboxStore store;
    private final SandboxCollectionAgency agency;

    SandboxCollectionAgencyController(SandboxStore store, SandboxCollectionAgency agency) {
        this.store = store;
        this.agency = agency;
    }

    @PostMapping(value = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseStatus openCase(@RequestHeader(SandboxProvidersController.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @RequestBody SandboxCollectionAgency.CaseRequest request) {
        List<SandboxCollectionAgency.ReceivedDocument> documents = new ArrayList<>();
        for (SandboxCollectionAgency.Document document : request.documents()) {
            documents.add(decode(document));
        }
        SandboxCollectionAgency.Claim claim = request.claim();
        if (claim.total().compareTo(claim.principal().add(claim.fees()).add(claim.interest())) != 0) {
            throw badRequest("claim.total is not principal + fees + interest");
        }
        String summary = "invoice " + claim.invoiceNumber() + " against " + request.debtor().name() + " ("
                + request.debtor().type() + "), " + claim.currency() + " " + claim.total() + " (principal "
                + claim.principal() + ", fees " + claim.fees() + ", interest " + claim.interest() + "), "
                + documents.size() + " document(s)";
        store.receive(SandboxCollectionAgency.PROVIDER, idempotencyKey, summary,
                reference -> agency.open(reference, idempotencyKey, request.creditor(), request.debtor(), claim,
                        documents));
        // the case as it stands now: a repeated call may find it closed meanwhile
        String reference = SandboxStore.reference(SandboxCollectionAgency.PROVIDER, idempotencyKey);
        return agency.find(reference).map(CaseStatus::of)
                .orElseThrow(() -> new IllegalStateException("Case " + reference + " was taken but is not stored"));
    }

    @GetMapping("/cases/{reference}")
    CaseStatus caseStatus(@PathVariable String reference) {
        return agency.find(reference).map(CaseStatus::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + reference));
    }

    private static SandboxCollectionAgency.ReceivedDocument decode(SandboxCollectionAgency.Document document) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(document.contentBase64());
        } catch (IllegalArgumentException e) {
            throw badRequest("documents: " + document.fileName() + " is not base64");
        }
        boolean pdf = bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
        if (document.contentType().equalsIgnoreCase(MediaType.APPLICATION_PDF_VALUE) && !pdf) {
            throw badRequest("documents: " + document.fileName() + " says application/pdf but is not a PDF");
        }
        return new SandboxCollectionAgency.ReceivedDocument(document.fileName(), document.contentType(),
                bytes.length, sha256(bytes), pdf);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

    /** Where a case stands: OPEN, PAID or CLOSED_UNPAID; amount and day once closed. */
    record CaseStatus(String reference, String status, BigDecimal amountCollected, LocalDate closedOn) {

        static CaseStatus of(SandboxCollectionAgency.AgencyCase agencyCase) {
            return new CaseStatus(agencyCase.reference(), agencyCase.status(), agencyCase.amountCollected(),
                    agencyCase.closedOn());
        }
    }
}
