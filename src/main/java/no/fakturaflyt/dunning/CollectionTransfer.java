package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.dunning.agency.CollectionAgencyService;
import no.fakturaflyt.dunning.agency.CollectionCase;
import no.fakturaflyt.dunning.agency.CollectionClaim;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import no.fakturaflyt.ledger.OpenItemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a claim to the collection agency once the collection notice's deadline and the postal days have passed:
 * debtor, what is owed (invoice, fees, late interest to today), the invoice and every reminder and notice sent.
 * A written-off or closed case is never transferred.
 */
@Service
class CollectionTransfer {

    private final FollowUpService followUps;
    private final StepRecordRepository steps;
    private final CollectionAgencyService agency;
    private final InvoiceService invoices;
    private final CustomerService customers;
    private final LedgerService ledger;
    private final DocumentService documents;
    private final LateInterestCalculator interest;
    private final InvoiceHistory history;
    private final OsloClock clock;

    CollectionTransfer(FollowUpService followUps, StepRecordRepository steps, CollectionAgencyService agency,
            InvoiceService invoices, CustomerService customers, LedgerService ledger, DocumentService documents,
            LateInterestCalculator interest, InvoiceHistory history, OsloClock clock) {
        this.followUps = followUps;
        this.steps = steps;
        this.agency = agency;
        this.invoices = invoices;
        this.customers = customers;
        this.ledger = ledger;
        this.documents = documents;
        this.interest = interest;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public CollectionCase transfer(long invoiceId, String approvedBy) {
        FollowUpCase followUp = followUps.lockCase(invoiceId);
        followUp.requireOpen("transfer");
        StepRecord notice = steps.findByCaseIdAndStep(followUp.getId(), FollowUpStep.COLLECTION_NOTICE)
                .orElseThrow(() -> new ConflictException("No collection notice was sent for this invoice: it cannot"
                        + " go to the collection agency (inkassoloven § 9)"));
        LocalDate today = clock.today();
        if (!today.isAfter(notice.getPayBy())) {
            throw new ConflictException("The collection notice's deadline " + notice.getPayBy() + " has not passed");
        }
        Invoice invoice = invoices.get(invoiceId);
        Customer customer = customers.get(invoice.getCustomerId());
        List<OpenItem> items = ledger.itemsConcerning(invoiceId);
        BigDecimal principal = sum(items, OpenItemType.INVOICE);
        BigDecimal fees = sum(items, OpenItemType.REMINDER_FEE);
        BigDecimal accrued = accruedInterest(invoice, principal, today);

        DebtorType debtorType = followUps.debtorType(invoice);
        CollectionClaim claim = new CollectionClaim(invoiceId, invoice.getInvoiceNumber(), invoice.getKid(),
                invoice.getInvoiceDate(), invoice.getDueDate(), principal, fees, accrued, invoice.getCurrency(),
                new CollectionClaim.Debtor(invoice.getBuyerName(),
                        debtorType == DebtorType.BUSINESS ? invoice.getBuyerOrgNumber() : null, debtorType,
                        List.of(invoice.getBuyerAddressLine1(), invoice.getBuyerAddressLine2() == null ? ""
                                : invoice.getBuyerAddressLine2()),
                        invoice.getBuyerPostalCode(), invoice.getBuyerCity(), invoice.getBuyerCountryCode(),
                        customer.getInvoiceEmail(), customer.getMobile()),
                documentsOf(invoiceId), notice.getSentOn(), notice.getPayBy());
        CollectionCase sent = agency.transfer(claim);
        followUp.moveTo(FollowUpStage.TRANSFERRED);
        followUp.plan(null, null);
        history.record(invoiceId, "FOLLOW_UP_TRANSFERRED", approvedBy == null ? InvoiceHistory.SYSTEM : approvedBy,
                null, "Transferred to the collection agency as case " + sent.getAgencyReference() + ": principal "
                        + Amounts.kr(principal) + ", fees " + Amounts.kr(fees) + ", interest " + Amounts.kr(accrued));
        return sent;
    }

    /** Late interest on what is still owed, to today; a half-year without a published rate yet counts as none. */
    private BigDecimal accruedInterest(Invoice invoice, BigDecimal principal, LocalDate today) {
        try {
            return interest.interest(principal, invoice.getDueDate(), today).total();
        } catch (NoFigureException e) {
            history.record(invoice.getId(), "INTEREST_NOT_COMPUTED", InvoiceHistory.SYSTEM, null,
                    "Late interest left out of the transfer: " + e.getMessage());
            return BigDecimal.ZERO.setScale(2);
        }
    }

    private List<CollectionClaim.Document> documentsOf(long invoiceId) {
        List<CollectionClaim.Document> sent = new ArrayList<>();
        for (String kind : List.of(StoredDocument.INVOICE_PDF, StoredDocument.REMINDER_1, StoredDocument.REMINDER_2,
                StoredDocument.COLLECTION_NOTICE)) {
            documents.document(invoiceId, kind).ifPresent(d -> sent.add(
                    new CollectionClaim.Document(d.getFileName(), d.getContentType(), d.getContent())));
        }
        return sent;
    }

    private static BigDecimal sum(List<OpenItem> items, OpenItemType type) {
        return items.stream().filter(i -> i.getItemType() == type).map(OpenItem::getOpenAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
