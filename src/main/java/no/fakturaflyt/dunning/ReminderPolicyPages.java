package no.fakturaflyt.dunning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.ScreenController;
import no.fakturaflyt.common.web.CurrentUser;
import no.fakturaflyt.security.Roles;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reminder policy in the browser: its deployed versions as tables; for process owners and admins a candidate
 * (uploaded, or the table's cells edited), checked, tried against today's open receivables, deployed, and the running
 * follow-ups migrated after a preview. The same services as the API ({@link ReminderPolicyController}).
 */
@ScreenController
class ReminderPolicyPages implements Navigable {

    /** A row of the editor: the cells as the owner left them. */
    record EditorRow(int number, String id, String description, List<String> cells, boolean invalid) {
    }

    private static final java.time.format.DateTimeFormatter TIMES = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(no.fakturaflyt.common.OsloClock.OSLO);

    private final PolicyVersions versions;
    private final PolicyValidation validation;
    private final WhatIfSimulation whatIf;
    private final PolicyDeployment deployment;

    ReminderPolicyPages(PolicyVersions versions, PolicyValidation validation, WhatIfSimulation whatIf,
            PolicyDeployment deployment) {
        this.versions = versions;
        this.validation = validation;
        this.whatIf = whatIf;
        this.deployment = deployment;
    }

    @Override
    public NavigationEntry navigation() {
        return new NavigationEntry(78, "/reminder-policy", "nav.reminderPolicy",
                Set.of(Roles.PROCESS_OWNERS, Roles.ADMINS));
    }

    @GetMapping("/reminder-policy")
    String show(@RequestParam(required = false) String version, Model model) {
        PolicyTable shown = version == null ? versions.inForce() : versions.table(version);
        model.addAttribute("shownVersion", version);
        return page(model, shown, shown, editorRows(shown, Map.of(), Set.of()), List.of(), null,
                WhatIfSimulation.DEFAULT_DAYS);
    }

    @PostMapping("/reminder-policy/upload")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "" + WhatIfSimulation.DEFAULT_DAYS) int days, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(model, null, Map.of(), List.of(PolicyProblem.file("Choose a DMN file")), days);
        }
        String xml = new String(file.getBytes(), StandardCharsets.UTF_8);
        PolicyTable candidate;
        try {
            candidate = PolicyTable.parse(xml);
        } catch (PolicyRejectedException e) {
            return refused(model, null, Map.of(), e.problems(), days);
        }
        return tryCandidate(candidate, Map.of(), days, model);
    }

    @PostMapping("/reminder-policy/what-if")
    String whatIf(@RequestParam String xml, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "" + WhatIfSimulation.DEFAULT_DAYS) int days, Model model) {
        Map<String, String> cells = cells(params);
        PolicyTable base;
        try {
            base = PolicyTable.parse(xml);
        } catch (PolicyRejectedException e) {
            return refused(model, null, Map.of(), e.problems(), days);
        }
        try {
            return tryCandidate(base.edited(cells), cells, days, model);
        } catch (PolicyRejectedException e) {
            return refused(model, base, cells, e.problems(), days);
        }
    }

    @PostMapping("/reminder-policy/deploy")
    String deploy(@RequestParam String xml, @RequestParam Map<String, String> params, Principal user, Model model,
            RedirectAttributes redirect) {
        Map<String, String> cells = cells(params);
        PolicyTable base;
        try {
            base = PolicyTable.parse(xml);
        } catch (PolicyRejectedException e) {
            return refused(model, null, Map.of(), e.problems(), WhatIfSimulation.DEFAULT_DAYS);
        }
        try {
            PolicyDeployment.Deployed deployed = deployment.deploy(base.edited(cells).xml(), user.getName());
            redirect.addFlashAttribute("deployedVersion", deployed.version());
            return "redirect:/reminder-policy/migration";
        } catch (PolicyRejectedException e) {
            return refused(model, base, cells, e.problems(), WhatIfSimulation.DEFAULT_DAYS);
        }
    }

    @GetMapping("/reminder-policy/migration")
    String migration(Model model) {
        model.addAttribute("preview", deployment.preview());
        model.addAttribute("mayChange", mayChange());
        return "dunning/policy-migration";
    }

    @PostMapping("/reminder-policy/migration")
    String migrate(Principal user, RedirectAttributes redirect) {
        PolicyDeployment.Preview moved = deployment.migrate(user.getName());
        redirect.addFlashAttribute("migrated", moved.moving().size());
        return "redirect:/reminder-policy/migration";
    }

    private String tryCandidate(PolicyTable candidate, Map<String, String> cells, int days, Model model) {
        List<PolicyProblem> problems = validation.problems(candidate);
        if (!problems.isEmpty()) {
            return refused(model, candidate, cells, problems, days);
        }
        WhatIfSimulation.Result result;
        try {
            result = whatIf.simulate(candidate, days);
        } catch (InvalidInputException e) {
            return refused(model, candidate, cells, List.of(new PolicyProblem("days", null, null, e.getMessage())),
                    days);
        }
        return page(model, versions.inForce(), candidate, editorRows(candidate, Map.of(), Set.of()), List.of(),
                result, days);
    }

    private String refused(Model model, PolicyTable candidate, Map<String, String> cells, List<PolicyProblem> problems,
            int days) {
        PolicyTable base = candidate == null ? versions.inForce() : candidate;
        Set<Integer> rows = problems.stream().filter(p -> p.row() != null).map(PolicyProblem::row)
                .collect(Collectors.toSet());
        return page(model, versions.inForce(), base, editorRows(base, cells, rows), problems, null, days);
    }

    private String page(Model model, PolicyTable shown, PolicyTable editing, List<EditorRow> rows,
            List<PolicyProblem> problems, WhatIfSimulation.Result result, int days) {
        model.addAttribute("versions", versions.versions());
        model.addAttribute("times", TIMES);
        model.addAttribute("shown", shown);
        model.addAttribute("editing", editing);
        model.addAttribute("editorRows", rows);
        model.addAttribute("problems", problems);
        model.addAttribute("result", result);
        model.addAttribute("charts", result == null ? List.of() : PolicyCharts.of(result));
        model.addAttribute("days", days);
        model.addAttribute("mayChange", mayChange());
        return "dunning/reminder-policy";
    }

    private static List<EditorRow> editorRows(PolicyTable table, Map<String, String> cells, Set<Integer> invalid) {
        List<EditorRow> rows = new ArrayList<>();
        for (PolicyTable.Row row : table.rows()) {
            List<String> values = new ArrayList<>(row.inputs());
            values.addAll(row.outputs());
            for (int column = 0; column < values.size(); column++) {
                String posted = cells.get(PolicyTable.cellKey(row.number(), column));
                if (posted != null) {
                    values.set(column, posted);
                }
            }
            rows.add(new EditorRow(row.number(), row.id(), row.description(), values, invalid.contains(row.number())));
        }
        return rows;
    }

    private static Map<String, String> cells(Map<String, String> params) {
        return params.entrySet().stream().filter(e -> e.getKey().startsWith("cell-"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() == null ? "" : e.getValue()));
    }

    /** Process owners and admins change the policy; the page shows others no button for it. */
    private static boolean mayChange() {
        return CurrentUser.isInAny(Roles.PROCESS_OWNERS, Roles.ADMINS);
    }
}
