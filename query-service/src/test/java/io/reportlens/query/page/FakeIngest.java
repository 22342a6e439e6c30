package io.reportlens.query.page;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stands in for ingest-service behind query-service's relay: records the last request it got and
 * answers with whatever the test set. (The real ingest-service is behind the relay in the end-to-end test.)
 */
public class FakeIngest implements QuarkusTestResourceLifecycleManager {

    public record Received(String method, String pathAndQuery, String contentType, String apiKey, byte[] body) {
    }

    public record Answer(int status, String contentType, String body, Map<String, String> headers) {
    }

    static final AtomicReference<Received> LAST = new AtomicReference<>();
    static final AtomicReference<Answer> NEXT = new AtomicReference<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", FakeIngest::handle);
        server.start();
        return Map.of("reportlens.query.ingest.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        LAST.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("X-API-Key"), body));
        Answer answer = NEXT.get();
        if (answer == null) {
            exchange.close(); // hang up without an answer, as a crashed ingest-service would
            return;
        }
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
