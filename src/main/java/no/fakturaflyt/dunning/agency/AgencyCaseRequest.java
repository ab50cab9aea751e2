package no.fakturaflyt.dunning.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A new case as the agency's {@code POST /cases} takes it (JSON); documents base64-encoded. */
record AgencyCaseRequest(Party creditor, Debtor debtor, Claim claim, List<Document> documents) {

    record Party(String orgNumber, String name) {
    }

    /** @param type CONSUMER or BUSINESS */
    record Debtor(String name, String orgNumber, String type, List<String> addressLines, String postalCode,
            String city, String countryCode, String email, String phone) {
    }

    /** Amounts with two decimals, in {@code currency}. */
    record Claim(String invoiceNumber, String kid, LocalDate invoiceDate, LocalDate dueDate, BigDecimal principal,
            BigDecimal fees, BigDecimal interest, BigDecimal total, String currency, LocalDate noticeSentOn,
            LocalDate noticeDeadline) {
    }

    record Document(String fileName, String contentType, String contentBase64) {
    }
}
