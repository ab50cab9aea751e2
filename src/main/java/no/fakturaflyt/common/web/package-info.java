/**
 * What every module's screens share: the page layout (templates/common/layout.html), the language (bokmål by
 * default, English by {@code ?lang=en}), and helpers that put a service's refusal beside the form field it names.
 * See docs/screens.md.
 */
@org.springframework.modulith.NamedInterface("web")
package no.fakturaflyt.common.web;
