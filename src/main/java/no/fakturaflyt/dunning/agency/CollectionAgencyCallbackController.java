package no.fakturaflyt.dunning.agency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import no.fakturaflyt.common.CallbackSignature;
import no.fakturaflyt.common.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the collection agency tells us a case changed: {@code POST /api/collection-agency/callback}. The agency is a
 * machine, not a user: it signs each callback with its own secret ({@link SignedCallbacks}), checked on the body
 * exactly as it arrived, before the body is read as JSON. A replayed callback (same id) is a 409 and changes
 * nothing; repeated or late news in a new callback (e.g. after our poll already found the case closed) changes
 * nothing either.
 */
@RestController
class CollectionAgencyCallbackController {

    static final String PATH = "/api/collection-agency/callback";
    static final String ACTOR = "collection-agency";

    private final SignedCallbacks callbacks;
    private final ObjectMapper json;
    private final Validator validator;

    CollectionAgencyCallbackController(SignedCallbacks callbacks, ObjectMapper json, Validator validator) {
        this.callbacks = callbacks;
        this.json = json;
        this.validator = validator;
    }

    /**
     * 204 when taken (closing the case or not); 401 unsigned, wrongly signed or too old; 409 an id taken before; 404
     * for an unknown reference; 400 for an unknown status.
     */
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void callback(@RequestHeader(name = CallbackSignature.ID_HEADER, required = false) String id,
            @RequestHeader(name = CallbackSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = CallbackSignature.SIGNATURE_HEADER, required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        Instant now = Instant.now();
        byte[] bytes = body == null ? new byte[0] : body;
        callbacks.verify(id, timestamp, signature, bytes, now);
        CaseNews news = read(bytes);
        callbacks.take(id, new AgencyCaseStatus(news.reference(), news.status(), news.amountCollected(),
                news.closedOn()), ACTOR, now);
    }

    private CaseNews read(byte[] body) {
        CaseNews news;
        try {
            news = json.readValue(body, CaseNews.class);
        } catch (JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    && !mapping.getPath().isEmpty() ? mapping.getPath().get(0).getFieldName() : "body";
            throw new InvalidInputException(field == null ? "body" : field, "Not the agency's JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException("body", "Not the agency's JSON");
        }
        if (news == null) {
            throw new InvalidInputException("body", "The callback has no body");
        }
        validator.validate(news).stream().min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw new InvalidInputException(violation.getPropertyPath().toString(), violation.getMessage());
                });
        return news;
    }

    /** The agency's message: the case and where it stands (OPEN, PAID or CLOSED_UNPAID). */
    record CaseNews(@NotBlank String reference, @NotBlank String status, BigDecimal amountCollected,
            LocalDate closedOn) {
    }
}
