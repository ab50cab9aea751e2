package no.fakturaflyt.ledger;

/** Why a row of an imported chart (0: the chart as a whole) cannot be taken. */
record ChartProblem(int row, String field, String message) {
}
