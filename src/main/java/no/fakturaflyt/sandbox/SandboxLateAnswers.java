package no.fakturaflyt.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A provider that took the call but answers late: the delay of an injected fault without a status is spent after the
 * provider endpoint did its work and before the answer is written. A caller that times out has been served anyway,
 * which is what its retry with the same Idempotency-Key must cope with.
 */
@ControllerAdvice(assignableTypes = {SandboxProvidersController.class, SandboxCollectionAgencyController.class})
@ConditionalOnProperty(name = "fakturaflyt.sandbox.enabled", havingValue = "true")
class SandboxLateAnswers implements ResponseBodyAdvice<Object> {

    static final String DELAY_ATTRIBUTE = SandboxLateAnswers.class.getName() + ".delayMillis";

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servlet
                && servlet.getServletRequest().getAttribute(DELAY_ATTRIBUTE) instanceof Long delayMillis) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return body;
    }
}
