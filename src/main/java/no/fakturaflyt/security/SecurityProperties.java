package no.fakturaflyt.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who can log in, and how password guessing is slowed down.
 *
 * @param users         users seeded into Camunda's identity service when they do not exist yet (an existing user's
 *                      password is never overwritten, so a password changed in Camunda Admin stays changed); the demo
 *                      run's four users, none outside the demo
 * @param initialAdmin  the first administrator, created at the first start when no member of {@code admins} exists
 *                      (outside the demo the only user the application creates)
 * @param loginThrottle the growing waits after failed logins ({@link LoginThrottle})
 */
@ConfigurationProperties("fakturaflyt.security")
public record SecurityProperties(List<SeedUser> users, InitialAdmin initialAdmin, LoginThrottle loginThrottle) {

    public SecurityProperties {
        users = users == null ? List.of() : users;
        initialAdmin = initialAdmin == null ? new InitialAdmin(null, null, null) : initialAdmin;
        loginThrottle = loginThrottle == null ? new LoginThrottle(0, 0, null, null, null) : loginThrottle;
    }

    public record SeedUser(String id, String password, String firstName, String lastName, String email,
            List<String> groups) {
    }

    /**
     * @param id       the user id (default {@code admin})
     * @param password at least 12 characters; needed only while no administrator exists
     * @param email    optional
     */
    public record InitialAdmin(String id, String password, String email) {

        public static final int MIN_PASSWORD_LENGTH = 12;

        public InitialAdmin {
            id = id == null || id.isBlank() ? "admin" : id.trim();
        }
    }

    /**
     * @param freeAttempts        failed logins of one user from one address before the waits start (default 3)
     * @param addressFreeAttempts failed logins from one address, whatever the user, before the waits start
     *                            (default 20)
     * @param firstDelay          the first wait (default 1 s); each further failure doubles it
     * @param maxDelay            the longest wait (default 15 minutes)
     * @param forgetAfter         a count with no failure for this long starts again from zero (default 24 hours)
     */
    public record LoginThrottle(int freeAttempts, int addressFreeAttempts, Duration firstDelay, Duration maxDelay,
            Duration forgetAfter) {

        public LoginThrottle {
            freeAttempts = freeAttempts <= 0 ? 3 : freeAttempts;
            addressFreeAttempts = addressFreeAttempts <= 0 ? 20 : addressFreeAttempts;
            firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
            maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
            forgetAfter = forgetAfter == null ? Duration.ofHours(24) : forgetAfter;
        }
    }
}
