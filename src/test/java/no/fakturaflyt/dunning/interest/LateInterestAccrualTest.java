package no.fakturaflyt.dunning.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.invoicing.Invoice;
import no.fakturaflyt.invoicing.InvoiceHistory;
import no.fakturaflyt.invoicing.InvoiceService;
import no.fakturaflyt.ledger.LedgerService;
import no.fakturaflyt.ledger.CreditMovement;
import no.fakturaflyt.payment.CustomerCreditService;
import no.fakturaflyt.payment.Payment;
import no.fakturaflyt.payment.PaymentForm;
import no.fakturaflyt.payment.PaymentService;
import no.fakturaflyt.payment.SetOffForm;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.Jobs;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Late interest accrued by payments made after the due date, exact to the øre: 10 000.00 at the legal rates of
 * norway.md §3, day by day from the day after the due date to the payment date.
 */
@FakturaflytTest
class LateInterestAccrualTest {

    @Autowired TestData data;
    @Autowired Jobs jobs;
    @Autowired InvoiceService invoices;
    @Autowired InvoiceHistory history;
    @Autowired PaymentService payments;
    @Autowired LedgerService ledger;
    @Autowired TransactionTemplate transactions;
    @Autowired InterestAccrualRepository accruals;
    @Autowired CustomerCreditService credits;

    LatePayments late;

    @BeforeEach
    void setUp() {
        late = new LatePayments(data, jobs, invoices, payments, ledger, transactions);
    }

    @Test
    void acrossAHalfYearEachDayHasTheRateOfItsHalfYear() {
        Invoice invoice = late.postedOn(LocalDate.of(2025, 6, 6), data.business("halvaar@kunde.example"), "10000.00");
        assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2025, 6, 20));

        Payment payment = late.paid(invoice, "10000.00", LocalDate.of(2025, 7, 10));

        // 21.–30.06: 10 days at 12.50 % = 34.2466; 01.–10.07: 10 days at 12.25 % = 33.5616
        InterestAccrual accrual = single(invoice);
        assertThat(accrual.getAmount()).isEqualByComparingTo("67.81");
        assertThat(accrual.getPaymentId()).isEqualTo(payment.getId());
        assertThat(accrual.getCustomerId()).isEqualTo(invoice.getCustomerId());
        assertThat(accrual.getInvoiceNumber()).isEqualTo(invoice.getInvoiceNumber());
        assertThat(accrual.getPrincipal()).isEqualByComparingTo("10000.00");
        assertThat(accrual.getFromDate()).isEqualTo(LocalDate.of(2025, 6, 21));
        assertThat(accrual.getToDate()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(accrual.getDays()).isEqualTo(20);
        assertThat(accrual.getCalculation()).contains("12.50 % × 10/365 (2025-06-21–2025-06-30)")
                .contains("12.25 % × 10/365 (2025-07-01–2025-07-10)").contains("67.81");
        assertThat(accrual.getBilledInvoiceId()).isNull();
        assertThat(history.of(invoice.getId())).anySatisfy(e -> {
            assertThat(e.getEventType()).isEqualTo("LATE_INTEREST_ACCRUED");
            assertThat(e.getDetails()).contains("67.81");
        });
    }

    @Test
    void inALeapYearADayIsAThreeHundredAndSixtySixthOfTheRate() {
        Invoice invoice = late.postedOn(LocalDate.of(2024, 2, 16), data.business("skuddaar@kunde.example"),
                "10000.00");
        assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2024, 3, 1));

        late.paid(invoice, "10000.00", LocalDate.of(2024, 3, 31));

        // 30 days × 12.50 % / 366 = 102.459
        InterestAccrual accrual = single(invoice);
        assertThat(accrual.getAmount()).isEqualByComparingTo("102.46");
        assertThat(accrual.getDays()).isEqualTo(30);
        assertThat(accrual.getCalculation()).contains("12.50 % × 30/366");
    }

    @Test
    void inAnOrdinaryYearADayIsAThreeHundredAndSixtyFifth() {
        Invoice invoice = late.postedOn(LocalDate.of(2025, 2, 15), data.person("vanlig@kunde.example", "nb"),
                "10000.00");
        assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2025, 3, 1));

        late.paid(invoice, "10000.00", LocalDate.of(2025, 3, 31));

        // 30 days × 12.50 % / 365 = 102.740
        InterestAccrual accrual = single(invoice);
        assertThat(accrual.getAmount()).isEqualByComparingTo("102.74");
        assertThat(accrual.getCalculation()).contains("12.50 % × 30/365");
    }

    @Test
    void aPaymentOnOrBeforeTheDueDateAccruesNothing() {
        Customer customer = data.business("punktlig@kunde.example");
        Invoice onTheDay = late.postedOn(LocalDate.of(2025, 2, 15), customer, "10000.00");
        late.paid(onTheDay, "10000.00", onTheDay.getDueDate());
        Invoice early = late.postedOn(LocalDate.of(2025, 2, 15), customer, "10000.00");
        late.paid(early, "10000.00", LocalDate.of(2025, 2, 20));
        Invoice oneDayLate = late.postedOn(LocalDate.of(2025, 2, 15), customer, "10000.00");
        late.paid(oneDayLate, "10000.00", oneDayLate.getDueDate().plusDays(1));

        assertThat(accruals.findByInvoiceIdOrderByIdAsc(onTheDay.getId())).isEmpty();
        assertThat(accruals.findByInvoiceIdOrderByIdAsc(early.getId())).isEmpty();
        // the day after the due date is the first day of interest: 12.50 % / 365 of 10 000
        assertThat(single(oneDayLate).getAmount()).isEqualByComparingTo("3.42");
    }

    @Test
    void eachPartialPaymentAccruesOnItsOwnAmountToItsOwnDate() {
        Invoice invoice = late.postedOn(LocalDate.of(2025, 2, 15), data.business("delvis@kunde.example"), "10000.00");

        late.paid(invoice, "4000.00", LocalDate.of(2025, 3, 11));
        late.paid(invoice, "6000.00", LocalDate.of(2025, 3, 31));

        List<InterestAccrual> list = accruals.findByInvoiceIdOrderByIdAsc(invoice.getId());
        assertThat(list).hasSize(2);
        // 4000 × 12.50 % × 10/365 = 13.699; 6000 × 12.50 % × 30/365 = 61.644
        assertThat(list.get(0).getPrincipal()).isEqualByComparingTo("4000.00");
        assertThat(list.get(0).getAmount()).isEqualByComparingTo("13.70");
        assertThat(list.get(0).getToDate()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(list.get(1).getPrincipal()).isEqualByComparingTo("6000.00");
        assertThat(list.get(1).getAmount()).isEqualByComparingTo("61.64");
        assertThat(list.get(1).getFromDate()).isEqualTo(LocalDate.of(2025, 3, 2));
    }

    @Test
    void feesCarryNoInterestAndARepeatedPaymentAccruesOnce() {
        Invoice invoice = late.postedOn(LocalDate.of(2025, 2, 15), data.business("gebyr@kunde.example"), "10000.00");
        late.feeClaimed(invoice, "REMINDER_1", "70.00", LocalDate.of(2025, 3, 2));

        LatePayments.at(LocalDate.of(2025, 3, 4));
        PaymentForm form = new PaymentForm(new BigDecimal("10070.00"), LocalDate.of(2025, 3, 3), "OCR 1");
        Payment payment = payments.register(invoice.getId(), form, "OCR", "ocr-file-7-record-3", "system");
        Payment again = payments.register(invoice.getId(), form, "OCR", "ocr-file-7-record-3", "system");

        assertThat(again.getId()).isEqualTo(payment.getId());
        assertThat(payment.getAppliedToFees()).isEqualByComparingTo("70.00");
        // interest on the 10 000 of the invoice only: 2 days × 12.50 % / 365
        InterestAccrual accrual = single(invoice);
        assertThat(accrual.getPrincipal()).isEqualByComparingTo("10000.00");
        assertThat(accrual.getAmount()).isEqualByComparingTo("6.85");
    }

    /**
     * Issue 16: the customer's credit balance set off against an invoice after its due date pays it on the set-off
     * date, and accrues what a bank payment of the same amount on the same day accrues (the figures of
     * {@link #eachPartialPaymentAccruesOnItsOwnAmountToItsOwnDate}); set off by the due date, it accrues nothing.
     */
    @Test
    void aLateSetOffOfTheCreditBalanceAccruesAsALatePaymentDoes() {
        Customer customer = data.business("motregning@kunde.example");
        Invoice returned = late.postedOn(LocalDate.of(2025, 2, 15), customer, "10000.00");
        late.paid(returned, "10000.00", LocalDate.of(2025, 2, 20));                 // on time
        Invoice invoice = late.postedOn(LocalDate.of(2025, 2, 15), customer, "10000.00");   // due 1 March
        Invoice onTime = late.postedOn(LocalDate.of(2025, 3, 10), customer, "10000.00");    // due 24 March
        LatePayments.at(LocalDate.of(2025, 3, 10));
        Invoice credit = invoices.createCreditNote(returned.getId(), null, "Returned", "clerk");
        invoices.send(credit.getId(), "clerk");
        jobs.executeAll();                                    // the paid 10 000.00 becomes the customer's credit

        LatePayments.at(LocalDate.of(2025, 3, 11));
        CreditMovement setOff = credits.setOff(customer.getId(), new SetOffForm(invoice.getId(),
                new BigDecimal("4000.00"), LocalDate.of(2025, 3, 11)), "clerk");
        LatePayments.at(LocalDate.of(2025, 3, 20));
        credits.setOff(customer.getId(), new SetOffForm(onTime.getId(), null, LocalDate.of(2025, 3, 20)), "clerk");
        Payment payment = late.paid(invoice, "6000.00", LocalDate.of(2025, 3, 31));

        // set-off 4000 on 11.03: 4000 × 12.50 % × 10/365 = 13.699; payment 6000 on 31.03: × 30/365 = 61.644
        List<InterestAccrual> list = accruals.findByInvoiceIdOrderByIdAsc(invoice.getId());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).getPaidBy()).isEqualTo(PaidBy.CREDIT_SET_OFF);
        assertThat(list.get(0).getPaymentId()).isEqualTo(setOff.getId());
        assertThat(list.get(0).getPrincipal()).isEqualByComparingTo("4000.00");
        assertThat(list.get(0).getFromDate()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(list.get(0).getToDate()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(list.get(0).getDays()).isEqualTo(10);
        assertThat(list.get(0).getAmount()).isEqualByComparingTo("13.70");
        assertThat(list.get(1).getPaidBy()).isEqualTo(PaidBy.PAYMENT);
        assertThat(list.get(1).getPaymentId()).isEqualTo(payment.getId());
        assertThat(list.get(1).getAmount()).isEqualByComparingTo("61.64");
        assertThat(history.of(invoice.getId())).anySatisfy(e -> {
            assertThat(e.getEventType()).isEqualTo("LATE_INTEREST_ACCRUED");
            assertThat(e.getDetails()).contains("13.70").contains("set-off");
        });
        assertThat(accruals.findByInvoiceIdOrderByIdAsc(onTime.getId())).as("set off before it fell due").isEmpty();
    }

    private InterestAccrual single(Invoice invoice) {
        List<InterestAccrual> list = accruals.findByInvoiceIdOrderByIdAsc(invoice.getId());
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
