package no.fakturaflyt.sales;

/** Turns collective invoicing on or off in the order settings for a test, the other settings kept as they are. */
final class CollectiveInvoicing {

    private CollectiveInvoicing() {
    }

    static void use(SalesService sales, boolean on) {
        SalesSettings s = sales.settings();
        sales.updateSettings(new SalesSettingsForm(s.getQuoteValidityDays(), s.getQuoteExpiryReminderDays(), on,
                "P1D", s.getPaymentTermsDays(), s.getInvoiceFee(), s.getRoundToWholeKroner()), "admin");
    }
}
