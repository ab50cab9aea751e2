package no.fakturaflyt.ledger;

import java.util.List;

/** An imported chart with problems: nothing of it is taken. Answered 400 with every problem, row by row. */
class ChartRejectedException extends RuntimeException {

    private final transient List<ChartProblem> problems;

    ChartRejectedException(List<ChartProblem> problems) {
        super(problems.size() + " problem(s) in the chart of accounts; nothing was imported");
        this.problems = List.copyOf(problems);
    }

    List<ChartProblem> problems() {
        return problems;
    }
}
