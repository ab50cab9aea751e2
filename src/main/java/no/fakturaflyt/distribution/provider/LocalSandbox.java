package no.fakturaflyt.distribution.provider;

import java.util.function.Supplier;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where this application's own provider sandbox answers: {@code http://127.0.0.1:<port><context-path>/sandbox}, with
 * the port the web server actually got (random in tests), learnt when it starts.
 */
@Component
class LocalSandbox implements ApplicationListener<WebServerInitializedEvent>, Supplier<String> {

    private final Environment environment;
    private volatile String url;

    LocalSandbox(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String namespace = event.getApplicationContext().getServerNamespace();
        if (namespace != null && !namespace.isEmpty()) {
            return; // e.g. the management server on a port of its own
        }
        boolean ssl = environment.getProperty("server.ssl.enabled", Boolean.class, false);
        String host = environment.getProperty("server.address", "");
        if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        String contextPath = environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "");
        url = (ssl ? "https" : "http") + "://" + host + ":" + event.getWebServer().getPort() + contextPath
                + "/sandbox";
    }

    /**
     * @throws IllegalStateException when the sandbox is off (a provider configured as {@code self} would only get
     *                               404s, which must not read as "recipient unknown") or the server is not up yet
     */
    @Override
    public String get() {
        if (!environment.getProperty("fakturaflyt.sandbox.enabled", Boolean.class, false)) {
            throw new IllegalStateException("A provider's base-url is 'self' (this application's sandbox) but "
                    + "fakturaflyt.sandbox.enabled is false: set fakturaflyt.providers.<provider>.base-url");
        }
        String current = url;
        if (current == null) {
            throw new IllegalStateException("The web server has not started yet, so the sandbox has no port");
        }
        return current;
    }
}
