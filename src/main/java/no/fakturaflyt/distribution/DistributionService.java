package no.fakturaflyt.distribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.document.DocumentService;
import no.fakturaflyt.document.StoredDocument;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import org.springframework.stereotype.Service;

/**
 * The distribution run's work: which channels, in which order, and one delivery through one channel with its
 * attempt on record. The document delivered is the invoice's own PDF, or, when the run was started with a
 * documentId, that follow-up document (reminder, collection notice) of the invoice.
 */
@Service
public class DistributionService {

    private final Map<ChannelType, DeliveryChannel> channels = new EnumMap<>(ChannelType.class);
    private final InvoiceService invoices;
    private final CustomerService customers;
    private final CompanySettingsService company;
    private final DocumentService documents;
    private final DeliveryLog log;

    DistributionService(List<DeliveryChannel> channels, InvoiceService invoices, CustomerService customers,
            CompanySettingsService company, DocumentService documents, DeliveryLog log) {
        channels.forEach(channel -> this.channels.put(channel.type(), channel));
        this.invoices = invoices;
        this.customers = customers;
        this.company = company;
        this.documents = documents;
        this.log = log;
    }

    /** The customer's own order of channels, or the company's, keeping only channels this installation has. */
    public List<ChannelType> runFor(long invoiceId) {
        Invoice invoice = invoices.get(invoiceId);
        Customer customer = customers.get(invoice.getCustomerId());
        List<ChannelType> order = customer.getDistributionOrder() != null ? customer.getDistributionOrder()
                : company.current().getDistributionOrder();
        return order.stream().filter(channels::containsKey).distinct().toList();
    }

    public static String format(List<ChannelType> run) {
        return run.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * Checks that a run's follow-up document belongs to the run's invoice, before the run tries any channel: a
     * reminder delivered as another invoice's would reach the wrong customer.
     *
     * @param documentId the follow-up document to deliver; null for the invoice's own PDF
     */
    public void requireDocumentOf(long invoiceId, Long documentId) {
        if (documentId == null) {
            return;
        }
        StoredDocument document = documents.document(documentId);
        if (document.getInvoiceId() != invoiceId) {
            throw new IllegalArgumentException("Document " + documentId + " (" + document.getKind()
                    + ") concerns invoice " + document.getInvoiceId() + ", not invoice " + invoiceId);
        }
    }

    /** Delivers the invoice's own PDF through one channel; see {@link #deliver(long, Long, ChannelType)}. */
    public DeliveryReceipt deliver(long invoiceId, ChannelType type) {
        return deliver(invoiceId, null, type);
    }

    /**
     * Delivers the document through one channel, unless that channel already delivered it (a retried job). At most
     * once: an attempt an earlier try left SENDING (handed over, outcome never recorded) is asked about again at a
     * provider that keeps the Idempotency-Key, and through e-mail is put to a clerk (UNCONFIRMED,
     * {@link DeliveryUnconfirmedException}) instead of being sent again.
     *
     * @param documentId the follow-up document (reminder, collection notice) to deliver; null for the invoice's own PDF
     * @throws RecipientUnreachableException when the channel cannot take it (not eligible, or the provider says no)
     * @throws RuntimeException              on a technical failure, recorded and left to the retries
     */
    public DeliveryReceipt deliver(long invoiceId, Long documentId, ChannelType type) {
        DeliveryChannel channel = channels.get(type);
        if (channel == null) {
            throw new RecipientUnreachableException("Channel " + type + " is not available in this installation");
        }
        DeliveryContext context = context(invoiceId, documentId, type);
        Optional<String> ineligible = channel.ineligibility(context);
        List<DeliveryContext> notices = List.of();
        if (ineligible.isEmpty() && channel.payeeMustNotify(context)) {
            notices = noticeContexts(context);
            if (notices.isEmpty()) {
                ineligible = Optional.of("the payer has asked for no notice from the bank, so the claim would be of "
                        + "type 02 and we must notify the payer ourselves before the charge, but no channel after "
                        + type + " in the run (" + AvtaleGiroNotice.CARRIERS.stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(", ")) + ") can reach the customer");
            }
        }
        if (ineligible.isPresent()) {
            log.skipped(invoiceId, context.documentId(), type.name(), ineligible.get());
            throw new RecipientUnreachableException(type + ": " + ineligible.get());
        }
        DeliveryReceipt receipt = deliverOnce(channel, context);
        if (!notices.isEmpty()) {
            deliverNotice(notices);
        }
        return receipt;
    }

    /** One delivery through one channel with its attempt on record, unless the channel already delivered it. */
    private DeliveryReceipt deliverOnce(DeliveryChannel channel, DeliveryContext context) {
        ChannelType type = channel.type();
        long invoiceId = context.invoice().getId();
        String key = channel.idempotencyKey(context);
        Optional<DeliveryAttempt> earlier = log.delivered(key);
        if (earlier.isPresent()) {
            return new DeliveryReceipt(earlier.get().getRecipient(), earlier.get().getMessageId());
        }
        Optional<DeliveryAttempt> unfinished = log.unfinished(key);
        if (unfinished.isPresent() && !channel.answersRepeatsWithFirstReceipt()) {
            String reason = type + " to " + unfinished.get().getRecipient() + " may have been delivered: attempt "
                    + unfinished.get().getId() + " of " + unfinished.get().getStartedAt()
                    + " was handed over and never recorded (a crash or a failure right after). Not sent again"
                    + " automatically; check with the recipient, then resend or record the delivery";
            log.unconfirmed(unfinished.get().getId(), reason);
            throw new DeliveryUnconfirmedException(reason);
        }
        // an unfinished attempt at a provider that keeps the key: the same call again only asks for its receipt
        long attempt = unfinished.map(DeliveryAttempt::getId)
                .orElseGet(() -> log.started(invoiceId, context.documentId(), type.name(), key,
                        channel.recipient(context)));
        DeliveryReceipt receipt;
        try {
            receipt = channel.deliver(context);
        } catch (RecipientUnreachableException e) {
            log.finished(attempt, DeliveryStatus.UNREACHABLE, null, null, e.getMessage());
            throw new RecipientUnreachableException(type + ": " + e.getMessage());
        } catch (RuntimeException e) {
            try {
                log.finished(attempt, DeliveryStatus.FAILED, null, null, PdfMailer.rootMessage(e));
            } catch (RuntimeException notRecorded) {
                // the attempt stays SENDING: the next try resolves it rather than trusting it failed
                e.addSuppressed(notRecorded);
            }
            throw e;
        }
        // accepted: from here on nothing may mark the attempt FAILED, or a retry would deliver it a second time
        log.accepted(attempt, receipt.recipient(), receipt.providerReference());
        return receipt;
    }

    /**
     * The notice of an AvtaleGiro charge through each channel after the claim's in the run that can carry it and is
     * eligible, in the run's order (see {@link AvtaleGiroNotice}); the ineligible ones are on record as skipped.
     */
    private List<DeliveryContext> noticeContexts(DeliveryContext claim) {
        long invoiceId = claim.invoice().getId();
        StoredDocument notice = documents.renderAvtaleGiroNotice(invoiceId);
        List<DeliveryContext> eligible = new ArrayList<>();
        for (ChannelType carrier : AvtaleGiroNotice.candidates(runFor(invoiceId), claim.channel())) {
            DeliveryContext context = new DeliveryContext(claim.invoice(), notice, claim.customer(), claim.company(),
                    carrier);
            Optional<String> ineligible = channels.get(carrier).ineligibility(context);
            if (ineligible.isPresent()) {
                log.skipped(invoiceId, notice.getId(), carrier.name(), ineligible.get());
            } else {
                eligible.add(context);
            }
        }
        return eligible;
    }

    /** The first carrier that delivers the notice ends it; one that cannot reach the customer hands on to the next. */
    private void deliverNotice(List<DeliveryContext> carriers) {
        List<String> unreachable = new ArrayList<>();
        for (DeliveryContext context : carriers) {
            try {
                deliverOnce(channels.get(context.channel()), context);
                return;
            } catch (RecipientUnreachableException e) {
                unreachable.add(e.getMessage());
            }
        }
        throw new IllegalStateException("The AvtaleGiro claim is written, but its notice reached the customer through "
                + "no channel: " + String.join("; ", unreachable));
    }

    /** Every attempt of the document so far (not those of the invoice's other documents), one line each. */
    public String attemptsSummary(long invoiceId, Long documentId) {
        return log.attempts(invoiceId, documentId).stream()
                .map(a -> a.getStartedAt() + " " + a.getChannel() + " " + a.getStatus()
                        + (a.getRecipient() == null ? "" : " to " + a.getRecipient())
                        + (a.getError() == null ? "" : ": " + a.getError()))
                .collect(Collectors.joining("\n"));
    }

    private DeliveryContext context(long invoiceId, Long documentId, ChannelType type) {
        Invoice invoice = invoices.get(invoiceId);
        StoredDocument pdf = documentId != null ? documents.document(documentId)
                : documents.invoicePdf(invoiceId).orElseThrow(() -> new IllegalStateException(
                        "Invoice " + invoiceId + " has no rendered PDF to deliver"));
        if (pdf.getInvoiceId() != invoiceId) {
            throw new IllegalStateException("Document " + documentId + " does not concern invoice " + invoiceId);
        }
        Customer customer = customers.get(invoice.getCustomerId());
        CompanySettings settings = company.current();
        return new DeliveryContext(invoice, pdf, customer, settings, type);
    }
}
