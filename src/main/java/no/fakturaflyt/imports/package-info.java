/**
 * Imports of customers and products from CSV files (and Excel's CSV export): a preview row by row of what would be
 * created, updated or refused and why, by the customer and product modules' own rules; nothing is written until a
 * clerk confirms, then everything in one transaction, with its progress to follow.
 */
package no.fakturaflyt.imports;
