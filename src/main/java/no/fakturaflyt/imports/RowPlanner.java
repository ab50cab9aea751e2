package no.fakturaflyt.imports;

/** Decides, row after row of one file, what each would do; remembers earlier rows to find duplicates. */
interface RowPlanner {

    PlannedRow plan(ImportRowValues row);
}
