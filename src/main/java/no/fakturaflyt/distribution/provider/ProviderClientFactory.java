package no.fakturaflyt.distribution.provider;

import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import feign.Response;
import feign.Retryer;
import feign.Target;
import feign.auth.BasicAuthRequestInterceptor;
import feign.codec.ErrorDecoder;
import feign.optionals.OptionalDecoder;
import feign.slf4j.Slf4jLogger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.cloud.openfeign.support.ResponseEntityDecoder;
import org.springframework.cloud.openfeign.support.SpringDecoder;
import org.springframework.cloud.openfeign.support.SpringEncoder;
import org.springframework.cloud.openfeign.support.SpringMvcContract;

/**
 * Builds the provider clients: Feign with Spring MVC annotations and Spring's message converters (JSON by Jackson),
 * the provider's credentials as a header, its connect and read timeouts, and no retries of its own (the caller, a
 * process step, retries with backoff, always with the same {@code Idempotency-Key}).
 *
 * <p>The base URL is resolved on every request: a real URL is used as given; {@code self} (or empty) is this
 * application's own sandbox, whose port is only known once the web server runs (a random one in tests).
 *
 * <p>Errors: a 404 from a method marked {@link RecipientEndpoint} → {@link ProviderRecipientNotFoundException};
 * anything else → {@link feign.FeignException}: {@link feign.RetryableException} for I/O failures (timeouts,
 * connection refused), {@link feign.FeignException.FeignServerException} for 5xx,
 * {@link feign.FeignException.FeignClientException} for other 4xx.
 */
public class ProviderClientFactory {

    private final ObjectFactory<HttpMessageConverters> converters;
    private final Supplier<String> sandboxUrl;

    /**
     * @param converters the message converters (the application's, or {@code HttpMessageConverters::new})
     * @param sandboxUrl this application's sandbox root, e.g. {@code http://127.0.0.1:8080/sandbox}; asked on each
     *                   request to a provider configured as {@code self}
     */
    public ProviderClientFactory(ObjectFactory<HttpMessageConverters> converters, Supplier<String> sandboxUrl) {
        this.converters = converters;
        this.sandboxUrl = sandboxUrl;
    }

    /**
     * A client of one provider.
     *
     * @param api      the client interface, e.g. {@code PeppolAccessPointClient.class}
     * @param provider the provider's name: its sandbox path ({@code /sandbox/<provider>}) and its name in messages
     * @param settings URL, credentials and timeouts
     */
    public <T> T create(Class<T> api, String provider, ProviderProperties.Provider settings) {
        Set<String> recipientMethods = Arrays.stream(api.getMethods())
                .filter(method -> method.isAnnotationPresent(RecipientEndpoint.class))
                .map(method -> Feign.configKey(api, method))
                .collect(Collectors.toUnmodifiableSet());
        Supplier<String> baseUrl = settings.isSelf()
                ? () -> sandboxUrl.get() + "/" + provider
                : fixed(settings.baseUrl());
        return Feign.builder()
                .contract(new SpringMvcContract())
                .encoder(new SpringEncoder(converters))
                .decoder(new OptionalDecoder(new ResponseEntityDecoder(new SpringDecoder(converters))))
                .errorDecoder(new ProviderErrorDecoder(provider, recipientMethods))
                .requestInterceptor(credentials(settings))
                .options(new Request.Options(settings.connectTimeout(), settings.readTimeout(), false))
                .retryer(Retryer.NEVER_RETRY)
                .logger(new Slf4jLogger(api))
                .logLevel(Logger.Level.BASIC)
                .target(new ProviderTarget<>(api, provider, baseUrl));
    }

    private static Supplier<String> fixed(String url) {
        String trimmed = url.trim().replaceAll("/+$", "");
        return () -> trimmed;
    }

    private static RequestInterceptor credentials(ProviderProperties.Provider settings) {
        if (settings.username() != null && !settings.username().isBlank()) {
            return new BasicAuthRequestInterceptor(settings.username(),
                    settings.password() == null ? "" : settings.password(), StandardCharsets.UTF_8);
        }
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            return template -> template.header(settings.apiKeyHeader(), settings.apiKey());
        }
        return template -> { };
    }

    /** A target whose URL is computed when the request is made, not when the client is built. */
    private record ProviderTarget<T>(Class<T> type, String name, Supplier<String> baseUrl) implements Target<T> {

        @Override
        public String url() {
            return baseUrl.get();
        }

        @Override
        public Request apply(RequestTemplate template) {
            if (template.url().indexOf("http") != 0) {
                template.target(url());
            }
            return template.request();
        }
    }

    /** 404 on a recipient endpoint → the recipient is not on this channel; everything else → Feign's exceptions. */
    private static final class ProviderErrorDecoder implements ErrorDecoder {

        private final ErrorDecoder technical = new ErrorDecoder.Default();
        private final String provider;
        private final Set<String> recipientMethods;

        ProviderErrorDecoder(String provider, Set<String> recipientMethods) {
            this.provider = provider;
            this.recipientMethods = recipientMethods;
        }

        @Override
        public Exception decode(String methodKey, Response response) {
            if (response.status() == 404 && recipientMethods.contains(methodKey)) {
                return new ProviderRecipientNotFoundException(provider, "Recipient not reachable through " + provider
                        + " (" + methodKey + " answered 404" + detail(response) + ")");
            }
            return technical.decode(methodKey, response);
        }

        private static String detail(Response response) {
            if (response.body() == null) {
                return "";
            }
            try (InputStream body = response.body().asInputStream()) {
                String text = new String(body.readNBytes(500), StandardCharsets.UTF_8).strip();
                return text.isEmpty() ? "" : ": " + text;
            } catch (IOException e) {
                return "";
            }
        }
    }
}
