-- The company that invoices: one row, id 1.
create table company_settings (
    id                       bigint primary key,
    name                     varchar(200)  not null,
    org_number               varchar(9)    not null,
    vat_registered           boolean       not null,
    foretaksregisteret       boolean       not null,
    address_line             varchar(200)  not null,
    postal_code              varchar(10)   not null,
    city                     varchar(100)  not null,
    country_code             varchar(2)    not null,
    phone                    varchar(30),
    bank_account             varchar(11)   not null,
    iban                     varchar(34),
    bic                      varchar(11),
    email_sender             varchar(200)  not null,
    invoice_start_number     bigint        not null,
    credit_note_own_series   boolean       not null,
    credit_note_start_number bigint        not null,
    payment_terms_days       integer       not null,
    kid_algorithm            varchar(5)    not null,
    kid_customer_digits      integer       not null,
    kid_invoice_digits       integer       not null,
    round_to_whole_kroner    boolean       not null,
    invoice_fee              numeric(19, 2) not null,
    logo_png                 bytea,
    version                  bigint        not null,
    updated_at               timestamp with time zone not null
);

-- Gap-free number series (invoices, credit notes, vouchers, customers); a row is locked while a number is taken.
create table number_series (
    code        varchar(30) primary key,
    next_number bigint      not null,
    issued      bigint      not null
);

insert into number_series (code, next_number, issued) values ('VOUCHER', 1, 0), ('CUSTOMER', 10001, 0);
