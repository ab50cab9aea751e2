-- E-mail templates for the payment follow-up's documents: one for reminders (first and second, {reminderNumber} says
-- which) and one for the collection notice (inkassovarsel), in Norwegian and English. {amount} is what the document
-- asks for, {dueDate} the invoice's own due date, {payBy} the document's new deadline.
insert into document_mail_template (document_kind, language, subject, body, version, updated_at) values
('REMINDER', 'nb', 'Purring på faktura {invoiceNumber} fra {companyName}',
 'Hei {customerName},

Vi har ikke registrert betaling av faktura {invoiceNumber}, som forfalt {dueDate}. Vedlagt følger påminnelse nr. {reminderNumber}.

Å betale: kr {amount}
Ny betalingsfrist: {payBy}
Kontonummer: {bankAccount}
KID: {kid}

Har du betalt i mellomtiden, kan du se bort fra denne påminnelsen.

Med vennlig hilsen
{companyName}', 0, current_timestamp),
('REMINDER', 'en', 'Payment reminder: invoice {invoiceNumber} from {companyName}',
 'Dear {customerName},

We have not received payment of invoice {invoiceNumber}, which was due on {dueDate}. Please find attached reminder no. {reminderNumber}.

Amount to pay: NOK {amount}
New deadline: {payBy}
Account number: {bankAccount}
KID: {kid}

If you have paid in the meantime, please disregard this reminder.

Kind regards
{companyName}', 0, current_timestamp),
('COLLECTION_NOTICE', 'nb', 'Inkassovarsel – faktura {invoiceNumber}',
 'Hei {customerName},

Faktura {invoiceNumber}, som forfalt {dueDate}, er fortsatt ikke betalt. Vedlagt følger inkassovarsel.

Å betale: kr {amount}
Betalingsfrist: {payBy}
Kontonummer: {bankAccount}
KID: {kid}

Dersom kravet ikke er betalt innen {payBy}, vil det bli sendt til inkasso. Inkasso vil medføre ytterligere kostnader for deg som skyldner.

Med vennlig hilsen
{companyName}', 0, current_timestamp),
('COLLECTION_NOTICE', 'en', 'Debt collection notice – invoice {invoiceNumber}',
 'Dear {customerName},

Invoice {invoiceNumber}, which was due on {dueDate}, is still unpaid. Please find attached a debt collection notice.

Amount to pay: NOK {amount}
Deadline: {payBy}
Account number: {bankAccount}
KID: {kid}

If the claim is not paid by {payBy}, it will be sent to a debt collection agency. Collection will cause you further costs as the debtor.

Kind regards
{companyName}', 0, current_timestamp);
