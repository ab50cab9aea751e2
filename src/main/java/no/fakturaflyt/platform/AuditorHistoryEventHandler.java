package no.fakturaflyt.platform;

import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history at level {@code full}, less the two kinds of rows no auditor reads and every invoice paid
 * for (issue 17): the log of each variable's every value ({@code ACT_HI_DETAIL} rows of variable updates; the last
 * value of each variable stays in {@code ACT_HI_VARINST}, and a user's change of a variable stays in the user
 * operation log) and the job log's routine entries (a job created, succeeded or deleted; a failed try, with its
 * error, is still written to {@code ACT_HI_JOB_LOG}). Everything else is written as level full writes it: process,
 * activity, task and variable instances, decisions with their inputs and outputs, incidents, identity links, the
 * user operation log and submitted form fields. The level stays {@code full} in the database, so an existing
 * installation starts unchanged; docs/how-it-works.md says where each fact an auditor reads lives.
 */
public class AuditorHistoryEventHandler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricJobLogEvent jobLog
                && (jobLog.isCreationLog() || jobLog.isSuccessLog() || jobLog.isDeletionLog())) {
            return;
        }
        super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return false;
    }
}
