package no.fakturaflyt.payment.bankfile;

import java.util.List;
import no.fakturaflyt.common.CheckDigits;
import no.fakturaflyt.common.KidAlgorithm;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import org.springframework.stereotype.Component;

/**
 * Finds the invoice a payment is for by its KID, the check digit first: exactly one invoice, or the reason a clerk
 * has to look at it (no KID, a KID that fails its check digit, one nobody has, one several invoices share).
 */
@Component
class PaymentMatcher {

    /** The invoice the KID points to, or null with the reason it points nowhere. */
    record Match(Long invoiceId, String reason) {

        boolean found() {
            return invoiceId != null;
        }
    }

    private final CompanySettingsService company;
    private final LedgerService ledger;

    PaymentMatcher(CompanySettingsService company, LedgerService ledger) {
        this.company = company;
        this.ledger = ledger;
    }

    Match match(String kid) {
        if (kid == null || kid.isBlank()) {
            return new Match(null, "the payment has no KID");
        }
        KidAlgorithm algorithm = company.current().getKidAlgorithm();
        if (!CheckDigits.isValidKid(kid, algorithm)) {
            return new Match(null, "KID " + kid + " fails its " + algorithm + " check digit");
        }
        List<Long> invoices = ledger.itemsWithKid(kid).stream().map(OpenItem::getConcernsInvoiceId).distinct()
                .toList();
        if (invoices.isEmpty()) {
            return new Match(null, "no invoice has KID " + kid);
        }
        if (invoices.size() > 1) {
            return new Match(null, "KID " + kid + " belongs to several invoices (ids " + invoices + ")");
        }
        return new Match(invoices.get(0), null);
    }
}
