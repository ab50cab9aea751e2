package no.fakturaflyt.dunning;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.fakturaflyt.common.Money;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The what-if of a candidate reminder policy: every running follow-up, from where it stands today, played forward
 * day by day for the next days, once with the policy its case runs on and once with the candidate, through the same
 * rules the follow-up applies ({@link ReminderStepRules}, {@link ReminderFeeRules}, {@link FollowUpSchedule}). It
 * assumes nobody pays, no clerk pauses, and every approval is given on the day it is asked. It only reads: one
 * read-only transaction, no engine command that writes (the tables are evaluated outside the engine, without
 * history).
 */
@Service
public class WhatIfSimulation {

    public static final int DEFAULT_DAYS = 60;
    public static final int MAX_DAYS = 366;

    /** One letter or transfer as a version of the policy would make it. */
    public record SimulatedStep(FollowUpStep step, LocalDate on, BigDecimal fee, boolean approval, String rule,
            List<String> reasons) {
    }

    /** A case's steps within the period, and why it stops there (null: it goes on after the period). */
    public record Course(List<SimulatedStep> steps, String end) {
    }

    public record Totals(int reminders, int notices, int transfers, int fees, BigDecimal feeAmount, int approvals) {

        static final Totals NONE = new Totals(0, 0, 0, 0, Money.ZERO, 0);

        Totals plus(SimulatedStep s) {
            boolean charged = s.fee().signum() > 0;
            return new Totals(reminders + (s.step() == FollowUpStep.REMINDER_1 || s.step() == FollowUpStep.REMINDER_2
                    ? 1 : 0), notices + (s.step() == FollowUpStep.COLLECTION_NOTICE ? 1 : 0),
                    transfers + (s.step() == FollowUpStep.TRANSFER ? 1 : 0), fees + (charged ? 1 : 0),
                    feeAmount.add(s.fee()), approvals + (s.approval() ? 1 : 0));
        }

        public int letters() {
            return reminders + notices;
        }
    }

    /** One week (from its Monday) and customer type: what the deployed policies and the candidate produce. */
    public record WeekRow(LocalDate week, DebtorType customerType, Totals deployed, Totals candidate) {
    }

    public record Difference(long invoiceId, Long invoiceNumber, String customer, DebtorType customerType,
            BigDecimal outstanding, List<String> why) {
    }

    public record Result(LocalDate from, LocalDate to, int cases, List<WeekRow> weeks,
            Map<DebtorType, Totals> deployed, Map<DebtorType, Totals> candidate, List<Difference> differences,
            List<String> skipped) {
    }

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final FollowUpCaseRepository cases;
    private final StepRecordRepository steps;
    private final FollowUpService followUps;
    private final FollowUpSettingsService settings;
    private final InvoiceService invoices;
    private final LedgerService ledger;
    private final PolicyVersions versions;
    private final ReminderStepRules rules;
    private final OsloClock clock;

    WhatIfSimulation(RuntimeService runtime, RepositoryService repository, FollowUpCaseRepository cases,
            StepRecordRepository steps, FollowUpService followUps, FollowUpSettingsService settings,
            InvoiceService invoices, LedgerService ledger, PolicyVersions versions, ReminderFeeRules feeRules,
            OsloClock clock) {
        this.runtime = runtime;
        this.repository = repository;
        this.cases = cases;
        this.steps = steps;
        this.followUps = followUps;
        this.settings = settings;
        this.invoices = invoices;
        this.ledger = ledger;
        this.versions = versions;
        this.rules = new ReminderStepRules(feeRules);
        this.clock = clock;
    }

    /** What a running case is today, as the follow-up would find it at its next step. */
    record CaseFacts(long invoiceId, Long invoiceNumber, String customer, DebtorType type, LocalDate dueDate,
            LocalDate sentOn, BigDecimal outstanding, String nextStep, LocalDate nextStepOn,
            List<ReminderStepRules.SentStep> before) {
    }

    @Transactional(readOnly = true)
    public Result simulate(PolicyTable candidate, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new no.fakturaflyt.common.InvalidInputException("days", "days must be from 1 to " + MAX_DAYS
                    + ", not " + days);
        }
        LocalDate today = clock.today();
        LocalDate end = today.plusDays(days - 1L);
        FollowUpSettings current = settings.current();
        Map<String, String> deploymentOf = new HashMap<>();
        Map<String, String> instances = new LinkedHashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processDefinitionKey(PaymentFollowUp.PROCESS_KEY).list()) {
            instances.put(instance.getId(), deploymentOf.computeIfAbsent(instance.getProcessDefinitionId(),
                    id -> repository.getProcessDefinition(id).getDeploymentId()));
        }
        Map<LocalDate, Map<DebtorType, Totals[]>> weeks = new LinkedHashMap<>();
        for (LocalDate week = today.with(DayOfWeek.MONDAY); !week.isAfter(end); week = week.plusWeeks(1)) {
            Map<DebtorType, Totals[]> byType = new EnumMap<>(DebtorType.class);
            for (DebtorType type : DebtorType.values()) {
                byType.put(type, new Totals[] {Totals.NONE, Totals.NONE});
            }
            weeks.put(week, byType);
        }
        List<Difference> differences = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int simulated = 0;
        for (FollowUpCase followUp : instances.isEmpty() ? List.<FollowUpCase>of()
                : cases.findByProcessInstanceIdInOrderByInvoiceIdAsc(instances.keySet())) {
            if (followUp.getStage().isClosed() || followUp.getStage() == FollowUpStage.TRANSFERRED
                    || followUp.getNextStep() == null) {
                continue;
            }
            CaseFacts facts = facts(followUp);
            if (followUp.isPaused()) {
                skipped.add("Invoice " + facts.invoiceNumber() + " (" + facts.customer() + "): paused ("
                        + followUp.getPauseReason() + "); nothing happens until a clerk resumes it");
                continue;
            }
            simulated++;
            PolicyTable deployed = versions.tableOfDeployment(instances.get(followUp.getProcessInstanceId()));
            Course before = course(facts, deployed, today, end, current);
            Course after = course(facts, candidate, today, end, current);
            before.steps().forEach(s -> tally(weeks, facts.type(), s, 0));
            after.steps().forEach(s -> tally(weeks, facts.type(), s, 1));
            List<String> why = why(before, after);
            if (!why.isEmpty()) {
                differences.add(new Difference(facts.invoiceId(), facts.invoiceNumber(), facts.customer(),
                        facts.type(), facts.outstanding(), why));
            }
        }
        List<WeekRow> rows = new ArrayList<>();
        Map<DebtorType, Totals> deployedTotals = new EnumMap<>(DebtorType.class);
        Map<DebtorType, Totals> candidateTotals = new EnumMap<>(DebtorType.class);
        weeks.forEach((week, byType) -> byType.forEach((type, totals) -> {
            rows.add(new WeekRow(week, type, totals[0], totals[1]));
            deployedTotals.merge(type, totals[0], WhatIfSimulation::sum);
            candidateTotals.merge(type, totals[1], WhatIfSimulation::sum);
        }));
        return new Result(today, end, simulated, rows, deployedTotals, candidateTotals, differences, skipped);
    }

    private CaseFacts facts(FollowUpCase followUp) {
        Invoice invoice = invoices.get(followUp.getInvoiceId());
        return new CaseFacts(invoice.getId(), invoice.getInvoiceNumber(), invoice.getBuyerName(),
                followUps.debtorType(invoice), invoice.getDueDate(), FollowUpService.sentOn(invoice),
                ledger.openAmountOf(invoice.getId()), followUp.getNextStep(), followUp.getNextStepOn(),
                steps.findByCaseIdOrderByIdAsc(followUp.getId()).stream().map(ReminderStepRules.SentStep::of)
                        .toList());
    }

    /** The case played forward with one table, step by step, as the process would run it. */
    Course course(CaseFacts facts, PolicyTable table, LocalDate today, LocalDate end, FollowUpSettings current) {
        List<SimulatedStep> out = new ArrayList<>();
        List<ReminderStepRules.SentStep> before = new ArrayList<>(facts.before());
        String next = facts.nextStep();
        LocalDate on = facts.nextStepOn();
        LocalDate earliest = today;
        while (next != null && on != null && !on.isAfter(end) && out.size() <= FollowUpStep.values().length) {
            LocalDate day = on.isBefore(earliest) ? earliest : on;
            earliest = day;
            if (PaymentFollowUp.STEP_LIST.equals(next)) {
                next = FollowUpStep.REMINDER_1.name();
                on = FollowUpSchedule.firstReminderOn(facts.dueDate(), facts.sentOn(), current);
                continue;
            }
            FollowUpStep step = FollowUpStep.valueOf(next);
            if (ReminderStepRules.belowMinimum(facts.outstanding(), current)) {
                return new Course(out, "on hold from " + day + ": " + Amounts.kr(facts.outstanding())
                        + " is below the minimum amount to remind");
            }
            PolicyTable.Match match;
            try {
                match = table.decide(facts.type(), step, facts.outstanding());
            } catch (PolicyTable.EvaluationException e) {
                return new Course(out, "stops at the " + step.label() + " on " + day + ": " + e.getMessage());
            }
            boolean approval = match.decision().manual() || ReminderStepRules.transferNeedsApproval(step, current);
            if (step == FollowUpStep.TRANSFER) {
                out.add(new SimulatedStep(step, day, Money.ZERO, approval, match.rule(), List.of()));
                return new Course(out, null);
            }
            ReminderStepRules.Plan plan = rules.plan(new ReminderStepRules.Facts(step, facts.dueDate(), day,
                    facts.type(), before, match.decision().fee(), match.decision().daysToNextStep(), current));
            out.add(new SimulatedStep(step, day, plan.fee().amount(), approval, match.rule(), plan.reasons()));
            before.add(new ReminderStepRules.SentStep(step, day, plan.deadline().payBy(), plan.fee().amount()));
            next = plan.next() == null ? null : plan.next().name();
            on = plan.nextOn();
        }
        return new Course(out, null);
    }

    /** Why a case fares differently, step by step, in words. */
    static List<String> why(Course deployed, Course candidate) {
        Map<FollowUpStep, SimulatedStep> before = byStep(deployed);
        Map<FollowUpStep, SimulatedStep> after = byStep(candidate);
        List<String> why = new ArrayList<>();
        for (FollowUpStep step : FollowUpStep.values()) {
            SimulatedStep a = before.get(step);
            SimulatedStep b = after.get(step);
            if (a == null && b == null) {
                continue;
            }
            String label = "The " + step.label();
            if (a == null) {
                why.add(label + " on " + b.on() + " (fee " + Amounts.kr(b.fee()) + ") only with the candidate, "
                        + b.rule());
            } else if (b == null) {
                why.add(label + " on " + a.on() + " (fee " + Amounts.kr(a.fee()) + ") only with the deployed "
                        + "policy, " + a.rule());
            } else {
                List<String> changes = new ArrayList<>();
                if (!a.on().equals(b.on())) {
                    changes.add("sent on " + b.on() + " instead of " + a.on());
                }
                if (a.fee().compareTo(b.fee()) != 0) {
                    changes.add("fee " + Amounts.kr(a.fee()) + " → " + Amounts.kr(b.fee())
                            + (b.reasons().isEmpty() ? "" : " (" + b.reasons().get(0) + ")"));
                }
                if (a.approval() != b.approval()) {
                    changes.add(b.approval() ? "now waits for a clerk's approval" : "no longer waits for a clerk");
                }
                if (!changes.isEmpty()) {
                    why.add(label + ": " + String.join("; ", changes) + " (deployed " + a.rule() + ", candidate "
                            + b.rule() + ")");
                }
            }
        }
        if (!Objects.equals(deployed.end(), candidate.end())) {
            why.add("Deployed: " + (deployed.end() == null ? "goes on" : deployed.end()) + "; candidate: "
                    + (candidate.end() == null ? "goes on" : candidate.end()));
        }
        return why;
    }

    private static Map<FollowUpStep, SimulatedStep> byStep(Course course) {
        Map<FollowUpStep, SimulatedStep> map = new EnumMap<>(FollowUpStep.class);
        course.steps().forEach(s -> map.put(s.step(), s));
        return map;
    }

    private static void tally(Map<LocalDate, Map<DebtorType, Totals[]>> weeks, DebtorType type, SimulatedStep step,
            int version) {
        Map<DebtorType, Totals[]> week = weeks.get(step.on().with(DayOfWeek.MONDAY));
        if (week != null) {
            Totals[] totals = week.get(type);
            totals[version] = totals[version].plus(step);
        }
    }

    private static Totals sum(Totals a, Totals b) {
        return new Totals(a.reminders() + b.reminders(), a.notices() + b.notices(), a.transfers() + b.transfers(),
                a.fees() + b.fees(), a.feeAmount().add(b.feeAmount()), a.approvals() + b.approvals());
    }
}
