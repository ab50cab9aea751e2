package no.fakturaflyt.distribution;

import java.util.List;
import no.fakturaflyt.common.ChannelType;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Where the run stands: the list of channels and the index of the one being tried, as process variables. */
final class ChannelCursor {

    private ChannelCursor() {
    }

    static void start(DelegateExecution execution, List<ChannelType> channels) {
        execution.setVariable(DistributionRun.CHANNELS, DistributionService.format(channels));
        execution.setVariable(DistributionRun.CHANNEL_COUNT, channels.size());
        moveTo(execution, 0);
    }

    static ChannelType current(DelegateExecution execution) {
        return channels(execution).get((Integer) execution.getVariable(DistributionRun.CHANNEL_INDEX));
    }

    static void next(DelegateExecution execution) {
        moveTo(execution, (Integer) execution.getVariable(DistributionRun.CHANNEL_INDEX) + 1);
    }

    private static void moveTo(DelegateExecution execution, int index) {
        List<ChannelType> channels = channels(execution);
        execution.setVariable(DistributionRun.CHANNEL_INDEX, index);
        execution.setVariable(DistributionRun.CURRENT_CHANNEL, index < channels.size() ? channels.get(index).name() : null);
    }

    private static List<ChannelType> channels(DelegateExecution execution) {
        List<ChannelType> channels = ChannelType.parseList((String) execution.getVariable(DistributionRun.CHANNELS));
        return channels == null ? List.of() : channels;
    }
}
