package no.fakturaflyt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.support.FakturaflytTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The demo's time travel: forward only, by days or to a date, for clerks and admins. */
@FakturaflytTest
class DemoClockTest {

    @Autowired TestRestTemplate rest;
    @Autowired OsloClock clock;

    @Test
    void aClerkMovesTheClockForwardAndTheWholeApplicationSeesTheNewDay() {
        LocalDate today = clock.today();
        ResponseEntity<Map> moved = rest.withBasicAuth("clerk", "clerk")
                .postForEntity("/api/demo/clock", Map.of("days", 20), Map.class);
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(clock.today()).isEqualTo(today.plusDays(20));
        assertThat(moved.getBody()).containsEntry("today", today.plusDays(20).toString())
                .containsEntry("offsetDays", 20);

        ResponseEntity<Map> toDate = rest.withBasicAuth("clerk", "clerk")
                .postForEntity("/api/demo/clock", Map.of("date", today.plusDays(30).toString()), Map.class);
        assertThat(toDate.getBody()).containsEntry("today", today.plusDays(30).toString());
    }

    @Test
    void theClockNeverGoesBackAndAskingForBothOrNeitherIsAClearError() {
        ResponseEntity<Map> back = rest.withBasicAuth("clerk", "clerk").postForEntity("/api/demo/clock",
                Map.of("date", clock.today().minusDays(1).toString()), Map.class);
        assertThat(back.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(back.getBody().get("detail").toString()).contains("only moves forward");

        ResponseEntity<Map> neither = rest.withBasicAuth("clerk", "clerk")
                .postForEntity("/api/demo/clock", Map.of(), Map.class);
        assertThat(neither.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(neither.getBody().toString()).contains("days");
    }

    @Test
    void anAuditorMayReadTheClockButNotMoveIt() {
        assertThat(rest.withBasicAuth("auditor", "auditor").getForEntity("/api/demo/clock", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("auditor", "auditor")
                .postForEntity("/api/demo/clock", Map.of("days", 1), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(clock.today()).isEqualTo(LocalDate.now(OsloClock.OSLO));
    }
}
