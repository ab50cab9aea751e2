package no.fakturaflyt.company;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.fakturaflyt.common.Iban;
import no.fakturaflyt.common.InvoiceTemplate;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.KidAlgorithm;
import no.fakturaflyt.common.LogoImage;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.PropertyChanges;
import no.fakturaflyt.common.RecordedChange;
import no.fakturaflyt.numbering.NumberSeriesService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the company settings, keeping the number series in step with them. Every change is published as
 * a {@link RecordedChange} for the system log, in the same transaction.
 */
@Service
public class CompanySettingsService {

    public static final String INVOICE_SERIES = "INVOICE";
    public static final String CREDIT_NOTE_SERIES = "CREDIT_NOTE";
    /** Left out of the system log's comparison: bookkeeping fields, the logo and template (each recorded alone). */
    private static final Set<String> NOT_COMPARED = Set.of("logoPng", "updatedAt", "version", "invoiceTemplate");

    private final CompanySettingsRepository repository;
    private final NumberSeriesService numberSeries;
    private final OsloClock clock;
    private final ApplicationEventPublisher events;

    CompanySettingsService(CompanySettingsRepository repository, NumberSeriesService numberSeries, OsloClock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.numberSeries = numberSeries;
        this.clock = clock;
        this.events = events;
    }

    /** The settings; fails with a clear message when the company has not been set up yet. */
    @Transactional(readOnly = true)
    public CompanySettings current() {
        return find().orElseThrow(() -> new IllegalStateException(
                "The company is not set up yet: PUT /api/company first"));
    }

    @Transactional(readOnly = true)
    public Optional<CompanySettings> find() {
        return repository.findById(CompanySettings.SINGLETON_ID);
    }

    /** Sets the company's default invoice layout; 400 naming {@code template} when it is missing or unknown. */
    @Transactional
    public CompanySettings chooseInvoiceTemplate(String template) {
        String key = InvoiceTemplate.checked(template, "template");
        if (key == null) {
            throw new InvalidInputException("template", "The company's invoice template is required; known templates: "
                    + InvoiceTemplate.keys(), "company.templateRequired");
        }
        CompanySettings settings = current();
        String before = settings.getInvoiceTemplate();
        settings.chooseInvoiceTemplate(key);
        if (!key.equals(before)) {
            events.publishEvent(RecordedChange.byCurrentUser(RecordedChange.INVOICE_TEMPLATE, "company",
                    RecordedChange.UPDATE, "invoiceTemplate", before, key));
        }
        return settings;
    }

    /** The series credit notes are numbered in: their own, or the invoices'. */
    @Transactional(readOnly = true)
    public String creditNoteSeries() {
        return current().isCreditNoteOwnSeries() ? CREDIT_NOTE_SERIES : INVOICE_SERIES;
    }

    @Transactional
    public CompanySettings update(CompanySettingsForm form) {
        boolean variantDigit = form.kidAlgorithm() == KidAlgorithm.MOD11
                && (form.numericKids() == null || form.numericKids());
        if (form.kidCustomerDigits() + form.kidInvoiceDigits() + (variantDigit ? 1 : 0) + 1 > 25) {
            throw new InvalidInputException("kidInvoiceDigits", "A KID has at most 25 digits: customer digits + "
                    + "invoice digits + 1 check digit" + (variantDigit ? " + 1 variant digit (numeric MOD11 KIDs)" : ""));
        }
        if (form.creditNoteOwnSeries() && form.creditNoteStartNumber() == null) {
            throw new InvalidInputException("creditNoteStartNumber",
                    "creditNoteStartNumber is required when credit notes have their own series");
        }
        if (form.iban() != null && !form.iban().isBlank()) {
            if (!Iban.isValid(form.iban())) {
                throw new InvalidInputException("iban", "The IBAN " + form.iban() + " fails the IBAN check digits "
                        + "(ISO 13616 mod 97); a Norwegian IBAN is NO + 2 check digits + the 11-digit account number");
            }
            if (Iban.compact(form.iban()).startsWith("NO") && !Iban.isOfAccount(form.iban(), form.bankAccount())) {
                throw new InvalidInputException("iban", "The IBAN " + form.iban() + " is not the IBAN of the bank "
                        + "account " + form.bankAccount() + " (that is " + Iban.ofNorwegianAccount(form.bankAccount())
                        + ")");
            }
        }
        CompanySettings existing = find().orElse(null);
        if (existing == null || existing.getInvoiceStartNumber() != form.invoiceStartNumber()) {
            numberSeries.restartAt(INVOICE_SERIES, form.invoiceStartNumber());
        }
        if (form.creditNoteOwnSeries() && (existing == null || !existing.isCreditNoteOwnSeries()
                || existing.getCreditNoteStartNumber() != form.creditNoteStartNumber())) {
            numberSeries.restartAt(CREDIT_NOTE_SERIES, form.creditNoteStartNumber());
        }
        CompanySettings settings = existing != null ? existing : new CompanySettings();
        Map<String, String> before = PropertyChanges.snapshot(existing, NOT_COMPARED);
        settings.apply(form, clock.now());
        PropertyChanges.between(null, RecordedChange.COMPANY_SETTINGS, before,
                PropertyChanges.snapshot(settings, NOT_COMPARED)).ifPresent(events::publishEvent);
        return repository.save(settings);
    }

    /**
     * Sets the logo, or removes it when {@code png} is empty. The PNG is checked with bounded memory
     * ({@link LogoImage}): structure, at most 512 KiB, sane pixel dimensions, and a full decode.
     */
    @Transactional
    public void updateLogo(byte[] png) {
        CompanySettings settings = current();
        String before = logo(settings.getLogoPng());
        if (png == null || png.length == 0) {
            settings.setLogoPng(null);
        } else {
            LogoImage.problem(png).ifPresent(problem -> {
                throw new InvalidInputException("logo", problem);
            });
            settings.setLogoPng(png);
        }
        events.publishEvent(RecordedChange.byCurrentUser(RecordedChange.COMPANY_SETTINGS, null, RecordedChange.UPDATE,
                "logo", before, logo(settings.getLogoPng())));
    }

    private static String logo(byte[] png) {
        return png == null ? "none" : "PNG of " + png.length + " bytes";
    }
}
