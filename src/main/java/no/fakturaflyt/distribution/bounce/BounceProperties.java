package no.fakturaflyt.distribution.bounce;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The IMAP mailbox that receives bounces of the invoices sent by e-mail (the envelope sender / Return-Path of
 * outgoing mail must point at it).
 *
 * @param enabled  read the mailbox; off by default, and then {@link BounceReader#read()} returns nothing
 * @param host     the IMAP server
 * @param port     the IMAP port (default 993 with SSL, 143 without)
 * @param user     the mailbox user
 * @param password the mailbox password
 * @param folder   the folder bounces arrive in (default INBOX)
 * @param ssl      connect with IMAPS, TLS from the first byte (default true)
 */
@ConfigurationProperties("fakturaflyt.bounces")
public record BounceProperties(@DefaultValue("false") boolean enabled, String host, int port, String user,
        String password, @DefaultValue("INBOX") String folder, @DefaultValue("true") boolean ssl) {

    public BounceProperties {
        folder = folder == null || folder.isBlank() ? "INBOX" : folder;
        port = port > 0 ? port : ssl ? 993 : 143;
    }

    /** Without the password, so the settings can be logged. */
    @Override
    public String toString() {
        return "BounceProperties[enabled=" + enabled + ", " + (ssl ? "imaps" : "imap") + "://" + user + "@" + host
                + ":" + port + "/" + folder + "]";
    }
}
