package no.fakturaflyt.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every integration test starts with the test company set up, an empty mailbox and the real clock, and leaves the
 * clock as it found it, whatever time travel it did.
 */
public class CleanSlate implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ClockUtil.reset();
        TestInfrastructure.greenMail().purgeEmailFromAllMailboxes();
        SpringExtension.getApplicationContext(context).getBean(TestData.class).company();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
