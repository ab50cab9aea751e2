package no.fakturaflyt.imports;

import java.util.List;

/** What one row would do: create, update {@code targetId}, or be refused for {@code reasons}. */
record PlannedRow(ImportRow.Action action, Long targetId, String key, List<RowReason> reasons, Object form) {

    static PlannedRow refused(String key, List<RowReason> reasons) {
        return new PlannedRow(ImportRow.Action.REFUSE, null, key, List.copyOf(reasons), null);
    }
}
