package no.fakturaflyt.sales;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettings;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.distribution.MailKind;
import no.fakturaflyt.distribution.SalesMailer;
import no.fakturaflyt.document.DocumentFormats;
import no.fakturaflyt.invoicing.CarriedLine;
import no.fakturaflyt.invoicing.DraftDetails;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.invoicing.InvoiceTotals;
import no.fakturaflyt.numbering.NumberSeriesService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quote → order confirmation → deliveries → invoices. Every state change is one transaction with its history entry;
 * sending, confirming and invoicing are idempotent, so the process that will drive this (and a clerk's double click)
 * can repeat a step safely.
 */
@Service
public class SalesService {

    static final String QUOTE_SERIES = "QUOTE";
    static final String ORDER_SERIES = "ORDER";

    private final QuoteRepository quotes;
    private final SalesOrderRepository orders;
    private final DeliveryRepository deliveries;
    private final OrderChangeRepository changes;
    private final SalesSettingsRepository settingsRepository;
    private final SalesLines lines;
    private final SalesDocuments documents;
    private final SalesHistory history;
    private final CustomerService customers;
    private final CompanySettingsService company;
    private final NumberSeriesService numbers;
    private final InvoiceService invoices;
    private final SalesMailer mailer;
    private final OsloClock clock;

    SalesService(QuoteRepository quotes, SalesOrderRepository orders, DeliveryRepository deliveries,
            OrderChangeRepository changes, SalesSettingsRepository settingsRepository, SalesLines lines,
            SalesDocuments documents, SalesHistory history, CustomerService customers,
            CompanySettingsService company, NumberSeriesService numbers, InvoiceService invoices, SalesMailer mailer,
            OsloClock clock) {
        this.quotes = quotes;
        this.orders = orders;
        this.deliveries = deliveries;
        this.changes = changes;
        this.settingsRepository = settingsRepository;
        this.lines = lines;
        this.documents = documents;
        this.history = history;
        this.customers = customers;
        this.company = company;
        this.numbers = numbers;
        this.invoices = invoices;
        this.mailer = mailer;
        this.clock = clock;
    }

    // --- quotes ------------------------------------------------------------------------------------------------

    @Transactional
    public Quote createQuote(QuoteForm form, String user) {
        Customer customer = customer(form.customerId());
        Quote quote = new Quote(customer.getId(), customer.getLanguage(), clock.now(), user);
        edit(quote, customer, form);
        quote = quotes.save(quote);
        history.record(SalesEvent.Subject.QUOTE, quote.getId(), "CREATED", user, "Quote for customer "
                + customer.getCustomerNumber() + " " + customer.getName());
        return quote;
    }

    /** Only while it is a draft: once sent, the customer has it and it is what they answer. */
    @Transactional
    public Quote updateQuote(long quoteId, QuoteForm form, String user) {
        Quote quote = quote(quoteId);
        quote.requireStatus(QuoteStatus.DRAFT, "change");
        edit(quote, customer(form.customerId()), form);
        history.record(SalesEvent.Subject.QUOTE, quoteId, "CHANGED", user, quote.getLines().size() + " line(s)");
        return quote;
    }

    private void edit(Quote quote, Customer customer, QuoteForm form) {
        LocalDate validUntil = form.validUntil() != null ? form.validUntil()
                : clock.today().plusDays(settings().getQuoteValidityDays());
        if (validUntil.isBefore(clock.today())) {
            throw new InvalidInputException("validUntil", "A quote cannot expire before today (" + clock.today() + ")",
                    "sales.quote.expiresBeforeToday", clock.today());
        }
        quote.edit(customer.getId(), customer.getLanguage(), validUntil, blankToNull(form.terms()),
                blankToNull(form.note()), lines.resolve(form.linesOrEmpty()));
    }

    /**
     * Numbers the quote, stores its PDF and e-mails it to the customer's invoice address. A quote already sent is
     * returned as it is and nothing goes out again.
     */
    @Transactional
    public Quote sendQuote(long quoteId, String user) {
        Quote quote = quotes.lockById(quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
        if (quote.getStatus() != QuoteStatus.DRAFT) {
            return quote;
        }
        if (quote.getLines().isEmpty()) {
            throw new InvalidInputException("lines", "A quote needs at least one line before it can be sent",
                    "sales.quote.noLines");
        }
        if (quote.getValidUntil().isBefore(clock.today())) {
            throw new InvalidInputException("validUntil", "The quote was valid until " + quote.getValidUntil()
                    + ", before today; give it a new validity date", "sales.quote.expired", quote.getValidUntil());
        }
        Customer customer = customers.get(quote.getCustomerId());
        String recipient = requireEmail(customer);
        quote.markSent(numbers.next(QUOTE_SERIES), clock.today(), clock.now());
        InvoiceTotals totals = totals(quote);
        SalesDocument pdf = documents.store(SalesEvent.Subject.QUOTE, quote.getId(),
                "tilbud-" + quote.getQuoteNumber() + ".pdf", () -> documents.render(quote, customer, totals));
        DocumentFormats formats = DocumentFormats.of(quote.getLanguage());
        Map<String, String> values = new HashMap<>();
        values.put("customerName", customer.getName());
        values.put("number", String.valueOf(quote.getQuoteNumber()));
        values.put("amount", formats.amount(totals.total()));
        values.put("validUntil", formats.date(quote.getValidUntil()));
        String messageId = mailer.send(MailKind.QUOTE, quote.getLanguage(), values, recipient, pdf.getFileName(),
                pdf.getContent(), "quote-" + quote.getId());
        history.record(SalesEvent.Subject.QUOTE, quoteId, "SENT", user, "Quote " + quote.getQuoteNumber()
                + ", total " + totals.total() + ", valid until " + quote.getValidUntil() + ", e-mailed to "
                + recipient + " " + messageId);
        return quote;
    }

    /** The customer's yes. Only a sent quote still open can be accepted; accepting twice changes nothing. */
    @Transactional
    public Quote acceptQuote(long quoteId, String user) {
        Quote quote = quotes.lockById(quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
        if (quote.getStatus() == QuoteStatus.ACCEPTED) {
            return quote;
        }
        if (quote.getStatus() == QuoteStatus.SENT && quote.getValidUntil().isBefore(clock.today())) {
            throw new ConflictException("Cannot accept " + quote.describe() + ": it was valid until "
                    + quote.getValidUntil(), "sales.quote.acceptExpired", quote.getValidUntil());
        }
        quote.answer(QuoteStatus.ACCEPTED, null, clock.now());
        history.record(SalesEvent.Subject.QUOTE, quoteId, "ACCEPTED", user, null);
        return quote;
    }

    @Transactional
    public Quote declineQuote(long quoteId, String reason, String user) {
        Quote quote = quotes.lockById(quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
        if (quote.getStatus() == QuoteStatus.DECLINED) {
            return quote;
        }
        quote.answer(QuoteStatus.DECLINED, blankToNull(reason), clock.now());
        history.record(SalesEvent.Subject.QUOTE, quoteId, "DECLINED", user, reason);
        return quote;
    }

    /** The end of the validity without an answer; a quote already answered (or expired) stays as it is. */
    @Transactional
    public Quote expireQuote(long quoteId) {
        Quote quote = quotes.lockById(quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
        if (quote.getStatus() != QuoteStatus.SENT) {
            if (quote.getStatus() == QuoteStatus.DRAFT) {
                throw new ConflictException("Cannot expire " + quote.describe() + ": it has not been sent",
                        "sales.notSent");
            }
            return quote;
        }
        quote.answer(QuoteStatus.EXPIRED, null, clock.now());
        history.record(SalesEvent.Subject.QUOTE, quoteId, "EXPIRED", SalesHistory.SYSTEM, "Valid until "
                + quote.getValidUntil());
        return quote;
    }

    /** The quotes sent with a quote date in the period (either end open when null), for reports. */
    @Transactional(readOnly = true)
    public List<Quote> quotesDated(LocalDate from, LocalDate to) {
        return quotes.findAllByOrderByIdDesc().stream().filter(Quote::isSent)
                .filter(q -> q.getQuoteDate() != null)
                .filter(q -> from == null || !q.getQuoteDate().isBefore(from))
                .filter(q -> to == null || !q.getQuoteDate().isAfter(to)).toList();
    }

    @Transactional(readOnly = true)
    public Quote quote(long quoteId) {
        return quotes.findById(quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
    }

    @Transactional(readOnly = true)
    public InvoiceTotals totals(Quote quote) {
        return SalesCalculator.totals(quote.getLines(), rounding());
    }

    /** The PDF of the quote: as sent, or a marked preview of the draft. */
    @Transactional(readOnly = true)
    public byte[] quotePdf(long quoteId) {
        Quote quote = quote(quoteId);
        return documents.stored(SalesEvent.Subject.QUOTE, quoteId).map(SalesDocument::getContent)
                .orElseGet(() -> documents.render(quote, customers.get(quote.getCustomerId()), totals(quote)));
    }

    // --- orders ------------------------------------------------------------------------------------------------

    /** The order confirmation of an accepted quote, its lines copied; one order per quote. */
    @Transactional
    public SalesOrder createOrderFromQuote(long quoteId, String user) {
        Quote quote = quotes.lockById(quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
        var existing = orders.findByQuoteId(quoteId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (quote.getStatus() != QuoteStatus.ACCEPTED) {
            throw new ConflictException("Only an accepted quote becomes an order; " + quote.describe() + " is "
                    + quote.getStatus().name().toLowerCase(), "sales.quote.notAccepted",
                    SalesTexts.status(quote.getStatus()));
        }
        SalesOrder order = new SalesOrder(quote.getCustomerId(), quote.getId(), quote.getLanguage(),
                settings().isCollectiveInvoicing(), clock.now(), user);
        order.edit(quote.getLines().stream().map(SalesLine::values).toList(), quote.getNote());
        order = orders.save(order);
        history.record(SalesEvent.Subject.ORDER, order.getId(), "CREATED", user, "From " + quote.describe());
        history.record(SalesEvent.Subject.QUOTE, quoteId, "ORDER_CREATED", user, "Order " + order.getId());
        return order;
    }

    @Transactional
    public SalesOrder createOrder(long customerId, OrderForm form, String user) {
        Customer customer = customer(customerId);
        SalesOrder order = new SalesOrder(customer.getId(), null, customer.getLanguage(),
                settings().isCollectiveInvoicing(), clock.now(), user);
        order.edit(lines.resolve(form.linesOrEmpty()), blankToNull(form.note()));
        order = orders.save(order);
        history.record(SalesEvent.Subject.ORDER, order.getId(), "CREATED", user, "Order for customer "
                + customer.getCustomerNumber() + " " + customer.getName());
        return order;
    }

    /**
     * Saves the whole order while it is a draft. For an order made from a quote, every difference between the lines
     * before and after is recorded ({@link OrderChange}: which line, old → new, who, when).
     */
    @Transactional
    public SalesOrder updateOrder(long orderId, OrderForm form, String user) {
        SalesOrder order = orders.lockById(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
        order.requireDraft("change");
        List<LineValues> before = order.getLines().stream().map(SalesLine::values).toList();
        List<LineValues> after = lines.resolve(form.linesOrEmpty());
        order.edit(after, blankToNull(form.note()));
        List<LineDifference> differences = LineDifference.between(before, after);
        if (order.getQuoteId() != null) {
            differences.forEach(d -> changes.save(new OrderChange(orderId, d, user, clock.now())));
        }
        history.record(SalesEvent.Subject.ORDER, orderId, "CHANGED", user, differences.size() + " change(s)");
        return order;
    }

    /** Numbers the order, stores its confirmation PDF and e-mails it; a confirmed order is returned as it is. */
    @Transactional
    public SalesOrder confirmOrder(long orderId, String user) {
        SalesOrder order = orders.lockById(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
        if (order.getStatus() != OrderStatus.DRAFT) {
            return order;
        }
        if (order.getLines().isEmpty()) {
            throw new InvalidInputException("lines", "An order needs at least one line before it can be confirmed",
                    "sales.order.noLines");
        }
        Customer customer = customers.get(order.getCustomerId());
        String recipient = requireEmail(customer);
        order.confirm(numbers.next(ORDER_SERIES), clock.today(), user, clock.now());
        InvoiceTotals totals = totals(order);
        Long quoteNumber = order.getQuoteId() == null ? null : quote(order.getQuoteId()).getQuoteNumber();
        SalesDocument pdf = documents.store(SalesEvent.Subject.ORDER, order.getId(),
                "ordrebekreftelse-" + order.getOrderNumber() + ".pdf",
                () -> documents.render(order, quoteNumber, customer, totals));
        DocumentFormats formats = DocumentFormats.of(order.getLanguage());
        Map<String, String> values = new HashMap<>();
        values.put("customerName", customer.getName());
        values.put("number", String.valueOf(order.getOrderNumber()));
        values.put("amount", formats.amount(totals.total()));
        values.put("quoteNumber", quoteNumber == null ? "" : String.valueOf(quoteNumber));
        String messageId = mailer.send(MailKind.ORDER_CONFIRMATION, order.getLanguage(), values, recipient,
                pdf.getFileName(), pdf.getContent(), "order-confirmation-" + order.getId());
        history.record(SalesEvent.Subject.ORDER, orderId, "CONFIRMED", user, "Order " + order.getOrderNumber()
                + ", total " + totals.total() + ", e-mailed to " + recipient + " " + messageId);
        return order;
    }

    /** The order confirmation made of the quote, once it was accepted. */
    @Transactional(readOnly = true)
    public Optional<SalesOrder> orderOfQuote(long quoteId) {
        return orders.findByQuoteId(quoteId);
    }

    @Transactional(readOnly = true)
    public SalesOrder order(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
    }

    @Transactional(readOnly = true)
    public InvoiceTotals totals(SalesOrder order) {
        return SalesCalculator.totals(order.getLines(), rounding());
    }

    @Transactional(readOnly = true)
    public byte[] orderPdf(long orderId) {
        SalesOrder order = order(orderId);
        Long quoteNumber = order.getQuoteId() == null ? null : quote(order.getQuoteId()).getQuoteNumber();
        return documents.stored(SalesEvent.Subject.ORDER, orderId).map(SalesDocument::getContent)
                .orElseGet(() -> documents.render(order, quoteNumber, customers.get(order.getCustomerId()),
                        totals(order)));
    }

    @Transactional(readOnly = true)
    public List<OrderChange> changes(long orderId) {
        return changes.findByOrderIdOrderByIdAsc(orderId);
    }

    // --- deliveries and invoicing -----------------------------------------------------------------------------

    /** A full or partial delivery of a confirmed order; never more of a line than is still undelivered. */
    @Transactional
    public Delivery registerDelivery(long orderId, DeliveryForm form, String user) {
        SalesOrder order = orders.lockById(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
        requireDeliverable(order);
        LocalDate deliveredOn = form.deliveredOn() != null ? form.deliveredOn() : clock.today();
        if (deliveredOn.isAfter(clock.today())) {
            throw new InvalidInputException("deliveredOn", "A delivery cannot be registered ahead, on " + deliveredOn,
                    "sales.delivery.ahead", deliveredOn);
        }
        Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
        if (form.linesOrEmpty().isEmpty()) {
            order.getLines().stream().filter(l -> l.getUndeliveredQuantity().signum() > 0)
                    .forEach(l -> quantities.put(l.getLineNo(), l.getUndeliveredQuantity()));
        } else {
            for (int i = 0; i < form.linesOrEmpty().size(); i++) {
                DeliveryForm.DeliveryLine requested = form.linesOrEmpty().get(i);
                String field = "lines[" + i + "]";
                OrderLine line = order.line(requested.lineNo()).orElseThrow(() -> new InvalidInputException(
                        field + ".lineNo", order.describe() + " has no line " + requested.lineNo(),
                        "sales.order.noSuchLine", requested.lineNo()));
                BigDecimal quantity = requested.quantity() != null ? requested.quantity()
                        : line.getUndeliveredQuantity();
                BigDecimal already = quantities.getOrDefault(line.getLineNo(), BigDecimal.ZERO);
                if (quantity.signum() <= 0) {
                    throw new InvalidInputException(field + ".quantity", "must be greater than 0",
                            "DecimalMin.quantity");
                }
                if (quantity.add(already).compareTo(line.getUndeliveredQuantity()) > 0) {
                    throw new InvalidInputException(field + ".quantity", "Cannot deliver " + plain(quantity)
                            + " of line " + line.getLineNo() + ": ordered " + plain(line.getQuantity())
                            + ", delivered " + plain(line.getDeliveredQuantity()) + ", so at most "
                            + plain(line.getUndeliveredQuantity().subtract(already)) + " remain",
                            "sales.delivery.tooMuch", quantity.stripTrailingZeros(), line.getLineNo(),
                            line.getQuantity().stripTrailingZeros(), line.getDeliveredQuantity().stripTrailingZeros(),
                            line.getUndeliveredQuantity().subtract(already).stripTrailingZeros());
                }
                quantities.put(line.getLineNo(), already.add(quantity));
            }
        }
        Delivery delivery = new Delivery(orderId, deliveredOn, clock.now(), user);
        quantities.forEach((lineNo, quantity) -> {
            order.line(lineNo).orElseThrow().deliver(quantity);
            delivery.add(lineNo, quantity);
        });
        order.updateProgress();
        Delivery saved = deliveries.save(delivery);
        history.record(SalesEvent.Subject.DELIVERY, saved.getId(), "REGISTERED", user, "Delivery of "
                + order.describe() + " on " + deliveredOn);
        history.record(SalesEvent.Subject.ORDER, orderId, "DELIVERED", user, "Delivery " + saved.getId()
                + ", order now " + order.getStatus());
        return saved;
    }

    /** Whether a delivery may be registered on the order now; the reason (409) when not. */
    @Transactional(readOnly = true)
    public void requireDeliverable(long orderId) {
        requireDeliverable(order(orderId));
    }

    private static void requireDeliverable(SalesOrder order) {
        if (order.getStatus() == OrderStatus.DRAFT) {
            throw new ConflictException("Cannot deliver " + order.describe() + " before it is confirmed",
                    "sales.notConfirmed");
        }
        if (!order.hasUndelivered()) {
            throw new ConflictException("Everything of " + order.describe() + " has been delivered",
                    "sales.allDelivered");
        }
    }

    /**
     * Invoices one delivery: an approved invoice of the delivered quantities at the order's confirmed prices,
     * product, VAT code and revenue account; a process runs its lifecycle (quote-to-invoice's call activity, or
     * collective-invoicing's for an invoice asked for through the API). A delivery already invoiced returns its
     * invoice, not new: its lifecycle has been started already.
     */
    @Transactional
    public PreparedInvoice prepareDeliveryInvoice(long deliveryId, String user) {
        Delivery delivery = deliveries.lockById(deliveryId)
                .orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
        if (delivery.getInvoiceId() != null) {
            return new PreparedInvoice(delivery.getInvoiceId(), false);
        }
        SalesOrder order = orders.lockById(delivery.getOrderId()).orElseThrow();
        List<CarriedLine> carried = carriedLines(order, delivery, false);
        Invoice draft = invoices.createDraftFromLines(order.getCustomerId(), new DraftDetails(null,
                delivery.getDeliveredOn(), null, null, reference(order, delivery, order.getLanguage())), carried,
                settings().getInvoiceFee(), settings().getPaymentTermsDays(),
                settings().getRoundToWholeKroner(), user);
        invoices.approveForLifecycle(draft.getId(), user);
        markInvoiced(order, delivery, draft.getId(), user);
        return new PreparedInvoice(draft.getId(), true);
    }

    /** A delivery's invoice, and whether it was made just now (and so still needs its lifecycle). */
    public record PreparedInvoice(long invoiceId, boolean isNew) {
    }

    /**
     * The collective run asked for now (samlefaktura): per customer one approved invoice of every delivery not yet
     * invoiced whose order is invoiced collectively; each line says which order and delivery it comes from.
     */
    @Transactional
    public List<Long> prepareCollectiveInvoicesNow(String user) {
        return collectiveInvoices(user);
    }

    /** Whether collective-invoicing.bpmn's morning look should go ahead (on, and the interval has passed). */
    @Transactional(readOnly = true)
    public boolean isCollectiveRunDue() {
        return settings().collectiveRunDue(clock.now());
    }

    /** The collective run for the process: approved invoices, each then run by the lifecycle call activity. */
    @Transactional
    public List<Long> prepareCollectiveInvoices(String user) {
        settingsRepository.findById(SalesSettings.ID).orElseThrow().collectiveRunAt(clock.now());
        return collectiveInvoices(user);
    }

    private List<Long> collectiveInvoices(String user) {
        Map<Long, List<Delivery>> byCustomer = new LinkedHashMap<>();
        Map<Long, SalesOrder> orderById = new HashMap<>();
        for (Delivery delivery : deliveries.lockUninvoicedCollective()) {
            SalesOrder order = orderById.computeIfAbsent(delivery.getOrderId(),
                    id -> orders.lockById(id).orElseThrow());
            byCustomer.computeIfAbsent(order.getCustomerId(), c -> new ArrayList<>()).add(delivery);
        }
        List<Long> invoiceIds = new ArrayList<>();
        for (Map.Entry<Long, List<Delivery>> entry : byCustomer.entrySet()) {
            List<CarriedLine> carried = new ArrayList<>();
            List<String> references = new ArrayList<>();
            String language = customers.get(entry.getKey()).getLanguage();
            for (Delivery delivery : entry.getValue()) {
                SalesOrder order = orderById.get(delivery.getOrderId());
                carried.addAll(carriedLines(order, delivery, true));
                references.add(reference(order, delivery, language));
            }
            String note = ("en".equals(language) ? "Collective invoice: " : "Samlefaktura: ")
                    + String.join("; ", references);
            Invoice draft = invoices.createDraftFromLines(entry.getKey(), new DraftDetails(null,
                    entry.getValue().get(entry.getValue().size() - 1).getDeliveredOn(), null, null, note), carried,
                    settings().getInvoiceFee(), settings().getPaymentTermsDays(),
                settings().getRoundToWholeKroner(), user);
            invoices.approveForLifecycle(draft.getId(), user);
            for (Delivery delivery : entry.getValue()) {
                markInvoiced(orderById.get(delivery.getOrderId()), delivery, draft.getId(), user);
            }
            invoiceIds.add(draft.getId());
        }
        return invoiceIds;
    }

    @Transactional(readOnly = true)
    public Delivery delivery(long deliveryId) {
        return deliveries.findById(deliveryId).orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long orderId) {
        return deliveries.findByOrderIdOrderByIdAsc(orderId);
    }

    private List<CarriedLine> carriedLines(SalesOrder order, Delivery delivery, boolean labelled) {
        String prefix = labelled ? "en".equals(order.getLanguage())
                ? "Order " + order.getOrderNumber() + "/delivery " + delivery.getId() + ": "
                : "Ordre " + order.getOrderNumber() + "/levering " + delivery.getId() + ": " : "";
        return delivery.getLines().stream().map(delivered -> {
            OrderLine line = order.line(delivered.getLineNo()).orElseThrow();
            return new CarriedLine(line.getProductId(), prefix + line.getDescription(), delivered.getQuantity(),
                    line.getUnit(), line.getUnitPrice(), line.getDiscountPercent(), line.getVatCode(),
                    line.getRevenueAccount());
        }).toList();
    }

    private void markInvoiced(SalesOrder order, Delivery delivery, long invoiceId, String user) {
        delivery.invoicedBy(invoiceId);
        delivery.getLines().forEach(d -> order.line(d.getLineNo()).orElseThrow().invoice(d.getQuantity()));
        order.updateProgress();
        history.record(SalesEvent.Subject.DELIVERY, delivery.getId(), "INVOICED", user, "Invoice " + invoiceId);
        history.record(SalesEvent.Subject.ORDER, order.getId(), "INVOICED", user, "Delivery " + delivery.getId()
                + " on invoice " + invoiceId + ", order now " + order.getStatus());
    }

    private static String reference(SalesOrder order, Delivery delivery, String language) {
        return ("en".equals(language) ? "Order " : "Ordre ") + order.getOrderNumber()
                + ("en".equals(language) ? ", delivery " : ", levering ") + delivery.getId() + " ("
                + delivery.getDeliveredOn() + ")";
    }

    // --- settings ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public SalesSettings settings() {
        return settingsRepository.findById(SalesSettings.ID)
                .orElseThrow(() -> new IllegalStateException("The sales settings row is missing (migration V14)"));
    }

    @Transactional
    public SalesSettings updateSettings(SalesSettingsForm form, String user) {
        Duration interval;
        try {
            interval = Duration.parse(form.collectiveInterval().trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("collectiveInterval", "Not an ISO-8601 duration (e.g. P7D): "
                    + form.collectiveInterval());
        }
        if (interval.compareTo(Duration.ofHours(1)) < 0) {
            throw new InvalidInputException("collectiveInterval", "The collective run can go at most once an hour");
        }
        SalesSettings settings = settings();
        settings.change(form, interval, user, clock.now());
        return settings;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private boolean rounding() {
        Boolean own = settings().getRoundToWholeKroner();
        return own != null ? own : company.find().map(CompanySettings::isRoundToWholeKroner).orElse(false);
    }

    private Customer customer(Long id) {
        if (id == null) {
            throw new InvalidInputException("customerId", "must not be null");
        }
        try {
            return customers.get(id);
        } catch (NotFoundException e) {
            throw new InvalidInputException("customerId", "Customer " + id + " does not exist");
        }
    }

    private static String requireEmail(Customer customer) {
        if (customer.getInvoiceEmail() == null || customer.getInvoiceEmail().isBlank()) {
            throw new ConflictException("Customer " + customer.getCustomerNumber() + " " + customer.getName()
                    + " has no invoice e-mail address to send to");
        }
        return customer.getInvoiceEmail();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
