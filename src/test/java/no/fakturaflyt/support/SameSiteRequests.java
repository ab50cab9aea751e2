package no.fakturaflyt.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The tests' HTTP client (TestRestTemplate, built from the context's RestTemplateBuilder) marks every request with
 * {@code X-Requested-With}, as the API wants of a change that comes without a JSON body (a body-less POST, a file
 * upload): the API refuses what a browser could have sent from another site. A test that wants to act as such a
 * browser removes or overrides the header itself ({@link #HEADER}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class SameSiteRequests {

    public static final String HEADER = "X-Requested-With";
    public static final String VALUE = "fakturaflyt-tests";

    @Bean
    RestTemplateCustomizer sameSiteRequestHeader() {
        return restTemplate -> restTemplate.getInterceptors().add((request, body, execution) -> {
            if (!request.getHeaders().containsKey(HEADER)) {
                request.getHeaders().set(HEADER, VALUE);
            }
            return execution.execute(request, body);
        });
    }
}
