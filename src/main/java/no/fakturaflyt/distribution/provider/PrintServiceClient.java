package no.fakturaflyt.distribution.provider;

import static no.fakturaflyt.distribution.provider.ProviderHeaders.IDEMPOTENCY_KEY;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The print-and-post service (AutoPost). Paths are relative to {@code fakturaflyt.providers.print.base-url}.
 */
public interface PrintServiceClient {

    /** Prints and posts one letter. A 404 here is technical (a wrong URL), not a recipient problem. */
    @PostMapping(value = "/jobs", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PrintReceipt print(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey, @RequestBody PrintJobRequest job);
}
