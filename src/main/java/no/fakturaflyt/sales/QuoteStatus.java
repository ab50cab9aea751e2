package no.fakturaflyt.sales;

/** DRAFT until sent; then the customer accepts or declines it, or it expires at the end of its validity. */
public enum QuoteStatus { DRAFT, SENT, ACCEPTED, DECLINED, EXPIRED }
