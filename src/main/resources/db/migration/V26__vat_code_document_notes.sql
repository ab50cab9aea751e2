-- Issue 16 point 6: a line without VAT says why on the invoice, per VAT code and language (data, not code).
alter table vat_code add column document_note_nb varchar(200);
alter table vat_code add column document_note_en varchar(200);

update vat_code set document_note_nb = 'Fritatt for merverdiavgift',
                    document_note_en = 'Exempt from VAT (zero-rated)' where code = '5';
update vat_code set document_note_nb = 'Omvendt avgiftsplikt - Merverdiavgift ikke beregnet',
                    document_note_en = 'Reverse charge - VAT not calculated' where code = '51';
update vat_code set document_note_nb = 'Utførsel (eksport) - fritatt for merverdiavgift',
                    document_note_en = 'Export - exempt from Norwegian VAT' where code = '52';
update vat_code set document_note_nb = 'Utenfor merverdiavgiftsloven',
                    document_note_en = 'Outside the scope of the Norwegian VAT Act' where code = '6';
update vat_code set document_note_nb = 'Ingen merverdiavgiftsbehandling',
                    document_note_en = 'No VAT treatment' where code = '7';
