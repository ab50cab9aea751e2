package no.fakturaflyt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The waits after failed logins: per user and address, per address, growing, never for good, cleared by unlock. */
class LoginThrottleTest {

    private static final long T0 = 1_800_000_000_000L;
    private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties(List.of(), null,
            new SecurityProperties.LoginThrottle(3, 20, Duration.ofSeconds(1), Duration.ofMinutes(15), null)));

    @Test
    void theFreeAttemptsCostNothingThenTheWaitDoublesUpToTheMaximum() {
        long now = T0;
        for (int failure = 1; failure <= 3; failure++) {
            throttle.failed("admin", "203.0.113.9", now);
            assertThat(throttle.waitFor("admin", "203.0.113.9", now)).isZero();
        }
        throttle.failed("admin", "203.0.113.9", now);
        assertThat(throttle.waitFor("admin", "203.0.113.9", now)).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("admin", "203.0.113.9", now += 1_000);
        assertThat(throttle.waitFor("admin", "203.0.113.9", now)).isEqualTo(Duration.ofSeconds(2));
        for (int failure = 6; failure <= 30; failure++) {
            throttle.failed("admin", "203.0.113.9", now += 3_600_000);
        }
        assertThat(throttle.waitFor("admin", "203.0.113.9", now)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("admin", "203.0.113.9", now + Duration.ofMinutes(15).toMillis())).isZero();
    }

    @Test
    void someoneGuessingTheAdminsPasswordElsewhereDoesNotDelayTheAdmin() {
        for (int failure = 1; failure <= 15; failure++) {
            throttle.failed("admin", "198.51.100.66", T0);
        }

        assertThat(throttle.waitFor("admin", "198.51.100.66", T0)).isPositive();
        assertThat(throttle.waitFor("admin", "10.0.0.5", T0)).isZero();
    }

    @Test
    void oneAddressTryingManyUsersIsSlowedDownForEveryUser() {
        for (int user = 1; user <= 21; user++) {
            throttle.failed("user" + user, "198.51.100.66", T0);
        }

        assertThat(throttle.waitFor("somebody-else", "198.51.100.66", T0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("somebody-else", "10.0.0.5", T0)).isZero();
    }

    @Test
    void theRightPasswordAndAnUnlockClearTheUsersCount() {
        for (int failure = 1; failure <= 6; failure++) {
            throttle.failed("clerk", "10.0.0.5", T0);
            throttle.failed("clerk", "10.0.0.6", T0);
        }
        throttle.succeeded("clerk", "10.0.0.5");
        assertThat(throttle.waitFor("clerk", "10.0.0.5", T0)).isZero();
        assertThat(throttle.waitFor("clerk", "10.0.0.6", T0)).isPositive();

        throttle.unlock("clerk");

        assertThat(throttle.waitFor("clerk", "10.0.0.6", T0)).isZero();
    }
}
