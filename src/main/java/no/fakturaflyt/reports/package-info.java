/**
 * Reports (read only): revenue per customer, per product (with margin where the cost is known) and per county and
 * municipality, and the quote hit rate, each for a period of invoice dates, on the screen and as CSV. Reads only through
 * the public services of invoicing, customer, product and sales.
 */
package no.fakturaflyt.reports;
