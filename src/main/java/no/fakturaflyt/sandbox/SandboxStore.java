package no.fakturaflyt.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Everything the sandbox knows, in memory: who is reachable, what arrived (once per idempotency key) and the faults
 * still to inject. Every method is synchronized on the store; none of them waits for anything.
 */
@Component
@ConditionalOnProperty(name = "fakturaflyt.sandbox.enabled", havingValue = "true")
class SandboxStore {

    static final List<String> PROVIDERS = List.of("peppol", "efaktura", "vipps", "print", "factoring",
            SandboxCollectionAgency.PROVIDER, "brreg");
    static final String NORWEGIAN_ORGANISATION_NUMBER = "0192";

    private final Set<String> peppolParticipants = new LinkedHashSet<>();
    private final Set<String> efakturaConsumers = new LinkedHashSet<>();
    private final Set<String> vippsUsers = new LinkedHashSet<>();
    private final Map<String, List<Received>> received = new HashMap<>();
    private final Map<String, Received> byKey = new HashMap<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();

    SandboxStore(SandboxProperties properties) {
        properties.peppolParticipants().forEach(this::addPeppolParticipant);
        properties.efakturaConsumers().forEach(this::addEfakturaConsumer);
        properties.vippsUsers().forEach(this::addVippsUser);
    }

    // --- who is reachable ---

    synchronized String addPeppolParticipant(String participant) {
        String id = participantId(participant);
        peppolParticipants.add(id);
        return id;
    }

    synchronized boolean isPeppolParticipant(String participant) {
        return participant != null && peppolParticipants.contains(participantId(participant));
    }

    synchronized List<String> peppolParticipants() {
        return List.copyOf(peppolParticipants);
    }

    synchronized String addEfakturaConsumer(String emailOrPhone) {
        String id = consumerId(emailOrPhone);
        efakturaConsumers.add(id);
        return id;
    }

    /** The first of these (e-mail, phone) that has an eFaktura agreement. */
    synchronized Optional<String> efakturaConsumer(String... emailOrPhone) {
        for (String candidate : emailOrPhone) {
            if (candidate != null && !candidate.isBlank() && efakturaConsumers.contains(consumerId(candidate))) {
                return Optional.of(consumerId(candidate));
            }
        }
        return Optional.empty();
    }

    synchronized List<String> efakturaConsumers() {
        return List.copyOf(efakturaConsumers);
    }

    synchronized String addVippsUser(String mobile) {
        String id = mobile(mobile);
        vippsUsers.add(id);
        return id;
    }

    synchronized boolean isVippsUser(String mobile) {
        return mobile != null && vippsUsers.contains(mobile(mobile));
    }

    synchronized List<String> vippsUsers() {
        return List.copyOf(vippsUsers);
    }

    // --- what arrived ---

    /**
     * Takes one sending call: the first time for this key, records it and answers with the receipt made from its
     * reference; every later time, answers with that same receipt and records nothing.
     */
    @SuppressWarnings("unchecked")
    synchronized <R> R receive(String provider, String idempotencyKey, String summary, Function<String, R> receipt) {
        String key = provider + "\n" + idempotencyKey;
        Received earlier = byKey.get(key);
        if (earlier != null) {
            return (R) earlier.receipt();
        }
        R answer = receipt.apply(reference(provider, idempotencyKey));
        Received item = new Received(provider, idempotencyKey, Instant.now(), summary, answer);
        byKey.put(key, item);
        received.computeIfAbsent(provider, p -> new ArrayList<>()).add(item);
        return answer;
    }

    synchronized List<Received> received(String provider) {
        return List.copyOf(received.getOrDefault(provider, List.of()));
    }

    synchronized void clearReceived() {
        received.clear();
        byKey.clear();
    }

    // --- faults on demand ---

    synchronized void addFault(Fault fault) {
        faults.computeIfAbsent(fault.provider(), p -> new ArrayDeque<>()).addLast(fault);
    }

    /** The fault the next call to this provider gets, counted as used; empty when none is pending. */
    synchronized Optional<Fault> takeFault(String provider) {
        Deque<Fault> pending = faults.get(provider);
        if (pending == null || pending.isEmpty()) {
            return Optional.empty();
        }
        Fault head = pending.pollFirst();
        if (head.times() > 1) {
            pending.addFirst(new Fault(head.provider(), head.status(), head.times() - 1, head.delayMillis()));
        }
        return Optional.of(head);
    }

    synchronized List<Fault> faults() {
        return faults.values().stream().flatMap(Deque::stream).toList();
    }

    synchronized void clearFaults() {
        faults.clear();
    }

    // --- identifiers ---

    /** A stable reference: the same provider and key always give the same one. */
    static String reference(String provider, String idempotencyKey) {
        return provider + "-" + UUID.nameUUIDFromBytes((provider + "|" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** {@code 987654325} → {@code 0192:987654325}; a participant id with a scheme stays as it is. */
    static String participantId(String value) {
        String id = value.replaceAll("\\s", "");
        return id.contains(":") ? id : NORWEGIAN_ORGANISATION_NUMBER + ":" + id;
    }

    /** {@code +47 912 34 567}, {@code 0047 91234567}, {@code 912 34 567} → {@code +4791234567}. */
    static String mobile(String value) {
        String number = value.replaceAll("[\\s().-]", "");
        if (number.startsWith("00")) {
            number = "+" + number.substring(2);
        }
        if (number.matches("\\d{8}")) {
            number = "+47" + number;
        } else if (number.matches("47\\d{8}")) {
            number = "+" + number;
        }
        return number;
    }

    /** An e-mail address in lower case, anything else as a phone number. */
    static String consumerId(String value) {
        String trimmed = value.trim();
        return trimmed.contains("@") ? trimmed.toLowerCase(Locale.ROOT) : mobile(trimmed);
    }

    /**
     * One call that arrived.
     *
     * @param receipt what the sandbox answered, the same for every repetition of the key
     */
    record Received(String provider, String idempotencyKey, Instant receivedAt, String summary, Object receipt) {
    }

    /**
     * A fault for the next {@code times} calls to {@code provider}: wait {@code delayMillis}, then answer
     * {@code status} (or, without a status, answer normally after the wait).
     */
    record Fault(String provider, Integer status, int times, long delayMillis) {
    }
}
