package no.fakturaflyt.dunning.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.dunning.DebtorType;

/**
 * Everything the collection agency needs to take over one unpaid invoice: the claim itself (what is still owed, the
 * fees and interest the creditor may claim), who owes it, the documents that prove it (the invoice, the reminders and
 * the collection notice) and when the notice's deadline ran out (inkassoloven § 9: only after that may it be
 * transferred). The payment follow-up assembles it; {@link CollectionAgencyService#transfer} sends it.
 *
 * @param invoiceId      the invoice's id (one case per invoice)
 * @param invoiceNumber  the invoice's number, as the debtor knows it
 * @param kid            the invoice's KID
 * @param principal      what is still outstanding on the invoice itself
 * @param fees           reminder and notice fees claimed and not paid
 * @param interest       late-payment interest accrued up to the transfer date
 * @param currency       ISO 4217, e.g. NOK
 * @param documents      invoice PDF, reminders, the notice
 * @param noticeSentOn   the day the collection notice (inkassovarsel) was sent
 * @param noticeDeadline the notice's payment deadline, already passed
 */
public record CollectionClaim(long invoiceId, long invoiceNumber, String kid, LocalDate invoiceDate,
        LocalDate dueDate, BigDecimal principal, BigDecimal fees, BigDecimal interest, String currency,
        Debtor debtor, List<Document> documents, LocalDate noticeSentOn, LocalDate noticeDeadline) {

    public CollectionClaim {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /**
     * The debtor as the agency must know it to pursue the claim.
     *
     * @param orgNumber    the organisation number of a business; null for a consumer
     * @param type         consumer or business: the agency's fees and the law's protections differ
     * @param addressLines street address lines, without postal code and city
     */
    public record Debtor(String name, String orgNumber, DebtorType type, List<String> addressLines,
            String postalCode, String city, String countryCode, String email, String phone) {

        public Debtor {
            addressLines = addressLines == null ? List.of()
                    : addressLines.stream().filter(line -> line != null && !line.isBlank()).toList();
        }
    }

    /** One document of the claim, e.g. {@code faktura-10001.pdf}, {@code application/pdf}. */
    public record Document(String fileName, String contentType, byte[] content) {
    }
}
