package no.fakturaflyt.customer.register;

import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.slf4j.Slf4jLogger;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.cloud.openfeign.support.ResponseEntityDecoder;
import org.springframework.cloud.openfeign.support.SpringDecoder;
import org.springframework.cloud.openfeign.support.SpringMvcContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The Enhetsregisteret client: Feign with Spring MVC annotations, JSON by the application's converters, the
 * configured timeouts, no retries (a clerk is waiting; a failure is answered at once). The root URL is set on each
 * request, so that {@code self} can name the sandbox on the port the web server got.
 */
@Configuration(proxyBeanMethods = false)
public class BusinessRegisterClientConfiguration {

    static final String SANDBOX_PATH = "/sandbox/brreg";

    @Bean
    EnhetsregisteretClient enhetsregisteretClient(ObjectProvider<HttpMessageConverters> converters,
            BusinessRegisterProperties properties, Environment environment) {
        Supplier<String> root = properties.isSelf() ? () -> sandboxRoot(environment)
                : () -> properties.baseUrl().replaceAll("/+$", "");
        return client(converters, properties, root);
    }

    /** A client of the register at {@code root}; also how a test points one at a WireMock server. */
    public static EnhetsregisteretClient client(ObjectFactory<HttpMessageConverters> converters,
            BusinessRegisterProperties properties, Supplier<String> root) {
        return Feign.builder()
                .contract(new SpringMvcContract())
                .decoder(new ResponseEntityDecoder(new SpringDecoder(converters)))
                .requestInterceptor(template -> {
                    template.target(root.get());
                    if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
                        template.header("X-Api-Key", properties.apiKey());
                    }
                })
                .options(new Request.Options(properties.connectTimeout(), properties.readTimeout(), false))
                .retryer(Retryer.NEVER_RETRY)
                .logger(new Slf4jLogger(EnhetsregisteretClient.class))
                .logLevel(Logger.Level.BASIC)
                .target(EnhetsregisteretClient.class, BusinessRegisterProperties.PUBLIC_URL);
    }

    private static String sandboxRoot(Environment environment) {
        if (!environment.getProperty("fakturaflyt.sandbox.enabled", Boolean.class, false)) {
            throw new IllegalStateException("fakturaflyt.business-register.base-url is 'self' but the sandbox is off;"
                    + " configure " + BusinessRegisterProperties.PUBLIC_URL);
        }
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("The web server has not started yet, so the sandbox has no port");
        }
        String contextPath = environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "");
        return "http://127.0.0.1:" + port + contextPath + SANDBOX_PATH;
    }
}
