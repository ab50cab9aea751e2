package no.fakturaflyt.dunning.agency;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.invoicing.InvoiceHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands unpaid invoices over to the collection agency and keeps our record of each case.
 *
 * <p>Once per invoice: a case already recorded is returned without calling the agency, and every call carries the
 * Idempotency-Key {@code collection-<invoiceId>}, so a retry after a call the agency took but did not answer in time
 * gets the case that call opened, not a second one. The case is recorded only after the agency answered; a failed
 * call records nothing and throws, and the follow-up process's job retries it.
 */
@Service
public class CollectionAgencyService {

    private static final Logger LOG = LoggerFactory.getLogger(CollectionAgencyService.class);

    private final CollectionAgencyClient agency;
    private final CollectionCaseRepository cases;
    private final CompanySettingsService company;
    private final InvoiceHistory history;
    private final CaseStatusUpdates statusUpdates;
    private final OsloClock clock;
    private final TransactionTemplate transaction;

    CollectionAgencyService(CollectionAgencyClient agency, CollectionCaseRepository cases,
            CompanySettingsService company, InvoiceHistory history, CaseStatusUpdates statusUpdates, OsloClock clock,
            PlatformTransactionManager transactionManager) {
        this.agency = agency;
        this.cases = cases;
        this.company = company;
        this.history = history;
        this.statusUpdates = statusUpdates;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Sends the claim to the agency, unless it has been sent before.
     *
     * @return the case: the one recorded before, or the one the agency just opened
     * @throws InvalidInputException when the claim lacks what the agency needs
     * @throws feign.FeignException  when the agency failed or did not answer (nothing is recorded)
     */
    public CollectionCase transfer(CollectionClaim claim) {
        Optional<CollectionCase> earlier = caseOf(claim.invoiceId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        validate(claim);
        if (!claim.noticeDeadline().isBefore(clock.today())) {
            throw new InvalidInputException("noticeDeadline", "The collection notice's deadline "
                    + claim.noticeDeadline() + " has not passed yet; only then may the claim go to collection");
        }
        AgencyCaseRequest request = request(claim, company.current());
        AgencyCaseStatus answer = agency.openCase(idempotencyKey(claim.invoiceId()), request);
        if (answer == null || answer.reference() == null || answer.reference().isBlank()) {
            throw new IllegalStateException("The collection agency answered without a case reference");
        }
        CollectionCase recorded = record(claim, answer.reference());
        if (!AgencyCaseStatus.OPEN.equalsIgnoreCase(String.valueOf(answer.status()))) {
            // a retry may find the case the first call opened already finished
            statusUpdates.apply(answer, InvoiceHistory.SYSTEM);
            return caseOf(claim.invoiceId()).orElseThrow();
        }
        return recorded;
    }

    public Optional<CollectionCase> caseOf(long invoiceId) {
        return cases.findByInvoiceId(invoiceId);
    }

    /** The cases the agency still works on, oldest first. */
    public List<CollectionCase> openCases() {
        return cases.findByStatusOrderByIdAsc(CollectionCase.Status.SENT);
    }

    static String idempotencyKey(long invoiceId) {
        return "collection-" + invoiceId;
    }

    private CollectionCase record(CollectionClaim claim, String reference) {
        try {
            return transaction.execute(status -> {
                CollectionCase saved = cases.saveAndFlush(new CollectionCase(claim.invoiceId(), reference,
                        clock.now(), Money.ore(claim.principal()), Money.ore(claim.fees()),
                        Money.ore(claim.interest()), claim.currency()));
                history.record(claim.invoiceId(), "COLLECTION_TRANSFERRED", InvoiceHistory.SYSTEM, null,
                        "Transferred to the collection agency, case " + reference + ": principal "
                                + saved.getPrincipal() + ", fees " + saved.getFees() + ", interest "
                                + saved.getInterest() + " " + saved.getCurrency() + ", "
                                + claim.documents().size() + " document(s)");
                return saved;
            });
        } catch (DataIntegrityViolationException e) {
            // a concurrent transfer of the same invoice got there first; the agency has one case (same key)
            LOG.info("Collection case for invoice {} was recorded concurrently", claim.invoiceId());
            return caseOf(claim.invoiceId()).orElseThrow(() -> e);
        }
    }

    private static AgencyCaseRequest request(CollectionClaim claim, CompanySettings creditor) {
        CollectionClaim.Debtor debtor = claim.debtor();
        BigDecimal principal = Money.ore(claim.principal());
        BigDecimal fees = Money.ore(claim.fees());
        BigDecimal interest = Money.ore(claim.interest());
        return new AgencyCaseRequest(
                new AgencyCaseRequest.Party(creditor.getOrgNumber(), creditor.getName()),
                new AgencyCaseRequest.Debtor(debtor.name(), debtor.orgNumber(), debtor.type().name(),
                        debtor.addressLines(), debtor.postalCode(), debtor.city(), debtor.countryCode(),
                        debtor.email(), debtor.phone()),
                new AgencyCaseRequest.Claim(String.valueOf(claim.invoiceNumber()), claim.kid(), claim.invoiceDate(),
                        claim.dueDate(), principal, fees, interest, principal.add(fees).add(interest),
                        claim.currency(), claim.noticeSentOn(), claim.noticeDeadline()),
                claim.documents().stream()
                        .map(document -> new AgencyCaseRequest.Document(document.fileName(), document.contentType(),
                                Base64.getEncoder().encodeToString(document.content())))
                        .toList());
    }

    /** What the agency cannot take a case without; the follow-up process builds claims, so this is a safeguard. */
    private static void validate(CollectionClaim claim) {
        require(claim.principal() != null && claim.principal().signum() > 0, "principal",
                "The outstanding principal must be above zero");
        require(claim.fees() != null && claim.fees().signum() >= 0, "fees", "Fees must be zero or more");
        require(claim.interest() != null && claim.interest().signum() >= 0, "interest",
                "Interest must be zero or more");
        require(claim.currency() != null && claim.currency().matches("[A-Z]{3}"), "currency",
                "The currency is an ISO 4217 code, e.g. NOK");
        require(claim.dueDate() != null, "dueDate", "The due date is required");
        require(claim.noticeDeadline() != null && claim.noticeSentOn() != null, "noticeDeadline",
                "The collection notice's sending date and deadline are required");
        require(claim.debtor() != null && claim.debtor().name() != null && !claim.debtor().name().isBlank(),
                "debtor.name", "The debtor's name is required");
        require(claim.debtor().type() != null, "debtor.type", "Consumer or business is required");
        require(!claim.documents().isEmpty(), "documents", "The invoice and the notice go with the claim");
        for (CollectionClaim.Document document : claim.documents()) {
            require(document.content() != null && document.content().length > 0 && document.fileName() != null
                    && !document.fileName().isBlank(), "documents", "Every document needs a name and content");
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidInputException(field, message);
        }
    }
}
