package no.fakturaflyt.sales;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotes. Accept and decline stand for the customer's answer; for now they call the service directly (the
 * quote-to-invoice process will turn them into messages to its instance).
 */
@RestController
@RequestMapping("/api/quotes")
@Tag(name = "Sales: quotes")
class QuoteController {

    private final SalesService sales;
    private final SalesOverview overview;
    private final SalesHistory history;
    private final QuoteProcess process;

    QuoteController(SalesService sales, SalesOverview overview, SalesHistory history, QuoteProcess process) {
        this.process = process;
        this.sales = sales;
        this.overview = overview;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Every quote, newest first, with status and totals (filters: GET /api/sales?type=QUOTE)")
    List<SalesOverview.Entry> list() {
        return overview.list(SalesOverview.EntryType.QUOTE, null, null, null, null);
    }

    @PostMapping
    @Operation(summary = "A draft quote for a customer; validUntil defaults to today + the quote validity setting."
            + " Starts quote-to-invoice: the clerk reviews and sends it in Tasklist (or with POST /{id}/send)")
    ResponseEntity<SalesViews.QuoteView> create(@Valid @RequestBody QuoteForm form, Principal principal) {
        Quote quote = process.register(form, principal.getName());
        return ResponseEntity.created(URI.create("/api/quotes/" + quote.getId())).body(view(quote));
    }

    @GetMapping("/{id}")
    SalesViews.QuoteView get(@PathVariable long id) {
        return view(sales.quote(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save the draft quote as it stands; 409 once sent")
    SalesViews.QuoteView update(@PathVariable long id, @Valid @RequestBody QuoteForm form, Principal principal) {
        return view(sales.updateQuote(id, form, principal.getName()));
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Number the quote and e-mail it with its PDF (completes the review task); repeating it sends"
            + " nothing again")
    SalesViews.QuoteView send(@PathVariable long id, Principal principal) {
        return view(process.send(id, principal.getName()));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "The customer accepts (409 unless sent and still valid)")
    SalesViews.QuoteView accept(@PathVariable long id, Principal principal) {
        return view(process.accept(id, principal.getName()));
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "The customer declines, optionally saying why")
    SalesViews.QuoteView decline(@PathVariable long id, @Valid @RequestBody(required = false) Answer answer,
            Principal principal) {
        return view(process.decline(id, answer == null ? null : answer.reason(), principal.getName()));
    }

    @PostMapping("/{id}/order")
    @Operation(summary = "The order confirmation of the accepted quote (one per quote)")
    ResponseEntity<SalesViews.OrderView> order(@PathVariable long id, Principal principal) {
        SalesOrder order = sales.createOrderFromQuote(id, principal.getName());
        return ResponseEntity.created(URI.create("/api/orders/" + order.getId())).body(OrderController.view(sales,
                order));
    }

    @GetMapping(value = "/{id}/preview.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The quote's PDF: as sent, or a marked preview of the draft")
    ResponseEntity<byte[]> preview(@PathVariable long id) {
        return PdfResponses.inline(sales.quotePdf(id), "tilbud-" + id + ".pdf");
    }

    @GetMapping("/{id}/history")
    List<SalesEvent> history(@PathVariable long id) {
        sales.quote(id);
        return history.of(SalesEvent.Subject.QUOTE, id);
    }

    private SalesViews.QuoteView view(Quote quote) {
        return SalesViews.QuoteView.of(quote, sales.totals(quote));
    }

    record Answer(@Size(max = 2000) String reason) {
    }
}
