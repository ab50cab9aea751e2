package no.fakturaflyt.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users seeded into Camunda's identity service at start-up when they do not exist yet (an existing user's password
 * is never overwritten, so a password changed in Camunda Admin stays changed).
 *
 * @param users the users to seed: id, password, names, e-mail and groups (clerks, process-owners, auditors, admins)
 */
@ConfigurationProperties("fakturaflyt.security")
public record SecurityProperties(List<SeedUser> users) {

    public SecurityProperties {
        users = users == null ? List.of() : users;
    }

    public record SeedUser(String id, String password, String firstName, String lastName, String email,
            List<String> groups) {
    }
}
