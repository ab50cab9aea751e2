package no.fakturaflyt.dunning;

import java.util.List;

/** A collection notice's deadline, and why it is what it is (e.g. raised to the legal minimum). */
public record NoticeDeadline(Deadline deadline, List<String> reasons) {

    public NoticeDeadline {
        reasons = List.copyOf(reasons);
    }

    public boolean raised() {
        return !reasons.isEmpty();
    }
}
