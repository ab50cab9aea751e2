package no.fakturaflyt.dunning.agency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the collection agency tells us a case changed: {@code POST /api/collection-agency/callback}. The agency is a
 * machine, not a user: it proves itself with the shared key in {@value CallbackKeyCheck#HEADER}
 * ({@link CallbackKeyCheck}), not a login. Repeated or late news (e.g. after our poll already found the case closed)
 * changes nothing.
 */
@RestController
class CollectionAgencyCallbackController {

    static final String PATH = "/api/collection-agency/callback";
    static final String ACTOR = "collection-agency";

    private final CaseStatusUpdates statusUpdates;

    CollectionAgencyCallbackController(CaseStatusUpdates statusUpdates) {
        this.statusUpdates = statusUpdates;
    }

    /** 204 when taken (closing the case or not); 404 for an unknown reference; 400 for an unknown status. */
    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void callback(@Valid @RequestBody CaseNews news) {
        statusUpdates.apply(new AgencyCaseStatus(news.reference(), news.status(), news.amountCollected(),
                news.closedOn()), ACTOR);
    }

    /** The agency's message: the case and where it stands (OPEN, PAID or CLOSED_UNPAID). */
    record CaseNews(@NotBlank String reference, @NotBlank String status, BigDecimal amountCollected,
            LocalDate closedOn) {
    }
}
