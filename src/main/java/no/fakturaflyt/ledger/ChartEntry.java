package no.fakturaflyt.ledger;

/** One account of an imported chart, checked: its number, name and the SAF-T standard account it maps to. */
record ChartEntry(int row, int number, String name, int standardAccount) {
}
