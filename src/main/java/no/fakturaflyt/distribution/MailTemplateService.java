package no.fakturaflyt.distribution;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import no.fakturaflyt.common.RecordedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editable e-mail templates, one per document kind ({@link MailKind}) and language, and their merge fields. */
@Service
public class MailTemplateService {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final MailTemplateRepository repository;
    private final OsloClock clock;
    private final ApplicationEventPublisher events;

    MailTemplateService(MailTemplateRepository repository, OsloClock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public MailTemplate get(MailKind kind, String language) {
        return repository.findById(new MailTemplate.Key(kind, language))
                .orElseThrow(() -> new NotFoundException("Mail template", kind + "/" + language));
    }

    @Transactional(readOnly = true)
    public List<MailTemplate> all() {
        return repository.findAll();
    }

    @Transactional
    public MailTemplate update(MailKind kind, String language, String subject, String body) {
        requireKnownFields(kind, "subject", subject);
        requireKnownFields(kind, "body", body);
        MailTemplate template = get(kind, language);
        String before = template.getSubject() + "\n\n" + template.getBody();
        template.change(subject, body, clock.now());
        events.publishEvent(RecordedChange.byCurrentUser(RecordedChange.MAIL_TEMPLATE, kind + "/" + language,
                RecordedChange.UPDATE, "subject, body", before, subject + "\n\n" + body));
        return template;
    }

    /** Subject and body with every merge field filled in. */
    @Transactional(readOnly = true)
    public RenderedMail render(MailKind kind, String language, Map<String, String> values) {
        MailTemplate template = repository.findById(new MailTemplate.Key(kind, language))
                .orElseGet(() -> get(kind, "nb"));
        return new RenderedMail(merge(template.getSubject(), values), merge(template.getBody(), values));
    }

    static String merge(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static void requireKnownFields(MailKind kind, String field, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        Set<String> unknown = new TreeSet<>();
        while (matcher.find()) {
            if (!kind.mergeFields().contains(matcher.group(1))) {
                unknown.add("{" + matcher.group(1) + "}");
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(field, "Unknown merge field(s) " + unknown + " for " + kind
                    + " templates; known: " + new TreeSet<>(kind.mergeFields()));
        }
    }

    public record RenderedMail(String subject, String body) {
    }
}

interface MailTemplateRepository extends JpaRepository<MailTemplate, MailTemplate.Key> {
}
