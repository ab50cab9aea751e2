-- Bank-file transactions known by an identity the format guarantees, not by the bank's reference.
-- OCR Giro: data sender / transmission number / assignment number / transaction number ("OCR/00008080/0170031/0000002/
-- 0000001"). The archive reference of amount item 2 is not unique (the payer's agreement id for direct remittance, a
-- batch reference for terminal giro and standing orders), so it moves to bank_reference, for the clerk only.
-- camt.054 keeps its entry/transaction reference as identity (bank_reference = reference).
-- OCR rows imported before this version keep their reference ("<archive reference>/<settlement date>"): an import
-- recognises them by it (same amount, date, KID and direction) when such a file comes again.

alter table bank_transaction add column bank_reference varchar(120);
alter table bank_transaction add column hold_reason varchar(1000);

-- (plain SQL that both PostgreSQL and the demo's H2 run: no UPDATE … FROM, no split_part)
update bank_transaction set bank_reference = case when position('/' in reference) > 0
    then substring(reference, 1, position('/' in reference) - 1) else reference end
  where import_id in (select id from bank_file_import where format = 'OCR');
update bank_transaction set bank_reference = reference
  where import_id in (select id from bank_file_import where format <> 'OCR');

-- the import: transactions refused on their own (settlement date after today or too far back), the earlier import of
-- the very same file (same SHA-256), and what the file got wrong where no money is at stake
alter table bank_file_import add column refused integer not null default 0;
alter table bank_file_import add column same_file_as bigint references bank_file_import (id);
alter table bank_file_import add column warnings varchar(4000);
