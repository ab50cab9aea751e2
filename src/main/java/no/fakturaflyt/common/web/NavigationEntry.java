package no.fakturaflyt.common.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.fakturaflyt.security.Roles;

/**
 * One link in the screens' header: its place from the left, where it goes, its label (a key in
 * messages/screens*.properties), the Camunda groups whose members see it (security.Roles), and the other paths whose
 * pages belong to it (the header marks it as the current section there too).
 */
public record NavigationEntry(int order, String path, String labelKey, Set<String> groups, List<String> alsoUnder) {

    public NavigationEntry(int order, String path, String labelKey, Set<String> groups) {
        this(order, path, labelKey, groups, List.of());
    }

    /** Every role reads it. */
    public static NavigationEntry forEveryone(int order, String path, String labelKey) {
        return new NavigationEntry(order, path, labelKey,
                Set.of(Roles.CLERKS, Roles.ADMINS, Roles.PROCESS_OWNERS, Roles.AUDITORS));
    }

    /** Only for those who work with the business data: clerks and admins. */
    public static NavigationEntry forWorkers(int order, String path, String labelKey) {
        return new NavigationEntry(order, path, labelKey, Set.of(Roles.CLERKS, Roles.ADMINS));
    }

    /** The same link, current on the pages under these paths as well (e.g. orders beside quotes). */
    public NavigationEntry alsoUnder(String... paths) {
        return new NavigationEntry(order, path, labelKey, groups,
                Stream.concat(alsoUnder.stream(), Stream.of(paths)).toList());
    }

    /** Whether the page at {@code requestPath} belongs to this link's section. */
    public boolean covers(String requestPath) {
        if (path.equals("/")) {
            return requestPath.equals("/");
        }
        return Stream.concat(Stream.of(path), alsoUnder.stream())
                .anyMatch(section -> requestPath.equals(section) || requestPath.startsWith(section + "/"));
    }
}
