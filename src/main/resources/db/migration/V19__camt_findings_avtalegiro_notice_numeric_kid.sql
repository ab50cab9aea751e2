-- camt.054: control figures that failed on entries not booked here (debits), kept on the import, one per line.
alter table bank_file_import add column control_findings varchar(4000);

-- KIDs of digits only (issue 15.6): on by default. With MOD11 an invoice KID then has a variant digit before its
-- check digit, 0, or 1 where 0 would give the check '-' (see KidGenerator).
alter table company_settings add column numeric_kids boolean not null default true;
