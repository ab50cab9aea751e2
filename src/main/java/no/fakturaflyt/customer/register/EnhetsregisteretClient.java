package no.fakturaflyt.customer.register;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Enhetsregisteret's open-data API; paths relative to {@code fakturaflyt.business-register.base-url}. */
public interface EnhetsregisteretClient {

    /**
     * One main entity (enhet) by its organisation number: 200 with the entity (a deleted one carries
     * {@code slettedato}), 404 when the register does not know the number, 410 when the entity was removed.
     */
    @GetMapping(value = "/enhetsregisteret/api/enheter/{orgnr}", produces = MediaType.APPLICATION_JSON_VALUE)
    Enhet enhet(@PathVariable("orgnr") String orgNumber);
}
