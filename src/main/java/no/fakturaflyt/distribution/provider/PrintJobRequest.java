package no.fakturaflyt.distribution.provider;

import java.util.List;

/**
 * One letter to print and post.
 *
 * @param recipientName the addressee
 * @param addressLines  street, postal code and city, country: as printed on the envelope window
 * @param pdfBase64     the whole letter as one PDF, built by the caller: the address sheet first, then the document,
 *                      then its PDF attachments (norway.md §9: the invoice layout stays unchanged)
 * @param pages         the number of pages of that PDF
 */
public record PrintJobRequest(String recipientName, List<String> addressLines, String pdfBase64, int pages) {
}
