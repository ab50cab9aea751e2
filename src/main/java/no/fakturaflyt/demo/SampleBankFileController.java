package no.fakturaflyt.demo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.company.CompanySettingsService;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.OpenItem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A sample Nets OCR Giro file for the demo, paying what is open today: the first open invoice only in part, every
 * other one in full with its KID, and one payment without a usable KID, so that an import shows every outcome.
 */
@RestController
@RequestMapping("/api/demo/sample-ocr")
@ConditionalOnProperty(name = "fakturaflyt.demo.clock-endpoint", havingValue = "true")
@Tag(name = "Demo")
class SampleBankFileController {

    private final CustomerService customers;
    private final LedgerService ledger;
    private final CompanySettingsService company;
    private final OsloClock clock;

    SampleBankFileController(CustomerService customers, LedgerService ledger, CompanySettingsService company,
            OsloClock clock) {
        this.customers = customers;
        this.ledger = ledger;
        this.company = company;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Download an OCR Giro file paying today's open invoices (one in part, one payment without"
            + " a KID) to try POST /api/bank-files with")
    ResponseEntity<byte[]> sample() {
        List<SampleOcrFile.Payment> payments = new ArrayList<>();
        long reference = clock.now().getEpochSecond() % 100_000_000L * 10;
        for (Customer customer : customers.list()) {
            for (OpenItem item : ledger.openItemsOf(customer.getId())) {
                if (item.getInvoiceId() == null || item.getOpenAmount().signum() <= 0
                        || item.getInvoiceDate().isAfter(clock.today())) {
                    continue;
                }
                BigDecimal amount = payments.isEmpty()
                        ? item.getOpenAmount().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN)
                        : item.getOpenAmount();
                payments.add(new SampleOcrFile.Payment(amount, item.getKid(), ++reference));
            }
        }
        payments.add(new SampleOcrFile.Payment(new BigDecimal("499.00"), null, ++reference));
        byte[] file = SampleOcrFile.write(reference % 10_000_000L, company.current().getBankAccount(), clock.today(),
                payments);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ocr-" + clock.today() + ".txt\"")
                .contentType(MediaType.TEXT_PLAIN).body(file);
    }
}
