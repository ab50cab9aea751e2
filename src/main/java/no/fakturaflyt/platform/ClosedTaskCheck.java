package no.fakturaflyt.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * Completing a task through engine REST or Tasklist that has ended meanwhile (e.g. the order was confirmed or
 * delivered through our API, which completed the task): 409 saying which task it was and when it ended, instead of
 * Camunda's 500 "Cannot find task". Reload the task list to get the task that follows.
 */
public final class ClosedTaskCheck implements ContainerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile("(?:^|/)task/([^/]+)/(complete|submit-form|resolve)/?$");

    @Override
    public void filter(ContainerRequestContext request) {
        Matcher completion = COMPLETION.matcher(request.getUriInfo().getPath());
        if (!"POST".equals(request.getMethod()) || !completion.find()) {
            return;
        }
        String taskId = completion.group(1);
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        IdentityService identity = engine.getIdentityService();
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();       // whether it exists, not whether this user may see it
        try {
            if (engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0) {
                return;
            }
            HistoricTaskInstance ended = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                    .singleResult();
            if (ended != null && ended.getEndTime() != null) {
                request.abortWith(EngineRestProblems.problem(409, "conflict", "Task no longer open",
                        "The task '" + ended.getName() + "' is no longer open: it was " + ended.getDeleteReason()
                                + " at " + ended.getEndTime().toInstant()
                                + (ended.getAssignee() == null ? "" : " (assignee " + ended.getAssignee() + ")")
                                + ". What it asked for was done elsewhere, e.g. through the API; reload the task "
                                + "list for the task that follows.",
                        Map.of("taskId", taskId, "processInstanceId", String.valueOf(ended.getProcessInstanceId()))));
            }
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }
}
