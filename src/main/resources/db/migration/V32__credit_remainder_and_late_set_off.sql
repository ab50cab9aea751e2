-- A credit note that credits what is left of an invoice (issue 16 point 2): its VAT per rate and its rounding are
-- what is left of the invoice's, not recomputed from the lines left, so that the invoice's credit notes together
-- credit its net, its VAT per rate and its total to the øre. Null/no rows: computed from the lines as usual.
alter table invoice add column fixed_rounding numeric(19, 2);

create table invoice_fixed_vat (
    invoice_id bigint         not null references invoice (id),
    vat_rate   numeric(5, 2)  not null,
    vat_amount numeric(19, 2) not null,
    primary key (invoice_id, vat_rate)
);

-- Late interest accrues on a late set-off of the customer's credit balance as on a late payment (issue 16 point 2):
-- payment_id is then the set-off's credit movement, and paid_by says which of the two it is.
alter table interest_accrual add column paid_by varchar(20) default 'PAYMENT' not null;
alter table interest_accrual drop constraint interest_accrual_payment_from_uk;
alter table interest_accrual add constraint interest_accrual_payment_from_uk unique (paid_by, payment_id, from_date);
alter table pending_interest add column paid_by varchar(20) default 'PAYMENT' not null;
alter table pending_interest drop constraint pending_interest_payment_from_uk;
alter table pending_interest add constraint pending_interest_payment_from_uk unique (paid_by, payment_id, from_date);
