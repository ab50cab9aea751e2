package no.fakturaflyt.distribution;

import java.util.Optional;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.distribution.provider.VippsClient;
import no.fakturaflyt.distribution.provider.VippsInvoiceRequest;
import no.fakturaflyt.distribution.provider.VippsReceipt;
import org.springframework.stereotype.Component;

/**
 * Vipps eFaktura to a private customer's mobile number: invoices and reminders (with the reminder's own total and
 * deadline), never credit notes (norway.md §9).
 */
@Component
class VippsChannel implements DeliveryChannel {

    private final VippsClient client;

    VippsChannel(VippsClient client) {
        this.client = client;
    }

    /** The provider keeps the Idempotency-Key: a repeat is answered with the first receipt. */
    @Override
    public boolean answersRepeatsWithFirstReceipt() {
        return true;
    }

    @Override
    public ChannelType type() {
        return ChannelType.VIPPS;
    }

    @Override
    public Optional<String> ineligibility(DeliveryContext context) {
        if (context.customer().getCustomerType() != CustomerType.PERSON) {
            return Optional.of("Vipps eFaktura is for private customers");
        }
        if (context.isCreditNote()) {
            return Optional.of("Vipps eFaktura takes no credit notes");
        }
        if (context.customer().getMobile() == null) {
            return Optional.of("The customer has no mobile number");
        }
        return Optional.empty();
    }

    @Override
    public String recipient(DeliveryContext context) {
        return context.customer().getMobile();
    }

    @Override
    public DeliveryReceipt deliver(DeliveryContext context) {
        String mobile = context.customer().getMobile().replace(" ", "");
        VippsReceipt receipt = ProviderCalls.reachOrUnreachable(() -> client.send(context.idempotencyKey(),
                new VippsInvoiceRequest(mobile, String.valueOf(context.invoice().getInvoiceNumber()),
                        context.kid(), context.amountDue(), context.payBy(),
                        ProviderCalls.base64(context.document().getContent()))));
        return new DeliveryReceipt(mobile, receipt.receiptId());
    }
}
