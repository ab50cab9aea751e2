package no.fakturaflyt.dunning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reminder policy for process owners: its deployed versions as tables, a candidate's check and what-if, its
 * deployment and the migration of running follow-ups. Reading is for every role; everything that takes a candidate
 * is for process owners and admins (SecurityConfig), the what-if too, although it writes nothing.
 */
@RestController
@RequestMapping("/api/reminder-policy")
@Tag(name = "Reminder policy")
class ReminderPolicyController {

    /** A version as a table: columns, rules, hit policy. */
    record TableView(String hitPolicy, List<PolicyTable.Column> inputs, List<PolicyTable.Column> outputs,
            List<PolicyTable.Row> rules) {

        static TableView of(PolicyTable table) {
            return new TableView(table.hitPolicy(), table.inputs(), table.outputs(), table.rows());
        }
    }

    record VersionView(PolicyVersions.Version version, TableView table) {
    }

    private final PolicyVersions versions;
    private final PolicyValidation validation;
    private final WhatIfSimulation whatIf;
    private final PolicyDeployment deployment;

    ReminderPolicyController(PolicyVersions versions, PolicyValidation validation, WhatIfSimulation whatIf,
            PolicyDeployment deployment) {
        this.versions = versions;
        this.validation = validation;
        this.whatIf = whatIf;
        this.deployment = deployment;
    }

    @GetMapping("/versions")
    @Operation(summary = "The deployed versions of reminder-policy.dmn, newest first; inForce marks the one new cases get")
    List<PolicyVersions.Version> versions() {
        return versions.versions();
    }

    @GetMapping("/versions/{decisionDefinitionId}")
    @Operation(summary = "One deployed version as a table: inputs, outputs, rules, hit policy")
    VersionView version(@PathVariable String decisionDefinitionId) {
        PolicyVersions.Version version = versions.versions().stream()
                .filter(v -> v.decisionDefinitionId().equals(decisionDefinitionId)).findFirst()
                .orElseThrow(() -> new no.fakturaflyt.common.NotFoundException("Reminder policy version",
                        decisionDefinitionId));
        return new VersionView(version, TableView.of(versions.table(decisionDefinitionId)));
    }

    @PostMapping(value = "/check", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Check a candidate DMN: 200 with its table, or 400 naming each rule (row) or column at fault")
    TableView check(@RequestBody String dmn) {
        return TableView.of(validation.check(dmn));
    }

    @PostMapping(value = "/what-if", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "What a candidate DMN would do to today's open receivables in the next days (default 60), "
            + "per week and customer type, against the deployed policy; writes nothing")
    WhatIfSimulation.Result whatIf(@RequestBody String dmn,
            @RequestParam(defaultValue = "" + WhatIfSimulation.DEFAULT_DAYS) int days) {
        return whatIf.simulate(validation.check(dmn), days);
    }

    @PostMapping(value = "/deployments", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Deploy a checked candidate: new cases get it; running ones keep theirs until migrated")
    PolicyDeployment.Deployed deploy(@RequestBody String dmn, Principal user) {
        return deployment.deploy(dmn, user.getName());
    }

    @GetMapping("/migration")
    @Operation(summary = "Which running follow-ups would move to the version in force, and which cannot and why")
    PolicyDeployment.Preview migrationPreview() {
        return deployment.preview();
    }

    @PostMapping("/migration")
    @Operation(summary = "Move the running follow-ups the preview lets move to the version in force")
    PolicyDeployment.Preview migrate(Principal user) {
        return deployment.migrate(user.getName());
    }

    @ExceptionHandler(PolicyRejectedException.class)
    ProblemDetail rejected(PolicyRejectedException e) {
        return problem(e);
    }

    /** RFC 7807: 400, each problem in {@code errors} with its field, rule id and row. */
    static ProblemDetail problem(PolicyRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("\n",
                e.problems().stream().map(PolicyProblem::message).toList()));
        problem.setTitle("The reminder policy is refused; nothing was deployed");
        problem.setProperty("errors", e.problems().stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", p.field());
            error.put("rule", p.ruleId());
            error.put("row", p.row());
            error.put("message", p.message());
            return error;
        }).toList());
        problem.setProperty("field", e.problems().get(0).field());
        return problem;
    }
}
