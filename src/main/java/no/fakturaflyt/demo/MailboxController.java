package no.fakturaflyt.demo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.fakturaflyt.common.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads the default run's mail sink: what was sent, to whom, with which attachments. */
@RestController
@RequestMapping("/api/demo/mailbox")
@ConditionalOnBean(MailSink.class)
@Tag(name = "Demo mailbox (default run only)")
class MailboxController {

    private final MailSink sink;

    MailboxController(MailSink sink) {
        this.sink = sink;
    }

    @GetMapping
    @Operation(summary = "Every e-mail the application sent since it started, newest last")
    List<MailView> list() throws Exception {
        List<MailView> views = new ArrayList<>();
        List<MimeMessage> messages = sink.messages();
        for (int i = 0; i < messages.size(); i++) {
            MimeMessage m = messages.get(i);
            List<String> attachments = new ArrayList<>();
            String text = collect(m, attachments);
            views.add(new MailView(i, m.getMessageID(), Arrays.toString(m.getFrom()),
                    Arrays.toString(m.getAllRecipients()), m.getSubject(),
                    m.getSentDate() == null ? null : m.getSentDate().toInstant(), text, attachments,
                    attachments.isEmpty() ? null : "/api/demo/mailbox/" + i + "/attachments/0"));
        }
        return views;
    }

    @GetMapping("/{index}/attachments/{n}")
    @Operation(summary = "Download attachment n of e-mail index (e.g. the invoice PDF)")
    ResponseEntity<byte[]> attachment(@PathVariable int index, @PathVariable int n) throws Exception {
        List<MimeMessage> messages = sink.messages();
        if (index < 0 || index >= messages.size()) {
            throw new NotFoundException("E-mail", index);
        }
        List<BodyPart> parts = new ArrayList<>();
        attachments(messages.get(index), parts);
        if (n < 0 || n >= parts.size()) {
            throw new NotFoundException("Attachment", index + "/" + n);
        }
        BodyPart part = parts.get(n);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(part.getContentType().split(";")[0].trim()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(part.getFileName()).build().toString())
                .body(part.getInputStream().readAllBytes());
    }

    private static String collect(Part part, List<String> attachments) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(collect(multipart.getBodyPart(i), attachments));
            }
            return text.toString();
        }
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            attachments.add(part.getFileName());
            return "";
        }
        return part.isMimeType("text/plain") ? part.getContent().toString() : "";
    }

    private static void attachments(Part part, List<BodyPart> out) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.getFileName() != null) {
                    out.add(child);
                } else {
                    attachments(child, out);
                }
            }
        }
    }

    record MailView(int index, String messageId, String from, String to, String subject, Instant sentAt,
            String text, List<String> attachments, String firstAttachmentUrl) {
    }
}
