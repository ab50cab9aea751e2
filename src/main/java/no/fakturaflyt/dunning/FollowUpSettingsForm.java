package no.fakturaflyt.dunning;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The follow-up settings an administrator sets; see {@link FollowUpSettings} for what each means. */
public record FollowUpSettingsForm(
        @Min(0) @Max(14) int postalDays,
        @Min(1) @Max(90) int firstReminderDays,
        @Min(1) @Max(2) int reminderCount,
        @NotNull FollowUpSettings.TransferApproval transferApproval,
        @NotNull FollowUpSettings.DocumentStyle documentStyle,
        @NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal minimumAmount,
        @NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal interestNoteThreshold) {
}
