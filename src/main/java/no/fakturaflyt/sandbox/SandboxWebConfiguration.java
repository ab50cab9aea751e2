package no.fakturaflyt.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Before every sandbox call: the API key, as a real provider checks it; then, for the providers' own endpoints, the
 * next injected fault of that provider: an error status (after the delay, if any; nothing is taken), or a delay alone
 * (the call is taken, the answer comes late). Errors become problem details.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "fakturaflyt.sandbox.enabled", havingValue = "true")
class SandboxWebConfiguration implements WebMvcConfigurer {

    static final String API_KEY_HEADER = "X-Api-Key";

    private final SandboxProperties properties;
    private final SandboxStore store;

    SandboxWebConfiguration(SandboxProperties properties, SandboxStore store) {
        this.properties = properties;
        this.store = store;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SandboxInterceptor()).addPathPatterns("/sandbox/**");
    }

    private final class SandboxInterceptor implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws InterruptedException {
            String apiKey = properties.apiKey();
            if (apiKey != null && !apiKey.isBlank() && !MessageDigest.isEqual(
                    apiKey.getBytes(StandardCharsets.UTF_8), bytes(request.getHeader(API_KEY_HEADER)))) {
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                        "The sandbox wants its API key in " + API_KEY_HEADER);
            }
            if (handler instanceof HandlerMethod method && (method.getBeanType() == SandboxProvidersController.class
                    || method.getBeanType() == SandboxCollectionAgencyController.class
                    || method.getBeanType() == SandboxBusinessRegisterController.class)) {
                String provider = provider(request);
                var fault = store.takeFault(provider);
                if (fault.isPresent() && fault.get().status() != null) {
                    // a failing provider, perhaps slow to fail: it takes nothing
                    if (fault.get().delayMillis() > 0) {
                        Thread.sleep(fault.get().delayMillis());
                    }
                    throw new ResponseStatusException(HttpStatusCode.valueOf(fault.get().status()),
                            "Fault injected by the sandbox for " + provider);
                }
                if (fault.isPresent() && fault.get().delayMillis() > 0) {
                    // a slow provider: it takes the call, then answers late (SandboxLateAnswers)
                    request.setAttribute(SandboxLateAnswers.DELAY_ATTRIBUTE, fault.get().delayMillis());
                }
            }
            return true;
        }

        private static byte[] bytes(String value) {
            return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        }

        /** {@code /sandbox/peppol/messages} → {@code peppol}. */
        private static String provider(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String[] segments = path.split("/");
            return segments.length > 2 ? segments[2] : "";
        }
    }
}
