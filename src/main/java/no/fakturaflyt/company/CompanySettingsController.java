package no.fakturaflyt.company;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import no.fakturaflyt.common.ChannelType;
import no.fakturaflyt.common.KidAlgorithm;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.TextInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestParam;

@RestController
@RequestMapping("/api/company")
@Tag(name = "Company settings")
class CompanySettingsController {

    private final CompanySettingsService service;

    CompanySettingsController(CompanySettingsService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The company's data and invoicing settings")
    CompanySettingsView get() {
        return service.find().map(CompanySettingsView::of)
                .orElseThrow(() -> new NotFoundException("Company settings", "(not set up yet)"));
    }

    @PutMapping
    @Operation(summary = "Set the company's data and invoicing settings (admins)")
    CompanySettingsView put(@Valid @RequestBody CompanySettingsForm form) {
        return CompanySettingsView.of(service.update(form));
    }

    @PutMapping(path = "/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the logo printed on invoices (PNG, at most 512 KiB; empty removes it)")
    ResponseEntity<Void> putLogo(@RequestParam("file") MultipartFile file) throws IOException {
        TextInput.requireNoNul("file", file.getOriginalFilename());
        service.updateLogo(file.getBytes());
        return ResponseEntity.noContent().build();
    }

    record CompanySettingsView(String name, String orgNumber, boolean vatRegistered, boolean foretaksregisteret,
            String addressLine, String postalCode, String city, String countryCode, String phone, String bankAccount,
            String iban, String bic, String emailSender, long invoiceStartNumber, boolean creditNoteOwnSeries,
            Long creditNoteStartNumber, int paymentTermsDays, KidAlgorithm kidAlgorithm, int kidCustomerDigits,
            int kidInvoiceDigits, boolean roundToWholeKroner, BigDecimal invoiceFee, boolean hasLogo,
            List<ChannelType> distributionOrder, String printerEmail, boolean factoringEnabled, Instant updatedAt,
            boolean numericKids) {

        static CompanySettingsView of(CompanySettings s) {
            return new CompanySettingsView(s.getName(), s.getOrgNumber(), s.isVatRegistered(),
                    s.isForetaksregisteret(), s.getAddressLine(), s.getPostalCode(), s.getCity(), s.getCountryCode(),
                    s.getPhone(), s.getBankAccount(), s.getIban(), s.getBic(), s.getEmailSender(),
                    s.getInvoiceStartNumber(), s.isCreditNoteOwnSeries(),
                    s.isCreditNoteOwnSeries() ? Long.valueOf(s.getCreditNoteStartNumber()) : null,
                    s.getPaymentTermsDays(), s.getKidAlgorithm(), s.getKidCustomerDigits(), s.getKidInvoiceDigits(),
                    s.isRoundToWholeKroner(), s.getInvoiceFee(), s.getLogoPng() != null, s.getDistributionOrder(),
                    s.getPrinterEmail(), s.isFactoringEnabled(), s.getUpdatedAt(), s.isNumericKids());
        }
    }
}
