package no.fakturaflyt.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerType;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scenario table: an invoice of 1 250.00, unpaid, followed up by the process through time with the default
 * policy (consumer 35, business 38, notice 35) and settings (3 postal days, first reminder 14 days after due). Each
 * row: when every letter goes out and the fee it carries — the cap of its sending day, never a third fee (a business
 * reminded in 2025 is charged 35, the cap then, though the policy asks 38).
 */
@FakturaflytTest
class FeeScenarioTest {

    @Autowired RuntimeService runtime;
    @Autowired InvoiceService invoices;
    @Autowired FollowUpService followUps;
    @Autowired FollowUpSettingsService settings;
    @Autowired TestData data;
    @Autowired Jobs jobs;

    @ParameterizedTest(name = "due {0}, {1}, {2} reminder(s)")
    @CsvSource(delimiter = '|', textBlock = """
            # due      | debtor   | reminders | reminder 1 | fee 1 | reminder 2 | fee 2 | notice     | notice fee
            2025-12-20 | BUSINESS | 2         | 2026-01-03 | 38.00 | 2026-01-21 | 38.00 | 2026-02-08 | 0.00
            2025-12-20 | PERSON   | 2         | 2026-01-03 | 35.00 | 2026-01-21 | 35.00 | 2026-02-08 | 0.00
            2025-11-03 | BUSINESS | 1         | 2025-11-17 | 35.00 |            |       | 2025-12-05 | 35.00
            2025-12-10 | PERSON   | 1         | 2025-12-24 | 35.00 |            |       | 2026-01-11 | 35.00
            """)
    void eachLetterGoesOutOnItsDayWithTheFeeTheLawAllows(LocalDate due, CustomerType debtor, int reminders,
            LocalDate reminder1, String fee1, LocalDate reminder2, String fee2, LocalDate notice, String noticeFee) {
        FollowUpSettings current = settings.current();
        settings.update(new FollowUpSettingsForm(current.getPostalDays(), current.getFirstReminderDays(), reminders,
                current.getTransferApproval(), current.getDocumentStyle(), current.getMinimumAmount(),
                current.getInterestNoteThreshold()), "admin");
        FollowUpTestSupport time = new FollowUpTestSupport(data, jobs, invoices, runtime);
        Customer customer = time.customer(debtor, "scenario-" + due + "-" + debtor.name().toLowerCase() + "@k.example");
        Invoice invoice = time.invoiceDue(due, customer);

        for (LocalDate day = due; !day.isAfter(notice); day = day.plusDays(1)) {
            time.at(day);
        }

        List<StepRecord> steps = followUps.stepsOf(invoice.getId());
        assertThat(steps).extracting(StepRecord::getStep).containsExactlyElementsOf(reminders == 2
                ? List.of(FollowUpStep.REMINDER_1, FollowUpStep.REMINDER_2, FollowUpStep.COLLECTION_NOTICE)
                : List.of(FollowUpStep.REMINDER_1, FollowUpStep.COLLECTION_NOTICE));
        assertThat(steps.get(0).getSentOn()).isEqualTo(reminder1);
        assertThat(steps.get(0).getFee()).isEqualByComparingTo(fee1);
        if (reminders == 2) {
            assertThat(steps.get(1).getSentOn()).isEqualTo(reminder2);
            assertThat(steps.get(1).getFee()).isEqualByComparingTo(fee2);
        }
        StepRecord last = steps.get(steps.size() - 1);
        assertThat(last.getSentOn()).isEqualTo(notice);
        assertThat(last.getFee()).isEqualByComparingTo(noticeFee);
        assertThat(last.getPayBy()).as("a notice gives at least 14 days").isAfterOrEqualTo(notice.plusDays(14));
        assertThat(steps.stream().filter(s -> s.getFee().signum() > 0).count()).as("never more than two fees")
                .isLessThanOrEqualTo(2);
    }
}
