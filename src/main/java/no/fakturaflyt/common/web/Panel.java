package no.fakturaflyt.common.web;

import java.util.Set;
import no.fakturaflyt.security.Roles;

/**
 * A part of a page that another module serves: the page loads the HTML fragment at {@code path} (a GET of that
 * module's {@link ScreenController}; {@code {id}} stands for the page's record, e.g. the invoice) when it opens, in
 * this order, for the members of these Camunda groups. So the start page and the invoice page need no dependency on
 * the modules that add to them. Declare one as a bean; pages ask {@link Panels}.
 *
 * @param page {@link #DASHBOARD} or {@link #INVOICE}
 */
public record Panel(String page, int order, String path, Set<String> groups) {

    public static final String DASHBOARD = "dashboard";
    public static final String INVOICE = "invoice";

    public static Panel forEveryone(String page, int order, String path) {
        return new Panel(page, order, path, Set.of(Roles.CLERKS, Roles.ADMINS, Roles.PROCESS_OWNERS, Roles.AUDITORS));
    }

    public static Panel forWorkers(String page, int order, String path) {
        return new Panel(page, order, path, Set.of(Roles.CLERKS, Roles.ADMINS));
    }
}
