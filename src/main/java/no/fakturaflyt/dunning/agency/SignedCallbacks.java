package no.fakturaflyt.dunning.agency;

import java.sql.Timestamp;
import java.time.Instant;
import no.fakturaflyt.common.CallbackSignature;
import no.fakturaflyt.common.ConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The checks on the agency's callback, which comes without a user login: signed with this agency's own secret
 * ({@link CallbackSignature}), sent within the tolerance of our time, and an id not taken before. The id is taken in
 * the same transaction as the news, so news refused for another reason (an unknown case) may come again.
 */
@Component
class SignedCallbacks {

    private final CollectionAgencyProperties properties;
    private final JdbcTemplate jdbc;
    private final CaseStatusUpdates statusUpdates;

    SignedCallbacks(CollectionAgencyProperties properties, JdbcTemplate jdbc, CaseStatusUpdates statusUpdates) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.statusUpdates = statusUpdates;
    }

    /** @throws ResponseStatusException 401 unless the callback is signed with the agency's secret, and recent */
    void verify(String id, String timestamp, String signature, byte[] body, Instant now) {
        String secret = properties.callbackSecret();
        if (secret == null || secret.isBlank()) {
            throw refused("callbacks are not configured (no secret for this agency)");
        }
        if (id == null || id.isBlank() || id.length() > 200 || timestamp == null || signature == null) {
            throw refused("the headers " + CallbackSignature.ID_HEADER + ", " + CallbackSignature.TIMESTAMP_HEADER
                    + " and " + CallbackSignature.SIGNATURE_HEADER + " are required");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw refused(CallbackSignature.TIMESTAMP_HEADER + " is not seconds since the epoch");
        }
        if (!CallbackSignature.matches(secret, id, seconds, body, signature)) {
            throw refused("the signature in " + CallbackSignature.SIGNATURE_HEADER + " does not match");
        }
        long skew = Math.abs(now.getEpochSecond() - seconds);
        if (skew > properties.callbackTolerance().toSeconds()) {
            throw refused("the callback was signed " + skew + " s away from our time (at most "
                    + properties.callbackTolerance().toSeconds() + " s)");
        }
    }

    /**
     * Takes the callback's id and applies its news, in one transaction.
     *
     * @throws ConflictException when this id was taken before (a replay); nothing changes
     */
    @Transactional
    void take(String id, AgencyCaseStatus news, String actor, Instant now) {
        jdbc.update("delete from agency_callback_receipt where received_at < ?",
                Timestamp.from(now.minus(properties.callbackTolerance().multipliedBy(2))));
        Integer seen = jdbc.queryForObject("select count(*) from agency_callback_receipt where callback_id = ?",
                Integer.class, id);
        if (seen != null && seen > 0) {
            throw new ConflictException("The callback " + id + " was taken before");
        }
        jdbc.update("insert into agency_callback_receipt (callback_id, received_at) values (?, ?)", id,
                Timestamp.from(now));
        statusUpdates.apply(news, actor);
    }

    private static ResponseStatusException refused(String why) {
        return new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The collection agency's callback is refused: "
                + why);
    }
}
