-- What a product costs the company per unit (excl. VAT), for the gross margin in the reports; null: not known.
alter table product add column cost_price numeric(19, 2);
