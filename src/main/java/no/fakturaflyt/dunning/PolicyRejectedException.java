package no.fakturaflyt.dunning;

import java.util.List;

/** A candidate reminder policy the follow-up could not run or the law forbids: nothing of it is deployed. */
public class PolicyRejectedException extends RuntimeException {

    private final List<PolicyProblem> problems;

    public PolicyRejectedException(List<PolicyProblem> problems) {
        super("The reminder policy is refused: " + problems.size() + " problem(s), first: "
                + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
