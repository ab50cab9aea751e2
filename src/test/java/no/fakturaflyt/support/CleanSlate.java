package no.fakturaflyt.support;

import java.math.BigDecimal;
import java.util.List;
import no.fakturaflyt.dunning.FollowUpSettings;
import no.fakturaflyt.dunning.FollowUpSettingsForm;
import no.fakturaflyt.dunning.FollowUpSettingsService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every integration test starts with the test company set up, an empty mailbox, the real clock and no payment
 * follow-up left running from an earlier test, the default follow-up settings (its timers would fire when this test moves the clock), and leaves the
 * clock as it found it, whatever time travel it did.
 */
public class CleanSlate implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ClockUtil.reset();
        TestInfrastructure.greenMail().purgeEmailFromAllMailboxes();
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        RuntimeService runtime = spring.getBean(RuntimeService.class);
        List<String> followUps = runtime.createProcessInstanceQuery().processDefinitionKey("payment-follow-up").list()
                .stream().map(ProcessInstance::getId).toList();
        if (!followUps.isEmpty()) {
            runtime.deleteProcessInstances(followUps, "clean slate for the next test", true, true);
        }
        spring.getBean(TestData.class).company();
        spring.getBean(FollowUpSettingsService.class).update(new FollowUpSettingsForm(3, 14, 2,
                FollowUpSettings.TransferApproval.MANUAL, FollowUpSettings.DocumentStyle.INVOICE_COPY,
                new BigDecimal("25.00"), new BigDecimal("100.00")), "test");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
