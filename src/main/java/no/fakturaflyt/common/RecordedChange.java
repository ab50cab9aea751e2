package no.fakturaflyt.common;

/**
 * A change to the company's set-up or to a case that the engine's user-operation log does not see: settings,
 * templates, the chart of accounts, fiscal years and periods, a follow-up case moved, paused, resumed or written off.
 * The service that owns the change publishes it inside its own transaction; the audit module keeps it for the
 * system log in that transaction, so the change and its record are written together or not at all.
 *
 * @param user       who changed it; {@code null} for the logged-in user (or {@code system} when nobody is)
 * @param entityType what kind of thing changed, e.g. {@code CompanySettings}, {@code FollowUpCase}
 * @param entityId   which one, e.g. the invoice number of a case; may be {@code null} for a singleton
 * @param operation  what was done, e.g. {@code Update}, {@code Close}, {@code Pause}
 * @param property   which fields, or {@code null}
 * @param before     the value before, or {@code null}
 * @param after      the value after (or the reason given), or {@code null}
 */
public record RecordedChange(String user, String entityType, String entityId, String operation, String property,
        String before, String after) {

    /** Entity types, as the system log's filter names them. */
    public static final String COMPANY_SETTINGS = "CompanySettings";
    public static final String INVOICE_TEMPLATE = "InvoiceTemplate";
    public static final String CHART_OF_ACCOUNTS = "ChartOfAccounts";
    public static final String FISCAL_YEAR = "FiscalYear";
    public static final String FISCAL_PERIOD = "FiscalPeriod";
    public static final String FOLLOW_UP_CASE = "FollowUpCase";
    public static final String FOLLOW_UP_SETTINGS = "FollowUpSettings";
    public static final String MAIL_TEMPLATE = "MailTemplate";
    public static final String LEGAL_RATE = "LegalRate";

    /** Operations, as the system log's filter names them. */
    public static final String CREATE = "Create";
    public static final String UPDATE = "Update";
    public static final String IMPORT = "Import";
    public static final String OPEN = "Open";
    public static final String CLOSE = "Close";
    public static final String PAUSE = "Pause";
    public static final String RESUME = "Resume";
    public static final String ADVANCE = "Advance";
    public static final String WRITE_OFF = "WriteOff";

    /** A change by the logged-in user. */
    public static RecordedChange byCurrentUser(String entityType, String entityId, String operation, String property,
            String before, String after) {
        return new RecordedChange(null, entityType, entityId, operation, property, before, after);
    }
}
