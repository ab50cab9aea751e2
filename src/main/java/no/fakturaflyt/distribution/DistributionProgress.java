package no.fakturaflyt.distribution;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.OsloClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Tells in words where a distribution run stands, for a caller (the payment follow-up) that waits in its call
 * activity and must tell a clerk what it waits for and until when.
 */
@Service
public class DistributionProgress {

    static final String DELIVER_ACTIVITY = "Task_DeliverThroughChannel";
    static final String LATE_FAILURE_TIMER = "Event_LateFailureWindowPassed";
    static final String MANUAL_TASK = "UserTask_DistributeManually";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    DistributionProgress(RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    /**
     * What the distribution run called by this process instance is doing, e.g. "was delivered through EMAIL; the
     * run waits until 2026-06-05 10:00 for a bounce or rejection (late-failure window P2D)"; empty when the instance
     * runs no distribution now.
     */
    public Optional<String> describeRunCalledBy(String callerProcessInstanceId) {
        List<ProcessInstance> runs = runtime.createProcessInstanceQuery()
                .superProcessInstanceId(callerProcessInstanceId)
                .processDefinitionKey(DistributionRun.PROCESS_KEY).list();
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        String run = runs.get(0).getId();
        Job window = job(run, LATE_FAILURE_TIMER);
        if (window != null) {
            return Optional.of("was delivered through " + variable(run, DistributionRun.DELIVERED_CHANNEL)
                    + "; the run waits until " + format(window.getDuedate()) + " for a bounce or rejection (late-failure"
                    + " window " + variable(run, DistributionRun.LATE_FAILURE_WINDOW) + ") before it ends");
        }
        if (tasks.createTaskQuery().processInstanceId(run).taskDefinitionKey(MANUAL_TASK).count() > 0) {
            return Optional.of("could not be delivered through any channel; the task 'Distribute manually' waits for"
                    + " a clerk in Tasklist");
        }
        Job delivery = job(run, DELIVER_ACTIVITY);
        String channel = variable(run, DistributionRun.CURRENT_CHANNEL);
        if (delivery != null && delivery.getExceptionMessage() != null) {
            return Optional.of("failed through " + channel + " (" + delivery.getExceptionMessage() + "); it is tried"
                    + " again at " + format(delivery.getDuedate()) + ", " + delivery.getRetries() + " tries left");
        }
        return Optional.of("is being delivered through " + channel + " now");
    }

    private Job job(String processInstanceId, String activityId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .list();
        return jobs.isEmpty() ? null : jobs.get(0);
    }

    private String variable(String processInstanceId, String name) {
        Object value = runtime.getVariable(processInstanceId, name);
        return value == null ? "?" : value.toString();
    }

    private static String format(Date date) {
        return date == null ? "now" : WHEN.format(date.toInstant().atZone(OsloClock.OSLO));
    }
}
