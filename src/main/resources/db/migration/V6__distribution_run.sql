-- The distribution run: the company's default order of delivery channels, a customer's own order, and what the
-- channels need to know about the company and the customer.
alter table company_settings add column distribution_order varchar(200) not null default 'EHF,EFAKTURA,VIPPS,AVTALEGIRO,EMAIL,AUTOPOST';
alter table company_settings add column printer_email varchar(200);
alter table company_settings add column factoring_enabled boolean not null default false;

alter table customer add column distribution_order varchar(200);
alter table customer add column avtalegiro_mandate boolean not null default false;

-- a factored invoice's receivable is on the factoring company
insert into account (account_number, name) values (1580, 'Fordring på factoringselskap');
