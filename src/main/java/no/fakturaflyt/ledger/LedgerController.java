package no.fakturaflyt.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ledger")
@Tag(name = "Ledger")
class LedgerController {

    private final LedgerService ledger;

    LedgerController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/accounts")
    @Operation(summary = "The company's chart of accounts (the accounts postings go to)")
    List<AccountView> accounts() {
        return ledger.chartOfAccounts().stream().map(a -> new AccountView(a.getNumber(), a.getName())).toList();
    }

    @GetMapping("/vat-codes")
    @Operation(summary = "The VAT codes (SAF-T standard tax codes) with their rates and accounts")
    List<VatCodeView> vatCodes() {
        return ledger.vatCodes().stream().map(v -> new VatCodeView(v.getCode(), v.getDescription(), v.getRate(),
                v.getOutputVatAccount(), v.getRevenueAccount(), v.isReverseCharge())).toList();
    }

    @GetMapping("/vouchers")
    @Operation(summary = "All posted vouchers in number order")
    List<VoucherView> vouchers() {
        return ledger.vouchers().stream().map(VoucherView::of).toList();
    }

    @GetMapping("/vouchers/{id}")
    VoucherView voucher(@PathVariable long id) {
        return VoucherView.of(ledger.voucher(id));
    }

    @GetMapping("/customers/{customerId}/open-items")
    @Operation(summary = "A customer's items in the receivables ledger")
    List<OpenItemView> openItems(@PathVariable long customerId) {
        return ledger.openItemsOf(customerId).stream().map(OpenItemView::of).toList();
    }

    record AccountView(int number, String name) {
    }

    record VatCodeView(String code, String description, BigDecimal rate, Integer outputVatAccount,
            Integer revenueAccount, boolean reverseCharge) {
    }

    record VoucherView(long id, long voucherNumber, LocalDate date, int fiscalYear, int period, LocalDate documentDate,
            String description, String sourceType, long sourceId, String createdBy, BigDecimal totalDebit,
            BigDecimal totalCredit, List<LineView> lines) {

        static VoucherView of(Voucher v) {
            return new VoucherView(v.getId(), v.getVoucherNumber(), v.getVoucherDate(), v.getFiscalYear(),
                    v.getFiscalPeriod(), v.getDocumentDate(), v.getDescription(),
                    v.getSourceType(), v.getSourceId(), v.getCreatedBy(), v.totalDebit(), v.totalCredit(),
                    v.getLines().stream().map(l -> new LineView(l.getLineNo(), l.getAccountNumber(), l.getDebit(),
                            l.getCredit(), l.getVatCode(), l.getCustomerId(), l.getDescription())).toList());
        }
    }

    record LineView(int lineNo, int account, BigDecimal debit, BigDecimal credit, String vatCode, Long customerId,
            String description) {
    }

    /**
     * An open item: an invoice, or a fee or interest claimed on one ({@code invoiceId} is then the invoice it
     * concerns, {@code reference} the step).
     */
    record OpenItemView(OpenItemType itemType, long invoiceId, long invoiceNumber, String reference, String kid,
            LocalDate invoiceDate, LocalDate dueDate, BigDecimal originalAmount, BigDecimal openAmount) {

        static OpenItemView of(OpenItem i) {
            return new OpenItemView(i.getItemType(), i.getConcernsInvoiceId(), i.getInvoiceNumber(), i.getReference(),
                    i.getKid(), i.getInvoiceDate(), i.getDueDate(), i.getOriginalAmount(), i.getOpenAmount());
        }
    }
}
