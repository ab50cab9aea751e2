package no.fakturaflyt.common.web;

/** Where Camunda's Tasklist shows one user task: the screens link there, as user tasks are done in Tasklist. */
public final class Tasklist {

    static final String TASK_LINK = "/camunda/app/tasklist/default/#/?task=";

    private Tasklist() {
    }

    /** The path (within the application) of the task in Tasklist. */
    public static String link(String taskId) {
        return TASK_LINK + taskId;
    }
}
