package no.fakturaflyt.distribution;

import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.distribution.provider.FactoringClient;
import no.fakturaflyt.distribution.provider.FactoringDecision;
import no.fakturaflyt.distribution.provider.FactoringOfferRequest;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.ReductionCause;
import no.fakturaflyt.ledger.ReductionKind;
import no.fakturaflyt.ledger.PostingLine;
import no.fakturaflyt.ledger.VoucherRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Factoring: the invoice is offered to the factoring company. Accepted, it is sold: the factor delivers it and
 * follows it up, and the receivable moves from the customer (1500) to the factor (1580). Rejected: the next channel.
 */
@Component
class FactoringChannel implements DeliveryChannel {

    static final int FACTOR_RECEIVABLE_ACCOUNT = 1580;
    static final String SOURCE_FACTORING = "FACTORING";

    private final FactoringClient client;
    private final LedgerService ledger;
    private final TransactionTemplate transactions;

    FactoringChannel(FactoringClient client, LedgerService ledger, TransactionTemplate transactions) {
        this.client = client;
        this.ledger = ledger;
        this.transactions = transactions;
    }

    /** The provider keeps the Idempotency-Key: a repeat is answered with the first receipt. */
    @Override
    public boolean answersRepeatsWithFirstReceipt() {
        return true;
    }

    @Override
    public ChannelType type() {
        return ChannelType.FACTORING;
    }

    @Override
    public Optional<String> ineligibility(DeliveryContext context) {
        if (context.isFollowUp()) {
            return Optional.of("Factoring takes invoices only; a factored invoice is followed up by the factoring "
                    + "company, so a " + context.documentKind() + " is not offered to it");
        }
        if (!context.company().isFactoringEnabled()) {
            return Optional.of("Factoring is not enabled in the company settings");
        }
        if (context.isCreditNote()) {
            return Optional.of("Credit notes are not factored");
        }
        return Optional.empty();
    }

    @Override
    public DeliveryReceipt deliver(DeliveryContext context) {
        Invoice invoice = context.invoice();
        FactoringDecision decision = client.offer(context.idempotencyKey(), new FactoringOfferRequest(
                String.valueOf(invoice.getInvoiceNumber()), context.customer().getName(),
                context.customer().getOrgNumber(), invoice.getTotal(), invoice.getDueDate(),
                ProviderCalls.base64(context.document().getContent())));
        if (!decision.accepted()) {
            throw new RecipientUnreachableException("The factoring company rejected the invoice: " + decision.reason());
        }
        // a repeat after a crash gets the same decision; the receivable moves once (one voucher per source)
        transactions.executeWithoutResult(status -> {
            if (ledger.voucherFor(SOURCE_FACTORING, invoice.getId()).isEmpty()) {
                moveReceivableToFactor(invoice, context, decision.reference());
            }
        });
        return new DeliveryReceipt("factoring company", decision.reference());
    }

    private void moveReceivableToFactor(Invoice invoice, DeliveryContext context, String reference) {
        String text = "Faktura " + invoice.getInvoiceNumber() + " solgt til factoringselskap (" + reference + ")";
        ledger.post(new VoucherRequest(invoice.getInvoiceDate(), text, SOURCE_FACTORING, invoice.getId(), null,
                List.of(PostingLine.debit(FACTOR_RECEIVABLE_ACCOUNT, invoice.getTotal(), null, null, text),
                        PostingLine.credit(LedgerService.RECEIVABLES_ACCOUNT, invoice.getTotal(), null,
                                context.customer().getId(), text))).inFirstOpenPeriod());
        ledger.reduceOpenItem(invoice.getId(), ledger.findOpenItem(invoice.getId()).orElseThrow().getOpenAmount(),
                new ReductionCause(ReductionKind.FACTORING, invoice.getInvoiceDate(), SOURCE_FACTORING,
                        invoice.getId()));
    }
}
