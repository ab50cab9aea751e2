package no.fakturaflyt.dunning;

/**
 * The steps of the payment follow-up in the order they happen: the three that may carry a fee, and the transfer to
 * the collection agency. The names are the values of the reminder policy's input {@code step}
 * ({@code bpmn/reminder-policy.dmn}).
 */
public enum FollowUpStep {
    REMINDER_1("first reminder", true),
    REMINDER_2("second reminder", true),
    COLLECTION_NOTICE("collection notice (inkassovarsel)", true),
    TRANSFER("transfer to the collection agency", false);

    private final String label;
    private final boolean mayCarryFee;

    FollowUpStep(String label, boolean mayCarryFee) {
        this.label = label;
        this.mayCarryFee = mayCarryFee;
    }

    public String label() {
        return label;
    }

    /** Whether the creditor may charge a fee with this step (the agency's charges on transfer are its own). */
    public boolean mayCarryFee() {
        return mayCarryFee;
    }
}
