package no.fakturaflyt.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Peppol access point outside the application, for the cluster test: the directory ({@code GET
 * /participants/{id}}, 404 for an unknown receiver) and sending ({@code POST /messages?receiver=} with an
 * Idempotency-Key, answered with the first receipt when the key comes again, as the real access point's API does).
 * It counts every call per key, so the test sees how often a document was handed over and how often delivered.
 */
final class AccessPointStub implements AutoCloseable {

    static final String API_KEY = "cluster-ap-key";

    private final HttpServer server;
    private final Set<String> participants = ConcurrentHashMap.newKeySet();
    private final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> posts = new ConcurrentHashMap<>();

    AccessPointStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void register(String participantId) {
        participants.add(participantId);
    }

    /** Documents delivered: one per Idempotency-Key. */
    Set<String> deliveredKeys() {
        return Set.copyOf(receipts.keySet());
    }

    /** How often each key was posted (a repeat is answered with the first receipt and delivers nothing). */
    Map<String, Integer> postsPerKey() {
        Map<String, Integer> copy = new ConcurrentHashMap<>();
        posts.forEach((key, count) -> copy.put(key, count.get()));
        return copy;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
                answer(exchange, 401, "{\"title\":\"unauthorized\"}");
                return;
            }
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/participants/")) {
                String participant = path.substring("/participants/".length());
                if (participants.contains(participant)) {
                    answer(exchange, 200, "{\"participantId\":\"" + participant
                            + "\",\"documentTypes\":[\"Invoice\",\"CreditNote\"]}");
                } else {
                    answer(exchange, 404, "{\"title\":\"not found\"}");
                }
            } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/messages")) {
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                if (key == null) {
                    answer(exchange, 400, "{\"title\":\"Idempotency-Key missing\"}");
                    return;
                }
                posts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                String messageId = receipts.computeIfAbsent(key, k -> "ap-" + UUID.randomUUID());
                answer(exchange, 200, "{\"messageId\":\"" + messageId + "\",\"receivedAt\":\"" + Instant.now() + "\"}");
            } else {
                answer(exchange, 404, "{\"title\":\"no such endpoint\"}");
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
