package no.fakturaflyt.sales;

import java.util.List;
import no.fakturaflyt.common.web.Tasklist;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The user tasks a quote's or order's process waits at, each with its link into Tasklist, for the pages. */
@Component
class WaitingTasks {

    private final TaskService tasks;

    WaitingTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    List<Waiting> of(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceId(processInstanceId).active().orderByTaskCreateTime().asc()
                .list().stream().map(t -> new Waiting(t.getName(), Tasklist.link(t.getId()))).toList();
    }

    record Waiting(String name, String link) {
    }
}
