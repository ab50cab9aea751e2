package no.fakturaflyt.dunning.agency;

import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.RequestTemplate;
import feign.Retryer;
import feign.Target;
import feign.slf4j.Slf4jLogger;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.cloud.openfeign.support.ResponseEntityDecoder;
import org.springframework.cloud.openfeign.support.SpringDecoder;
import org.springframework.cloud.openfeign.support.SpringEncoder;
import org.springframework.cloud.openfeign.support.SpringMvcContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The agency client: Feign with Spring MVC annotations and JSON by the application's converters, the API key as a
 * header, the configured timeouts and no retries of its own (the follow-up process retries its job, always with the
 * same Idempotency-Key). The base URL is resolved per request, because {@code self} (this application's sandbox)
 * depends on the port the web server got, known only once it runs.
 */
@Configuration(proxyBeanMethods = false)
class CollectionAgencyClientConfiguration {

    static final String SANDBOX_PATH = "/sandbox/collection-agency";

    @Bean
    CollectionAgencyClient collectionAgencyClient(ObjectProvider<HttpMessageConverters> converters,
            CollectionAgencyProperties properties, Environment environment) {
        return client(converters, properties, properties.isSelf() ? () -> selfUrl(environment)
                : fixed(properties.baseUrl()));
    }

    /** A client of the agency at {@code baseUrl}; also how tests point one at a fault-injecting stand-in. */
    static CollectionAgencyClient client(ObjectFactory<HttpMessageConverters> converters,
            CollectionAgencyProperties properties, Supplier<String> baseUrl) {
        return Feign.builder()
                .contract(new SpringMvcContract())
                .encoder(new SpringEncoder(converters))
                .decoder(new ResponseEntityDecoder(new SpringDecoder(converters)))
                .requestInterceptor(template -> {
                    if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
                        template.header(properties.apiKeyHeader(), properties.apiKey());
                    }
                })
                .options(new Request.Options(properties.connectTimeout(), properties.readTimeout(), false))
                .retryer(Retryer.NEVER_RETRY)
                .logger(new Slf4jLogger(CollectionAgencyClient.class))
                .logLevel(Logger.Level.BASIC)
                .target(new LateBoundTarget(baseUrl));
    }

    static Supplier<String> fixed(String url) {
        String trimmed = url.trim().replaceAll("/+$", "");
        return () -> trimmed;
    }

    /** {@code http://127.0.0.1:<port><context-path>/sandbox/collection-agency}, asked when a request is made. */
    private static String selfUrl(Environment environment) {
        if (!environment.getProperty("fakturaflyt.sandbox.enabled", Boolean.class, false)) {
            throw new IllegalStateException("fakturaflyt.collection-agency.base-url is 'self' (this application's "
                    + "sandbox) but fakturaflyt.sandbox.enabled is false: configure the real agency's URL");
        }
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("The web server has not started yet, so the sandbox has no port");
        }
        String contextPath = environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "");
        return "http://127.0.0.1:" + port + contextPath + SANDBOX_PATH;
    }

    /** A target whose URL is computed when the request is made, not when the client is built. */
    private record LateBoundTarget(Supplier<String> baseUrl) implements Target<CollectionAgencyClient> {

        @Override
        public Class<CollectionAgencyClient> type() {
            return CollectionAgencyClient.class;
        }

        @Override
        public String name() {
            return "collection-agency";
        }

        @Override
        public String url() {
            return baseUrl.get();
        }

        @Override
        public feign.Request apply(RequestTemplate template) {
            if (template.url().indexOf("http") != 0) {
                template.target(url());
            }
            return template.request();
        }
    }
}
