package no.fakturaflyt.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A stand-in for Enhetsregisteret's open-data API ({@code GET /enhetsregisteret/api/enheter/{orgnr}}), in the
 * register's own JSON. Deterministic: the entities of {@code enhetsregisteret.json} (an active AS, a bankrupt one, a
 * deleted one, a sole proprietorship), 410 for {@value #REMOVED} (an entity the register removed), 404 for every
 * other number; tests may add entities of their own ({@code POST /sandbox/brreg/entities}) and remove them again.
 */
@RestController
@RequestMapping("/sandbox/brreg")
@ConditionalOnProperty(name = "fakturaflyt.sandbox.enabled", havingValue = "true")
class SandboxBusinessRegisterController {

    static final String REMOVED = "910000012";

    private final Map<String, Map<String, Object>> seeded;
    private final Map<String, Map<String, Object>> added = new ConcurrentHashMap<>();

    SandboxBusinessRegisterController(ObjectMapper json) {
        try (InputStream in = getClass().getResourceAsStream("enhetsregisteret.json")) {
            List<Map<String, Object>> entities = json.readValue(in, new TypeReference<>() {
            });
            seeded = entities.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                    entity -> String.valueOf(entity.get("organisasjonsnummer")), entity -> entity));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/enhetsregisteret/api/enheter/{orgnr}")
    Map<String, Object> enhet(@PathVariable String orgnr) {
        if (REMOVED.equals(orgnr)) {
            throw new ResponseStatusException(HttpStatus.GONE, "Enheten er fjernet: " + orgnr);
        }
        Map<String, Object> entity = added.getOrDefault(orgnr, seeded.get(orgnr));
        if (entity == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Enheten finnes ikke: " + orgnr);
        }
        return entity;
    }

    /** Adds (or replaces) an entity, given in the register's JSON with its {@code organisasjonsnummer}. */
    @PostMapping("/entities")
    ResponseEntity<Void> add(@RequestBody Map<String, Object> entity) {
        Object number = entity.get("organisasjonsnummer");
        if (!(number instanceof String orgnr) || !orgnr.matches("\\d{9}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "organisasjonsnummer must be 9 digits");
        }
        added.put(orgnr, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entity)));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/entities")
    ResponseEntity<Void> removeAdded() {
        added.clear();
        return ResponseEntity.noContent().build();
    }
}
