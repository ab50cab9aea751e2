package no.fakturaflyt.distribution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import no.fakturaflyt.invoicing.InvoiceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Invoices and credit notes")
class DeliveryController {

    private final DeliveryLog log;
    private final InvoiceService invoices;

    DeliveryController(DeliveryLog log, InvoiceService invoices) {
        this.log = log;
        this.invoices = invoices;
    }

    @GetMapping("/api/invoices/{id}/deliveries")
    @Operation(summary = "Every delivery attempt of the invoice in order: channel, recipient, time, outcome")
    List<AttemptView> deliveries(@PathVariable long id) {
        invoices.get(id);
        return log.attempts(id).stream().map(a -> new AttemptView(a.getChannel(), a.getRecipient(), a.getStatus(),
                a.getMessageId(), a.getError(), a.getStartedAt(), a.getFinishedAt(), a.getPerformedBy(),
                a.getComment())).toList();
    }

    record AttemptView(String channel, String recipient, DeliveryStatus status, String messageId, String error,
            Instant startedAt, Instant finishedAt, String performedBy, String comment) {
    }
}
