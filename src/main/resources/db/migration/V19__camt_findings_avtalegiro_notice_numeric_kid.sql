-- camt.054: control figures that failed on entries not booked here (debits), kept on the import, one per line.
alter table bank_file_import add column control_findings varchar(4000);

-- KIDs of digits only (issue 15.6): on by default. With MOD11 an invoice KID then has a variant digit before its
-- check digit, 0, or 1 where 0 would give the check '-' (see KidGenerator).
alter table company_settings add column numeric_kids boolean not null default true;

-- AvtaleGiro: the notify flag (J/N) of the payer's mandate from the agreements file. J: the payer's bank notifies each
-- charge (claims of transaction type 21); N or unknown: we notify the payer ourselves before the charge (type 02).
alter table customer add column avtalegiro_bank_notice boolean not null default false;

-- The e-mail that carries the payee's own notice of an AvtaleGiro charge (claim of transaction type 02): the invoice,
-- marked "trekkes via AvtaleGiro", which the payer must not pay by hand.
insert into document_mail_template (document_kind, language, subject, body, version, updated_at) values
('AVTALEGIRO_NOTICE', 'nb', 'Faktura {invoiceNumber} fra {companyName} – trekkes via AvtaleGiro {dueDate}',
 'Hei {customerName},

Vedlagt følger faktura {invoiceNumber}. Beløpet trekkes via AvtaleGiro fra kontoen din på forfallsdatoen. Du skal ikke betale fakturaen selv.

Beløp: kr {amount}
Trekkes: {dueDate}
KID: {kid}

Med vennlig hilsen
{companyName}', 0, current_timestamp),
('AVTALEGIRO_NOTICE', 'en', 'Invoice {invoiceNumber} from {companyName} – charged via AvtaleGiro (trekkes via AvtaleGiro) on {dueDate}',
 'Dear {customerName},

Please find attached invoice {invoiceNumber}. The amount will be charged to your account via AvtaleGiro (trekkes via AvtaleGiro) on the due date. Please do not pay it yourself.

Amount: NOK {amount}
Charged on: {dueDate}
KID: {kid}

Kind regards
{companyName}', 0, current_timestamp);
