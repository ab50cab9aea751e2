package no.fakturaflyt.payment.bankfile;

import java.io.IOException;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.fakturaflyt.common.TextInput;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.ScreenController;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bank files in the browser: upload (the API's import: checked whole first, then booked), a progress bar that follows
 * the booking, the outcome counts, and the unmatched payments with a link to their "Match payment" task in Tasklist.
 */
@ScreenController
class BankFilePages implements Navigable {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    private final BankFileImportService service;
    private final TaskService tasks;

    BankFilePages(BankFileImportService service, TaskService tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(50, "/bank-files", "nav.bankFiles");
    }

    @GetMapping("/bank-files")
    String list(Model model) {
        model.addAttribute("imports", service.list());
        model.addAttribute("errors", FormErrors.none());
        return "payment/bank-files";
    }

    @PostMapping("/bank-files")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal user, Model model)
            throws IOException {
        FormErrors errors = FormErrors.none();
        if (file == null || file.isEmpty()) {
            errors.reject("file", "bankFiles.chooseFile");
        }
        byte[] content = errors.isEmpty() ? file.getBytes() : null;
        Optional<BankFileImport> started = errors.attempt(() -> {
            TextInput.requireNoNul("file", file.getOriginalFilename());
            return service.importFile(file.getOriginalFilename(), content, "UPLOAD", user.getName());
        }, "file");
        if (started.isPresent()) {
            return "redirect:/bank-files/" + started.get().getId();
        }
        model.addAttribute("imports", service.list());
        model.addAttribute("errors", errors);
        return "payment/bank-files";
    }

    @GetMapping("/bank-files/{id}")
    String show(@PathVariable long id, Model model) {
        progress(id, model);
        return "payment/bank-file";
    }

    /** htmx: the progress and outcome, asked again every second until the booking is over. */
    @GetMapping("/bank-files/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        BankFileImport file = service.get(id);
        model.addAttribute("file", file);
        model.addAttribute("percent", file.getTransactions() == 0 ? 100
                : (int) (100L * file.getProcessed() / file.getTransactions()));
        List<IncomingTransaction> unmatched = service.transactionsOf(id,
                Optional.of(IncomingTransaction.Status.UNMATCHED));
        Map<Long, String> taskLinks = new HashMap<>();
        for (IncomingTransaction t : unmatched) {
            if (t.getProcessInstanceId() != null) {
                Task task = tasks.createTaskQuery().processInstanceId(t.getProcessInstanceId()).active()
                        .singleResult();
                if (task != null) {
                    taskLinks.put(t.getId(), TASKLIST + task.getId());
                }
            }
        }
        model.addAttribute("unmatched", unmatched);
        model.addAttribute("taskLinks", taskLinks);
        return "payment/bank-file :: progress";
    }
}
