-- An invoice made from an order may carry the order settings' own payment terms and rounding; null = as before
-- (the customer's terms or the company's, the company's rounding).
alter table invoice add column payment_terms_days integer;
alter table invoice add column round_to_whole_kroner boolean;
