-- Issue 20 point 5: the invoice layout (a template of src/main/resources/document): the company's default,
-- and a customer's own choice that overrides it (null: the company's default).
alter table company_settings add column invoice_template varchar(20) default 'standard' not null;
alter table customer add column invoice_template varchar(20);
