-- The codes of each refused row's reasons with their arguments (JSON), so the screens say them in their language;
-- import_row.reasons keeps the API's English. Rows previewed before this keep their English only.
alter table import_row add column reason_codes varchar(8000);
