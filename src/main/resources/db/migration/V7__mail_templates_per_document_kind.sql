-- E-mail templates per document kind (invoice, credit note) and language.
create table document_mail_template (
    document_kind varchar(20)   not null,
    language      varchar(2)    not null,
    subject       varchar(300)  not null,
    body          varchar(4000) not null,
    version       bigint        not null,
    updated_at    timestamp with time zone not null,
    primary key (document_kind, language)
);

insert into document_mail_template (document_kind, language, subject, body, version, updated_at)
select 'INVOICE', language, subject, body, version, updated_at from mail_template;

drop table mail_template;

insert into document_mail_template (document_kind, language, subject, body, version, updated_at) values
('CREDIT_NOTE', 'nb', 'Kreditnota {invoiceNumber} fra {companyName}',
 'Hei {customerName},

Vedlagt følger kreditnota {invoiceNumber} på kr {amount}. Beløpet avregnes mot fakturaen den krediterer.

Med vennlig hilsen
{companyName}', 0, current_timestamp),
('CREDIT_NOTE', 'en', 'Credit note {invoiceNumber} from {companyName}',
 'Dear {customerName},

Please find attached credit note {invoiceNumber} for NOK {amount}. It is set off against the invoice it credits.

Kind regards
{companyName}', 0, current_timestamp);
