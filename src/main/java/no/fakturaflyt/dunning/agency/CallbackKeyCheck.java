package no.fakturaflyt.dunning.agency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The agency's callback is let past the user login (see {@code SecurityConfig}) and checked here instead: the shared
 * key {@code fakturaflyt.collection-agency.callback-key} in {@value #HEADER}, compared in constant time, before the
 * body is even read. Without a configured key every call is refused. A refusal is a 401 problem detail.
 */
@Configuration(proxyBeanMethods = false)
class CallbackKeyCheck implements WebMvcConfigurer, HandlerInterceptor {

    static final String HEADER = "X-Callback-Key";

    private final CollectionAgencyProperties properties;

    CallbackKeyCheck(CollectionAgencyProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(CollectionAgencyCallbackController.PATH);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String expected = properties.callbackKey();
        String given = request.getHeader(HEADER);
        if (expected == null || expected.isBlank() || given == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        given.getBytes(StandardCharsets.UTF_8))) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    "The collection agency's callback needs the shared key in " + HEADER);
        }
        return true;
    }
}
