package no.fakturaflyt.imports;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.fakturaflyt.common.TextInput;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.ScreenController;
import no.fakturaflyt.common.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports in the browser: upload a customer or product file, read its preview row by row (created, updated or
 * refused and why), confirm, then follow the writing until its outcome. The same services as the API.
 */
@ScreenController
class ImportPages implements Navigable {

    private static final Pattern KEY = Pattern.compile("(customer|org\\.|product|line) (.+)");

    private final ImportPreviewService previews;
    private final ImportWriter writer;
    private final MessageSource messages;

    ImportPages(ImportPreviewService previews, ImportWriter writer, MessageSource messages) {
        this.previews = previews;
        this.writer = writer;
        this.messages = messages;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forWorkers(35, "/imports", "nav.imports");
    }

    @GetMapping("/imports")
    String list(Model model) {
        return listPage(model, FormErrors.none(), null);
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "file", required = false) MultipartFile file, Principal user, Model model)
            throws IOException {
        FormErrors errors = FormErrors.none();
        Optional<ImportKind> importKind = Arrays.stream(ImportKind.values())
                .filter(k -> k.name().equalsIgnoreCase(kind)).findFirst();
        if (importKind.isEmpty()) {
            errors.reject("kind", "imports.chooseKind");
        }
        if (file == null || file.isEmpty()) {
            errors.reject("file", "imports.chooseFile");
        }
        if (!errors.isEmpty()) {
            return listPage(model, errors, kind);
        }
        byte[] content = file.getBytes();
        try {
            Optional<ImportBatch> batch = errors.attempt(() -> {
                TextInput.requireNoNul("file", file.getOriginalFilename());
                return previews.preview(importKind.get(), file.getOriginalFilename(), content, user.getName());
            }, "file");
            if (batch.isPresent()) {
                return "redirect:/imports/" + batch.get().getId();
            }
        } catch (CsvFileException e) {
            errors.add("file", e);
        }
        return listPage(model, errors, kind);
    }

    @GetMapping("/imports/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return page(id, model, FormErrors.none());
    }

    @PostMapping("/imports/{id:\\d+}/confirm")
    String confirm(@PathVariable long id, Principal user, Model model) {
        FormErrors errors = FormErrors.none();
        Optional<ImportBatch> started = errors.attempt(() -> writer.confirm(id, user.getName()));
        return started.isPresent() ? "redirect:/imports/" + id : page(id, model, errors);
    }

    /** htmx: the progress and outcome, asked again every second while the import is being written. */
    @GetMapping("/imports/{id:\\d+}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("batch", ImportController.BatchView.of(previews.get(id)));
        return "imports/import :: progress";
    }

    private String page(long id, Model model, FormErrors errors) {
        model.addAttribute("batch", ImportController.BatchView.of(previews.get(id)));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("rows", previews.rows(id, null).stream().map(row -> new ImportController.RowView(
                row.getLineNo(), row.getAction(), row.getTargetId(), key(row.getRecordKey(), locale),
                previews.reasons(row).stream().map(reason -> text(reason, locale)).toList())).toList());
        model.addAttribute("errors", errors);
        return "imports/import";
    }

    private String listPage(Model model, FormErrors errors, String kind) {
        model.addAttribute("imports", previews.recent().stream().map(ImportController.BatchView::of).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("kind", kind == null ? "customers" : kind.toLowerCase());
        return "imports/imports";
    }

    /** "column: what is wrong" in the page's language (a reason stored without a code: its English). */
    private String text(RowReason reason, Locale locale) {
        String text = Texts.of(messages, reason, locale);
        return reason.field() == null ? text : reason.field() + ": " + text;
    }

    /** The row's key ("customer 10001", "org. 910000004", "product SK1", "line 5") in the page's language. */
    private String key(String key, Locale locale) {
        Matcher kind = KEY.matcher(key == null ? "" : key);
        return kind.matches() ? messages.getMessage("imports.key." + kind.group(1).replace(".", ""),
                new Object[] {kind.group(2)}, key, locale) : key;
    }
}
