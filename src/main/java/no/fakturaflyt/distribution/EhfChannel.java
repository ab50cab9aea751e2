package no.fakturaflyt.distribution;

import java.util.Optional;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.distribution.ehf.EhfDocument;
import no.fakturaflyt.distribution.ehf.EhfValidationException;
import no.fakturaflyt.distribution.ehf.EhfValidator;
import no.fakturaflyt.distribution.ehf.EhfWriter;
import no.fakturaflyt.distribution.provider.PeppolAccessPointClient;
import no.fakturaflyt.distribution.provider.PeppolReceipt;
import org.springframework.stereotype.Component;

/**
 * EHF through Peppol: the receiver is looked up in the access point's directory as 0192:&lt;org.nr&gt;; the UBL
 * document (PDF embedded) is validated against Peppol BIS Billing 3.0 before it leaves, and a document that fails is
 * never sent: the attempt records each rule and message, and the run moves on. A document no EHF can carry (VAT
 * category O mixed with other categories, BR-O-11) is passed over before any call, with the rule, and the run moves
 * on without retries.
 */
@Component
class EhfChannel implements DeliveryChannel {

    static final String NORWEGIAN_ORG_SCHEME = "0192";
    static final String CANNOT_TAKE = "Recipient cannot take this document by EHF";

    private final PeppolAccessPointClient accessPoint;
    private final EhfDocumentFactory documents;
    private final EhfWriter writer;
    private final EhfValidator validator;

    EhfChannel(PeppolAccessPointClient accessPoint, EhfDocumentFactory documents, EhfWriter writer,
            EhfValidator validator) {
        this.accessPoint = accessPoint;
        this.documents = documents;
        this.writer = writer;
        this.validator = validator;
    }

    /** The provider keeps the Idempotency-Key: a repeat is answered with the first receipt. */
    @Override
    public boolean answersRepeatsWithFirstReceipt() {
        return true;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EHF;
    }

    @Override
    public Optional<String> ineligibility(DeliveryContext context) {
        if (context.isFollowUp()) {
            return Optional.of("EHF Billing 3.0 carries invoices and credit notes only; a " + context.documentKind()
                    + " would need EHF's own reminder document, which is not supported");
        }
        if (context.customer().getCustomerType() != CustomerType.BUSINESS || context.customer().getOrgNumber() == null) {
            return Optional.of("EHF is for business customers with an organisation number");
        }
        return documents.vatCategoryConflict(context.invoice())
                .map(rule -> CANNOT_TAKE + ": " + rule);
    }

    @Override
    public String recipient(DeliveryContext context) {
        return NORWEGIAN_ORG_SCHEME + ":" + context.customer().getOrgNumber();
    }

    @Override
    public DeliveryReceipt deliver(DeliveryContext context) {
        String receiver = recipient(context);
        ProviderCalls.reachOrUnreachable(() -> accessPoint.lookup(receiver));
        EhfDocument document = documents.build(context);
        String xml = writer.write(document);
        try {
            validator.requireValid(xml, document.kind(), context.invoice().describe());
        } catch (EhfValidationException e) {
            throw new RecipientUnreachableException("EHF not sent, it fails Peppol BIS Billing 3.0: " + e.getMessage());
        }
        PeppolReceipt receipt = ProviderCalls.reachOrUnreachable(
                () -> accessPoint.send(context.idempotencyKey(), receiver, xml));
        return new DeliveryReceipt(receiver, receipt.messageId());
    }
}
