-- Each signed callback of the collection agency is taken once: its id is kept for a while after the time window in
-- which its timestamp is accepted, so a replay is refused either by its id or by its age.
create table agency_callback_receipt (
    callback_id varchar(200) primary key,
    received_at timestamp with time zone not null
);
create index agency_callback_receipt_received_at on agency_callback_receipt (received_at);
