package no.fakturaflyt.common.web;

import java.util.List;

/**
 * What the layout needs on every page, as model attribute {@code screen}: who is logged in, what he may do, the
 * header's links he may follow, and the path of the page (the link shown as current).
 *
 * @param user the login, null on the login page
 * @param canWork a clerk or an admin: may change business data (create, send, credit, book)
 * @param admin may also change company and follow-up settings
 */
public record Screen(String user, boolean canWork, boolean admin, List<Link> navigation, String path) {

    /** A header link, {@code current} when the page is under it. */
    public record Link(String path, String labelKey, boolean current) {
    }
}
