-- Fiscal years and periods (issue 20 point 3; docs/how-it-works.md "Fiscal years and periods").
-- A fiscal year is the calendar year (regnskapsloven § 1-7), its periods the twelve months. A year without a row is
-- open; a row records who opened or closed it. A closed period or year takes no further vouchers.
create table fiscal_year (
    fiscal_year integer      primary key,
    status      varchar(10)  not null,
    opened_at   timestamp with time zone not null,
    opened_by   varchar(100),
    closed_at   timestamp with time zone,
    closed_by   varchar(100)
);

create table fiscal_period_closing (
    fiscal_year integer      not null,
    period_no   integer      not null,
    closed_at   timestamp with time zone not null,
    closed_by   varchar(100),
    constraint fiscal_period_closing_pk primary key (fiscal_year, period_no)
);

-- Every voucher names the year and period it belongs to, and the date of the document it books (the same as the
-- voucher date unless the document's own period was closed and it was booked in the first open one).
alter table voucher add column fiscal_year integer;
alter table voucher add column fiscal_period integer;
alter table voucher add column document_date date;
update voucher set fiscal_year = extract(year from voucher_date), fiscal_period = extract(month from voucher_date),
    document_date = voucher_date;
alter table voucher alter column fiscal_year set not null;
alter table voucher alter column fiscal_period set not null;
alter table voucher alter column document_date set not null;
create index voucher_period_idx on voucher (fiscal_year, fiscal_period);
