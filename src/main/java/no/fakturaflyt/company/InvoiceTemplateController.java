package no.fakturaflyt.company;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.fakturaflyt.common.InvoiceTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The invoice layouts, and the company's default among them (admins and process owners choose it). */
@RestController
@RequestMapping("/api/invoice-templates")
@Tag(name = "Invoice templates")
class InvoiceTemplateController {

    private final CompanySettingsService service;

    InvoiceTemplateController(CompanySettingsService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The invoice templates and the company's default (a customer may override it)")
    TemplatesView list() {
        return new TemplatesView(InvoiceTemplate.keys(), service.current().getInvoiceTemplate());
    }

    @PutMapping("/default")
    @Operation(summary = "Choose the company's default invoice template (admins and process owners)")
    TemplatesView chooseDefault(@RequestBody TemplateChoice choice) {
        service.chooseInvoiceTemplate(choice == null ? null : choice.template());
        return list();
    }

    record TemplateChoice(@Size(max = 20) String template) {
    }

    record TemplatesView(List<String> templates, String companyDefault) {
    }
}
