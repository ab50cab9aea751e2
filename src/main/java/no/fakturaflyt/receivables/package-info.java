/**
 * The customer's account (kundereskontro) and the aging of what customers owe, as of any day: read from the ledger's
 * dated open items and reductions and the payments, never written. Nothing else depends on this module.
 */
package no.fakturaflyt.receivables;
