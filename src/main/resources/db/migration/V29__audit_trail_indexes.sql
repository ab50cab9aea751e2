-- The auditor's trail and search (issue 19): the trail reads a document's follow-up case and the bank transaction
-- behind each payment by key; the search finds an invoice by its KID or date.
create index follow_up_case_invoice_idx on follow_up_case (invoice_id);
create index bank_transaction_payment_idx on bank_transaction (payment_id);
create index invoice_kid_idx on invoice (kid);
create index invoice_date_idx on invoice (invoice_date);
