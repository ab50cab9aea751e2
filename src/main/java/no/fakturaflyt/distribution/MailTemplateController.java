package no.fakturaflyt.distribution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mail-templates")
@Tag(name = "E-mail templates")
class MailTemplateController {

    private final MailTemplateService service;

    MailTemplateController(MailTemplateService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The e-mail templates per document kind and language, and the merge fields they may use")
    List<TemplateView> all() {
        return service.all().stream().map(TemplateView::of).toList();
    }

    @GetMapping("/{documentKind}/{language}")
    TemplateView get(@PathVariable MailKind documentKind, @PathVariable String language) {
        return TemplateView.of(service.get(documentKind, language));
    }

    @PutMapping("/{documentKind}/{language}")
    @Operation(summary = "Change the template of a document kind (INVOICE, CREDIT_NOTE, REMINDER, "
            + "COLLECTION_NOTICE) in a language (nb, en); placeholders like {invoiceNumber} must be merge fields of "
            + "that kind")
    TemplateView put(@PathVariable MailKind documentKind, @PathVariable String language,
            @Valid @RequestBody TemplateForm form) {
        return TemplateView.of(service.update(documentKind, language, form.subject(), form.body()));
    }

    record TemplateForm(@NotBlank @Size(max = 300) String subject, @NotBlank @Size(max = 4000) String body) {
    }

    record TemplateView(MailKind documentKind, String language, String subject, String body,
            Set<String> mergeFields, Instant updatedAt) {

        static TemplateView of(MailTemplate t) {
            return new TemplateView(t.getDocumentKind(), t.getLanguage(), t.getSubject(), t.getBody(),
                    new TreeSet<>(t.getDocumentKind().mergeFields()), t.getUpdatedAt());
        }
    }
}
