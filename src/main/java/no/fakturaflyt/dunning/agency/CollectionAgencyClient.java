package no.fakturaflyt.dunning.agency;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The collection agency's API (OpenFeign), paths relative to {@code fakturaflyt.collection-agency.base-url}. Errors
 * are Feign's: {@link feign.RetryableException} for timeouts and refused connections, {@link feign.FeignException}
 * with the status for an error answer.
 */
interface CollectionAgencyClient {

    /** Header that makes a repeated {@code POST /cases} return the case the first one opened. */
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @PostMapping(value = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    AgencyCaseStatus openCase(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody AgencyCaseRequest request);

    @GetMapping(value = "/cases/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    AgencyCaseStatus caseStatus(@PathVariable("reference") String reference);
}
