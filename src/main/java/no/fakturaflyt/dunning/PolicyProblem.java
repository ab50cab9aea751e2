package no.fakturaflyt.dunning;

/**
 * One reason a candidate reminder policy is refused, at the rule (row of the table, counted from 1) or the column it
 * concerns; both null for the file as a whole.
 *
 * @param field   where, as the API names it: {@code file}, {@code hitPolicy}, {@code input.<name>},
 *                {@code output.<name>}, or {@code rule[<row>].<column>}
 * @param ruleId  the rule's id in the DMN, when a rule is at fault
 * @param row     its row in the table (1 = first rule)
 */
public record PolicyProblem(String field, String ruleId, Integer row, String message) {

    static PolicyProblem file(String message) {
        return new PolicyProblem("file", null, null, message);
    }

    static PolicyProblem rule(int row, String ruleId, String column, String message) {
        return new PolicyProblem("rule[" + row + "]" + (column == null ? "" : "." + column), ruleId, row,
                "Rule " + row + " (" + ruleId + "): " + message);
    }
}
