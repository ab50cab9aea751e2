package no.fakturaflyt.distribution.bounce;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads late bounces from the bounce mailbox over IMAP: every unseen message that is a delivery status notification
 * with a failed recipient (see {@link DeliveryStatusNotifications}) becomes one {@link Bounce} per failed recipient
 * and is marked seen. Anything else stays unseen for a person to look at and is logged once (per message and run of
 * the application). Messages are read with BODY.PEEK, so looking at a message does not mark it seen.
 *
 * <p>No scheduling here: a poller calls {@link #read()}. With {@code fakturaflyt.bounces.enabled=false} (the
 * default) it returns an empty list without connecting.
 */
@Component
public class BounceReader {

    private static final Logger log = LoggerFactory.getLogger(BounceReader.class);
    private static final int TIMEOUT_MILLIS = 20_000;
    private static final int REMEMBERED_MESSAGES = 10_000;

    private final BounceProperties properties;
    /** The messages already logged as left alone, so a message lying unseen for weeks is logged once. */
    private final Set<String> alreadyLogged = Collections.newSetFromMap(new LinkedHashMap<String, Boolean>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_MESSAGES;
        }
    });

    public BounceReader(BounceProperties properties) {
        this.properties = properties;
    }

    /**
     * The bounces among the unseen messages of the mailbox, which are then marked seen; a second call does not return
     * them again.
     *
     * @throws BounceReadException when the mailbox cannot be reached, logged into or opened
     */
    public synchronized List<Bounce> read() {
        if (!properties.enabled()) {
            return List.of();
        }
        String protocol = properties.ssl() ? "imaps" : "imap";
        Session session = Session.getInstance(sessionProperties(protocol));
        List<Bounce> bounces = new ArrayList<>();
        try (Store store = session.getStore(protocol)) {
            store.connect(properties.host(), properties.port(), properties.user(), properties.password());
            Folder folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (Message message : unseen) {
                    bounces.addAll(readOne(folder, message));
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new BounceReadException("Could not read the bounce mailbox " + properties + ": " + e.getMessage(),
                    e);
        }
        if (!bounces.isEmpty()) {
            log.info("Read {} bounce(s) from {}", bounces.size(), properties);
        }
        return bounces;
    }

    private List<Bounce> readOne(Folder folder, Message message) {
        String key = key(folder, message);
        try {
            Optional<List<Bounce>> bounces = DeliveryStatusNotifications.read(message);
            if (bounces.isEmpty()) {
                if (alreadyLogged.add(key)) {
                    log.info("Left message {} unseen in {}: not a bounce (subject '{}', from {})", key,
                            properties.folder(), message.getSubject(), Arrays.toString(message.getFrom()));
                }
                return List.of();
            }
            message.setFlag(Flags.Flag.SEEN, true);
            return bounces.get();
        } catch (MessagingException | IOException | RuntimeException e) {
            if (alreadyLogged.add(key)) {
                log.warn("Left message {} unseen in {}: could not read it as a bounce", key, properties.folder(), e);
            }
            return List.of();
        }
    }

    /** UIDVALIDITY/UID where the server has them, which stay put while other messages come and go. */
    private static String key(Folder folder, Message message) {
        try {
            if (folder instanceof UIDFolder uidFolder) {
                return uidFolder.getUIDValidity() + "/" + uidFolder.getUID(message);
            }
            String[] ids = message.getHeader("Message-ID");
            if (ids != null && ids.length > 0) {
                return ids[0];
            }
        } catch (MessagingException e) {
            // fall back on the message number
        }
        return "#" + message.getMessageNumber();
    }

    private Properties sessionProperties(String protocol) {
        Properties session = new Properties();
        String prefix = "mail." + protocol + ".";
        session.put(prefix + "peek", "true");
        session.put(prefix + "connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        session.put(prefix + "timeout", String.valueOf(TIMEOUT_MILLIS));
        session.put(prefix + "writetimeout", String.valueOf(TIMEOUT_MILLIS));
        if (properties.ssl()) {
            session.put(prefix + "ssl.checkserveridentity", "true");
        }
        return session;
    }
}
