package no.fakturaflyt.distribution;

import java.util.Optional;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.distribution.provider.EfakturaClient;
import no.fakturaflyt.distribution.provider.EfakturaConsumer;
import no.fakturaflyt.distribution.provider.EfakturaInvoiceRequest;
import no.fakturaflyt.distribution.provider.EfakturaLookupRequest;
import no.fakturaflyt.distribution.provider.EfakturaReceipt;
import org.springframework.stereotype.Component;

/**
 * eFaktura to a private customer's online bank: the consumer is looked up by name, address, phone and e-mail (norway.md
 * §9); no eFaktura address means the next channel. A reminder goes out as an eFaktura of its own, with the
 * reminder's total and deadline and the invoice's KID.
 */
@Component
class EfakturaChannel implements DeliveryChannel {

    private final EfakturaClient client;

    EfakturaChannel(EfakturaClient client) {
        this.client = client;
    }

    /** The provider keeps the Idempotency-Key: a repeat is answered with the first receipt. */
    @Override
    public boolean answersRepeatsWithFirstReceipt() {
        return true;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EFAKTURA;
    }

    @Override
    public Optional<String> ineligibility(DeliveryContext context) {
        return context.customer().getCustomerType() != CustomerType.PERSON
                ? Optional.of("eFaktura is for private customers; " + context.customer().getName() + " is a business")
                : Optional.empty();
    }

    @Override
    public String recipient(DeliveryContext context) {
        return context.customer().getName();
    }

    @Override
    public DeliveryReceipt deliver(DeliveryContext context) {
        Customer customer = context.customer();
        EfakturaConsumer consumer = ProviderCalls.reachOrUnreachable(() -> client.lookup(new EfakturaLookupRequest(
                customer.getName(), customer.getAddressLine1(), customer.getPostalCode(), customer.getMobile(),
                customer.getInvoiceEmail())));
        EfakturaReceipt receipt = ProviderCalls.reachOrUnreachable(() -> client.send(context.idempotencyKey(),
                new EfakturaInvoiceRequest(consumer.efakturaAddress(),
                        String.valueOf(context.invoice().getInvoiceNumber()), context.kid(),
                        context.amountDue(), context.payBy(),
                        ProviderCalls.base64(context.document().getContent()))));
        return new DeliveryReceipt(consumer.efakturaAddress(), receipt.receiptId());
    }
}
