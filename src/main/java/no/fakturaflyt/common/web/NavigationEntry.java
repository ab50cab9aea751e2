package no.fakturaflyt.common.web;

import java.util.Set;
import no.fakturaflyt.security.Roles;

/**
 * One link in the screens' header: its place from the left, where it goes, its label (a key in
 * messages/screens*.properties), and the Camunda groups whose members see it (security.Roles).
 */
public record NavigationEntry(int order, String path, String labelKey, Set<String> groups) {

    /** Every role reads it. */
    public static NavigationEntry forEveryone(int order, String path, String labelKey) {
        return new NavigationEntry(order, path, labelKey,
                Set.of(Roles.CLERKS, Roles.ADMINS, Roles.PROCESS_OWNERS, Roles.AUDITORS));
    }

    /** Only for those who work with the business data: clerks and admins. */
    public static NavigationEntry forWorkers(int order, String path, String labelKey) {
        return new NavigationEntry(order, path, labelKey, Set.of(Roles.CLERKS, Roles.ADMINS));
    }
}
