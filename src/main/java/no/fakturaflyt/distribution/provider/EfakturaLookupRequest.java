package no.fakturaflyt.distribution.provider;

/** What the biller knows of a consumer; any of it may be null. */
public record EfakturaLookupRequest(String name, String addressLine, String postalCode, String phone, String email) {
}
