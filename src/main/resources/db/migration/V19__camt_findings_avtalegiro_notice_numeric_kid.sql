-- camt.054: control figures that failed on entries not booked here (debits), kept on the import, one per line.
alter table bank_file_import add column control_findings varchar(4000);
