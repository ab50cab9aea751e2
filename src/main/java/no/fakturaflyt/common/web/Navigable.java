package no.fakturaflyt.common.web;

/** A page controller that has a link in the screens' header (its first page). */
public interface Navigable {

    NavigationEntry navigation();
}
