package no.fakturaflyt.sales;

/**
 * DRAFT while the clerk may still change it; CONFIRMED once the order confirmation has gone out; after that the status
 * follows what has been delivered and invoiced of its lines.
 */
public enum OrderStatus { DRAFT, CONFIRMED, PARTLY_DELIVERED, DELIVERED, PARTLY_INVOICED, INVOICED }
