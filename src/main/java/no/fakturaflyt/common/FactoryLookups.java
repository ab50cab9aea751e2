package no.fakturaflyt.common;

import jakarta.mail.util.StreamProvider;
import java.util.function.Supplier;
import javax.xml.transform.TransformerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pins the implementations that {@code TransformerFactory.newInstance()} and Jakarta Mail's {@code StreamProvider}
 * find, as the system properties those lookups read first.
 *
 * <p>Without a system property both look for their provider with a {@link java.util.ServiceLoader} scan of every jar
 * on the class path, on every call. FOP writes each PDF's XMP metadata through a new
 * {@code TransformerFactory.newInstance()}, and Jakarta Mail asks for its stream provider for every part of every
 * message: in the billing-run benchmark the scan was 46 % of the time spent making a PDF. Pinning keeps exactly the
 * implementation the scan finds (the first provider on the class path, here Saxon), so nothing changes but the cost.
 * A property already set (e.g. {@code -Djavax.xml.transform.TransformerFactory=…}) is left as it is.
 */
@Component
public class FactoryLookups {

    private static final Logger log = LoggerFactory.getLogger(FactoryLookups.class);

    public FactoryLookups() {
        pinAll();
    }

    /** Pins both lookups; safe to call more than once. */
    public static synchronized void pinAll() {
        pin(TransformerFactory.class.getName(), TransformerFactory::newInstance);
        pin(StreamProvider.class.getName(), StreamProvider::provider);
    }

    private static void pin(String property, Supplier<Object> lookup) {
        if (System.getProperty(property) != null) {
            return;
        }
        String implementation = lookup.get().getClass().getName();
        System.setProperty(property, implementation);
        log.debug("{} pinned to {}", property, implementation);
    }
}
