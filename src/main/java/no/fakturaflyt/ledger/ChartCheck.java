package no.fakturaflyt.ledger;

import java.util.List;
import java.util.Map;

/**
 * A chart file checked: the rows that can be taken, what is wrong (row by row; row 0 is the chart as a whole) and,
 * per posting role, the account of the file it would post to.
 */
record ChartCheck(List<ChartEntry> entries, List<ChartProblem> problems, Map<Integer, Integer> booking) {
}
