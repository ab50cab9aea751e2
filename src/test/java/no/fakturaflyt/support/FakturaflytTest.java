package no.fakturaflyt.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one application context all integration tests share: the real application on a random port, on embedded
 * PostgreSQL and GreenMail, with the job executor off so that tests drive jobs themselves ({@link Jobs}); each test
 * starts from a {@link CleanSlate}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@ExtendWith(CleanSlate.class)
@Import({TestData.class, InvoiceStories.class, Jobs.class, PostingFaultInjector.class, PaymentEvents.class,
        SameSiteRequests.class, Sandbox.class})
public @interface FakturaflytTest {
}
