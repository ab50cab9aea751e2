package no.fakturaflyt.distribution.bounce;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a bounce and takes it apart. A bounce is a delivery status notification (RFC 3464: multipart/report;
 * report-type=delivery-status, or message/global-delivery-status of RFC 6533) with at least one failed recipient, or a
 * plain message whose subject is one of the usual bounce subjects (Postfix "Undelivered Mail Returned to Sender",
 * Gmail "Delivery Status Notification (Failure)" and a few more).
 *
 * <ul>
 * <li>Failed recipient: Final-Recipient (else Original-Recipient) of each per-recipient block whose Action is
 * "failed"; for plain bounces X-Failed-Recipients, else Postfix's "&lt;address&gt;: …" line.</li>
 * <li>Reason: Diagnostic-Code and Status; for plain bounces the text after the address, else the first paragraph.</li>
 * <li>Original Message-ID: from the returned message (message/rfc822) or its headers (text/rfc822-headers), else the
 * bounce's In-Reply-To, else the last id in References, else a "Message-ID:" line quoted in the text.</li>
 * </ul>
 */
final class DeliveryStatusNotifications {

    /** Subjects of bounces that come as plain text (checked case-insensitively, anywhere in the subject). */
    static final List<String> BOUNCE_SUBJECTS = List.of("undelivered mail returned to sender",
            "delivery status notification (failure)", "mail delivery failed", "undeliverable:",
            "returned mail: see transcript for details", "failure notice");

    private static final int MAX_TEXT_BYTES = 256 * 1024;
    private static final int MAX_REASON_LENGTH = 1000;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern QUOTED_MESSAGE_ID = Pattern.compile("(?im)^\\s*Message-ID:\\s*(<[^<>\\s]+>)");
    private static final Pattern POSTFIX_RECIPIENT = Pattern.compile(
            "(?m)^<([^<>\\s@]+@[^<>\\s]+)>(?: \\(expanded from [^)]*\\))?:[ \\t]*(.*(?:\n[ \t]+.*)*)");

    private DeliveryStatusNotifications() {
    }

    /** The bounces in {@code message} (one per failed recipient), or empty when it is not a bounce. */
    static Optional<List<Bounce>> read(Message message) throws MessagingException, IOException {
        boolean report = isDeliveryReport(message);
        boolean bounceSubject = hasBounceSubject(message);
        if (!report && !bounceSubject) {
            return Optional.empty();
        }
        Contents contents = new Contents();
        collect(message, contents, 0);
        Instant receivedAt = receivedAt(message);
        String messageId = originalMessageId(message, contents);

        List<Bounce> bounces = new ArrayList<>();
        if (contents.deliveryStatus != null) {
            for (Map<String, String> fields : recipientBlocks(contents.deliveryStatus)) {
                if (failed(fields)) {
                    bounces.add(new Bounce(messageId, recipient(fields), reason(fields), receivedAt));
                }
            }
            if (bounces.isEmpty() && !bounceSubject) {
                return Optional.empty(); // delayed, delivered, relayed: not a bounce
            }
        }
        if (bounces.isEmpty()) {
            bounces.addAll(plainBounces(message, contents, messageId, receivedAt));
        }
        return Optional.of(bounces);
    }

    static boolean isDeliveryReport(Part part) throws MessagingException {
        ContentType type = contentType(part);
        return type != null && type.match("multipart/report")
                && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"));
    }

    private static boolean hasBounceSubject(Message message) throws MessagingException {
        String subject = message.getSubject();
        if (subject == null) {
            return false;
        }
        String lower = subject.toLowerCase(Locale.ROOT);
        return BOUNCE_SUBJECTS.stream().anyMatch(lower::contains);
    }

    /** What the parts of a bounce hold; the returned message itself is not searched. */
    private static final class Contents {
        String deliveryStatus;
        InternetHeaders originalHeaders;
        final List<String> texts = new ArrayList<>();
    }

    private static void collect(Part part, Contents contents, int depth) throws MessagingException, IOException {
        ContentType type = contentType(part);
        if (type == null || depth > 5) {
            return;
        }
        if (type.match("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i), contents, depth + 1);
                }
            }
        } else if (type.match("message/delivery-status") || type.match("message/global-delivery-status")) {
            if (contents.deliveryStatus == null) {
                contents.deliveryStatus = text(part, type);
            }
        } else if (type.match("message/rfc822") || type.match("message/global")) {
            if (contents.originalHeaders == null && part.getContent() instanceof Message original) {
                contents.originalHeaders = new InternetHeaders();
                for (String name : List.of("Message-ID", "Subject", "To")) {
                    String[] values = original.getHeader(name);
                    if (values != null && values.length > 0) {
                        contents.originalHeaders.addHeader(name, values[0]);
                    }
                }
            }
        } else if (type.match("text/rfc822-headers") || type.match("message/global-headers")) {
            if (contents.originalHeaders == null) {
                try (InputStream in = part.getInputStream()) {
                    contents.originalHeaders = new InternetHeaders(new ByteArrayInputStream(
                            in.readNBytes(MAX_TEXT_BYTES)));
                }
            }
        } else if (type.match("text/plain") && depth <= 2) {
            contents.texts.add(text(part, type));
        }
    }

    private static String originalMessageId(Message message, Contents contents) throws MessagingException {
        if (contents.originalHeaders != null) {
            String id = messageId(contents.originalHeaders.getHeader("Message-ID", null));
            if (id != null) {
                return id;
            }
        }
        String inReplyTo = messageId(message.getHeader("In-Reply-To") == null ? null
                : message.getHeader("In-Reply-To")[0]);
        if (inReplyTo != null) {
            return inReplyTo;
        }
        String[] references = message.getHeader("References");
        if (references != null) {
            Matcher matcher = MESSAGE_ID.matcher(String.join(" ", references));
            String last = null;
            while (matcher.find()) {
                last = matcher.group();
            }
            if (last != null) {
                return last;
            }
        }
        for (String text : contents.texts) {
            Matcher matcher = QUOTED_MESSAGE_ID.matcher(text);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    private static String messageId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher matcher = MESSAGE_ID.matcher(header);
        return matcher.find() ? matcher.group() : "<" + header.strip() + ">";
    }

    /** The per-recipient blocks of a message/delivery-status body (the first block is per message). */
    static List<Map<String, String>> recipientBlocks(String deliveryStatus) {
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, String> block = new HashMap<>();
        String lastName = null;
        for (String line : deliveryStatus.split("\n")) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new HashMap<>();
                }
                lastName = null;
            } else if (Character.isWhitespace(line.charAt(0)) && lastName != null) {
                block.merge(lastName, " " + line.strip(), String::concat);
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    block.putIfAbsent(lastName, line.substring(colon + 1).strip());
                }
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks.stream().filter(fields -> fields.containsKey("final-recipient")
                || fields.containsKey("original-recipient")).toList();
    }

    private static boolean failed(Map<String, String> fields) {
        String action = fields.get("action");
        if (action != null) {
            return action.toLowerCase(Locale.ROOT).startsWith("failed");
        }
        String status = fields.get("status");
        return status != null && status.startsWith("5");
    }

    private static String recipient(Map<String, String> fields) {
        String value = fields.getOrDefault("final-recipient", fields.get("original-recipient"));
        return address(withoutType(value));
    }

    private static String reason(Map<String, String> fields) {
        String diagnostic = withoutType(fields.get("diagnostic-code"));
        String status = fields.get("status");
        String reason;
        if (diagnostic != null && status != null) {
            reason = diagnostic + " (status " + status + ")";
        } else if (diagnostic != null) {
            reason = diagnostic;
        } else {
            reason = "Delivery failed" + (status != null ? " with status " + status : "");
        }
        return shorten(reason);
    }

    private static List<Bounce> plainBounces(Message message, Contents contents, String messageId,
            Instant receivedAt) throws MessagingException {
        String text = String.join("\n\n", contents.texts);
        String[] failedHeader = message.getHeader("X-Failed-Recipients");
        List<Bounce> bounces = new ArrayList<>();
        Matcher postfix = POSTFIX_RECIPIENT.matcher(text);
        while (postfix.find()) {
            bounces.add(new Bounce(messageId, postfix.group(1).strip(), shorten(postfix.group(2)), receivedAt));
        }
        if (!bounces.isEmpty()) {
            return bounces;
        }
        String reason = shorten(firstParagraph(text, message.getSubject()));
        if (failedHeader != null) {
            for (String recipient : String.join(",", failedHeader).split(",")) {
                if (!recipient.isBlank()) {
                    bounces.add(new Bounce(messageId, address(recipient), reason, receivedAt));
                }
            }
        }
        if (bounces.isEmpty()) {
            bounces.add(new Bounce(messageId, null, reason, receivedAt));
        }
        return bounces;
    }

    private static String firstParagraph(String text, String fallback) {
        for (String paragraph : text.split("\n[ \t]*\n")) {
            if (!paragraph.isBlank()) {
                return paragraph;
            }
        }
        return fallback == null ? "Undelivered" : fallback;
    }

    private static Instant receivedAt(Message message) throws MessagingException {
        if (message.getReceivedDate() != null) {
            return message.getReceivedDate().toInstant();
        }
        return message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.now();
    }

    private static String text(Part part, ContentType type) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(MAX_TEXT_BYTES);
        }
        Charset charset = StandardCharsets.UTF_8;
        String name = type.getParameter("charset");
        if (name != null) {
            try {
                charset = Charset.forName(name.strip());
            } catch (IllegalArgumentException e) {
                // keep UTF-8
            }
        }
        return new String(bytes, charset).replace("\r\n", "\n");
    }

    private static ContentType contentType(Part part) throws MessagingException {
        String value = part.getContentType();
        if (value == null) {
            return null;
        }
        try {
            return new ContentType(value);
        } catch (ParseException e) {
            return null;
        }
    }

    /** "rfc822; kari@example.com" → "kari@example.com", "smtp; 550 …" → "550 …". */
    private static String withoutType(String value) {
        if (value == null) {
            return null;
        }
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(semicolon + 1) : value).strip();
    }

    private static String address(String value) {
        if (value == null) {
            return null;
        }
        String address = value.strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1);
        }
        return address.isEmpty() ? null : address;
    }

    private static String shorten(String text) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        return collapsed.length() <= MAX_REASON_LENGTH ? collapsed : collapsed.substring(0, MAX_REASON_LENGTH) + "…";
    }
}
