package no.fakturaflyt.sandbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The providers' own endpoints, as the application's clients call them: the Peppol access point, eFaktura, Vipps
 * eFaktura, the print service and the factoring company. An outside party: it knows nothing of the application's
 * classes, only the JSON (and UBL) on the wire. Every sending call needs an {@code Idempotency-Key}; the same key
 * twice is taken once and answered with the same receipt. 404 means the recipient is not on this channel.
 */
@RestController
@RequestMapping("/sandbox")
@ConditionalOnProperty(name = "fakturaflyt.sandbox.enabled", havingValue = "true")
class SandboxProvidersController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final List<String> PEPPOL_DOCUMENT_TYPES = List.of(
            "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##"
                    + "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1",
            "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2::CreditNote##"
                    + "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1");
    private static final Pattern UBL_ROOT = Pattern.compile("<\\s*(?:[\\w-]+:)?(Invoice|CreditNote)[\\s>/]");

    private final SandboxStore store;
    private final SandboxProperties properties;

    SandboxProvidersController(SandboxStore store, SandboxProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    // --- Peppol access point ---

    @GetMapping("/peppol/participants/{participantId}")
    Participant peppolParticipant(@PathVariable String participantId) {
        if (!store.isPeppolParticipant(participantId)) {
            throw notFound("Not registered in the Peppol directory: " + participantId);
        }
        return new Participant(SandboxStore.participantId(participantId), PEPPOL_DOCUMENT_TYPES);
    }

    @PostMapping(value = "/peppol/messages", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    PeppolReceipt peppolMessage(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestParam String receiver, @RequestBody String ublXml) {
        Matcher root = UBL_ROOT.matcher(ublXml);
        if (!root.find()) {
            throw badRequest("The body is not a UBL Invoice or CreditNote");
        }
        if (!store.isPeppolParticipant(receiver)) {
            throw notFound("Receiver not registered in the Peppol directory: " + receiver);
        }
        String summary = root.group(1) + " to " + SandboxStore.participantId(receiver) + ", "
                + ublXml.length() + " characters of UBL";
        return store.receive("peppol", idempotencyKey, summary, ref -> new PeppolReceipt(ref, Instant.now()));
    }

    // --- eFaktura ---

    @PostMapping("/efaktura/consumers/lookup")
    EfakturaConsumer efakturaLookup(@RequestBody EfakturaLookup lookup) {
        return store.efakturaConsumer(lookup.email(), lookup.phone())
                .map(id -> new EfakturaConsumer(efakturaAddress(id)))
                .orElseThrow(() -> notFound("No eFaktura agreement for this consumer"));
    }

    @PostMapping("/efaktura/invoices")
    Receipt efakturaInvoice(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @RequestBody EfakturaInvoice invoice) {
        pdf(invoice.pdfBase64());
        String consumer = invoice.efakturaAddress().startsWith(EFAKTURA_ADDRESS)
                ? invoice.efakturaAddress().substring(EFAKTURA_ADDRESS.length()) : "";
        if (store.efakturaConsumer(consumer).isEmpty()) {
            throw notFound("Unknown eFaktura address: " + invoice.efakturaAddress());
        }
        String summary = "invoice " + invoice.invoiceNumber() + " to " + invoice.efakturaAddress() + ", NOK "
                + invoice.amount() + ", KID " + invoice.kid() + ", due " + invoice.dueDate();
        return store.receive("efaktura", idempotencyKey, summary, ref -> new Receipt(ref, Instant.now()));
    }

    // --- Vipps eFaktura ---

    @PostMapping("/vipps/invoices")
    Receipt vippsInvoice(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @RequestBody VippsInvoice invoice) {
        pdf(invoice.pdfBase64());
        if (!store.isVippsUser(invoice.mobile())) {
            throw notFound("Not a Vipps eFaktura user: " + invoice.mobile());
        }
        String summary = "invoice " + invoice.invoiceNumber() + " to " + SandboxStore.mobile(invoice.mobile())
                + ", NOK " + invoice.amount() + ", KID " + invoice.kid() + ", due " + invoice.dueDate();
        return store.receive("vipps", idempotencyKey, summary, ref -> new Receipt(ref, Instant.now()));
    }

    // --- print service ---

    @PostMapping("/print/jobs")
    JobReceipt printJob(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @RequestBody PrintJob job) {
        pdf(job.pdfBase64());
        String summary = "letter to " + job.recipientName() + ", " + String.join(", ", job.addressLines()) + ", "
                + job.pages() + " page(s)";
        return store.receive("print", idempotencyKey, summary, ref -> new JobReceipt(ref, Instant.now()));
    }

    // --- factoring ---

    @PostMapping("/factoring/offers")
    Decision factoringOffer(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @RequestBody FactoringOffer offer) {
        pdf(offer.pdfBase64());
        BigDecimal limit = properties.factoringLimit();
        boolean accept = offer.amount().compareTo(limit) <= 0;
        String summary = "invoice " + offer.invoiceNumber() + ", debtor " + offer.debtorName() + " ("
                + offer.debtorOrgNumber() + "), NOK " + offer.amount() + ": " + (accept ? "ACCEPTED" : "REJECTED");
        return store.receive("factoring", idempotencyKey, summary, ref -> accept
                ? new Decision("ACCEPTED", ref, null)
                : new Decision("REJECTED", null, "The amount " + offer.amount() + " is above our limit " + limit));
    }

    // --- helpers ---

    static final String EFAKTURA_ADDRESS = "efaktura:";

    static String efakturaAddress(String consumerId) {
        return EFAKTURA_ADDRESS + consumerId;
    }

    private static void pdf(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw badRequest("pdfBase64 is not base64");
        }
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-")) {
            throw badRequest("pdfBase64 is not a PDF");
        }
    }

    private static ResponseStatusException notFound(String detail) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

    // --- the providers' JSON ---

    record Participant(String participantId, List<String> documentTypes) {
    }

    record PeppolReceipt(String messageId, Instant receivedAt) {
    }

    record EfakturaLookup(String name, String addressLine, String postalCode, String phone, String email) {
    }

    record EfakturaConsumer(String efakturaAddress) {
    }

    record EfakturaInvoice(@NotBlank String efakturaAddress, @NotBlank String invoiceNumber, @NotBlank String kid,
            @NotNull BigDecimal amount, @NotNull LocalDate dueDate, @NotBlank String pdfBase64) {
    }

    record VippsInvoice(@NotBlank String mobile, @NotBlank String invoiceNumber, @NotBlank String kid,
            @NotNull BigDecimal amount, @NotNull LocalDate dueDate, @NotBlank String pdfBase64) {
    }

    record Receipt(String receiptId, Instant receivedAt) {
    }

    record PrintJob(@NotBlank String recipientName, @NotEmpty List<String> addressLines,
            @NotBlank String pdfBase64, @Min(1) int pages) {
    }

    record JobReceipt(String jobId, Instant receivedAt) {
    }

    record FactoringOffer(@NotBlank String invoiceNumber, @NotBlank String debtorName, String debtorOrgNumber,
            @NotNull BigDecimal amount, LocalDate dueDate, @NotBlank String pdfBase64) {
    }

    record Decision(String outcome, String reference, String reason) {
    }
}
