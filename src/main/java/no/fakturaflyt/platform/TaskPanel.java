package no.fakturaflyt.platform;

import java.security.Principal;
import no.fakturaflyt.common.web.Panel;
import no.fakturaflyt.common.web.ScreenController;
import no.fakturaflyt.common.web.Tasklist;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page's user tasks waiting for the logged-in user (his own, or offered to him or his groups), oldest
 * first, each with a link into Tasklist, where user tasks are done.
 */
@ScreenController
class TaskPanel {

    static final int SHOWN = 20;

    private final TaskService tasks;

    TaskPanel(TaskService tasks) {
        this.tasks = tasks;
    }

    @Bean
    static Panel tasksDashboardPanel() {
        return Panel.forEveryone(Panel.DASHBOARD, 5, "/tasks/panel");
    }

    @GetMapping("/tasks/panel")
    String panel(Principal user, Model model) {
        var query = tasks.createTaskQuery().active().or().taskAssignee(user.getName())
                .taskCandidateUser(user.getName()).endOr();
        model.addAttribute("count", query.count());
        model.addAttribute("tasks", query.orderByTaskCreateTime().asc().listPage(0, SHOWN));
        model.addAttribute("tasklist", Tasklist.link(""));
        return "platform/tasks-panel";
    }
}
