package io.pipewright.nodes.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pipewright.node.NodeFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.pipewright.nodes.ingest.IngestTestSupport.failure;
import static io.pipewright.nodes.ingest.IngestTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Talks to a server on 127.0.0.1 started by the test; nothing leaves the machine. */
class HttpIngestNodeTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicReference<String> authorization = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/iris.csv", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            respond(exchange, 200, "sepal,kind\n5.1,setosa\n7.0,versicolor\n");
        });
        server.createContext("/rows.json", exchange -> respond(exchange, 200, "[{\"a\": 1, \"b\": \"x\"}, {\"a\": 2, \"b\": \"y\"}]"));
        server.createContext("/slow.csv", exchange -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "a\n1\n");
        });
        server.createContext("/", exchange -> respond(exchange, 404, "not here"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Map<String, Object> params(String path) {
        Map<String, Object> raw = new HashMap<>();
        raw.put("url", url(path));
        return raw;
    }

    @Test
    void readsCsvFromA200Response() throws Exception {
        Instances data = run(new HttpIngestNode(name -> null), dir, params("/iris.csv"));

        assertThat(data.numInstances()).isEqualTo(2);
        assertThat(data.instance(1).value(0)).isEqualTo(7.0);
        assertThat(data.classAttribute().name()).isEqualTo("kind");
        assertThat(data.relationName()).isEqualTo("iris");
    }

    @Test
    void readsJsonWhenFormatIsJson() throws Exception {
        Map<String, Object> raw = params("/rows.json");
        raw.put("format", "json");

        Instances data = run(new HttpIngestNode(name -> null), dir, raw);

        assertThat(data.numInstances()).isEqualTo(2);
        assertThat(data.instance(1).stringValue(1)).isEqualTo("y");
    }

    @Test
    void notFoundNamesTheStatusAndUrl() {
        NodeFailure failure = failure(new HttpIngestNode(name -> null), dir, params("/missing.csv"));

        assertThat(failure.getMessage()).startsWith("HTTP 404 from " + url("/missing.csv"));
    }

    @Test
    void headerValuesTakeEnvironmentVariables() throws Exception {
        Map<String, Object> raw = params("/iris.csv");
        raw.put("headers", Map.of("Authorization", "Bearer ${env:API_TOKEN}"));
        HttpIngestNode node = new HttpIngestNode(name -> name.equals("API_TOKEN") ? "s3cret" : null);

        run(node, dir, raw);

        assertThat(authorization.get()).isEqualTo("Bearer s3cret");
    }

    @Test
    void unsetEnvironmentVariableIsNamed() {
        Map<String, Object> raw = params("/iris.csv");
        raw.put("headers", Map.of("Authorization", "Bearer ${env:API_TOKEN}"));

        NodeFailure failure = failure(new HttpIngestNode(name -> null), dir, raw);

        assertThat(failure.getMessage()).contains("API_TOKEN").contains("not set").contains("Authorization");
        assertThat(authorization.get()).isNull();
    }

    @Test
    void slowServerTimesOutWithAClearMessage() {
        Map<String, Object> raw = params("/slow.csv");
        raw.put("timeoutSeconds", 1);

        NodeFailure failure = failure(new HttpIngestNode(name -> null), dir, raw);

        assertThat(failure.getMessage()).contains("no answer from").contains("within 1 s").contains("timeoutSeconds");
    }

    @Test
    void refusedConnectionSaysSo() {
        String closed = url("/iris.csv");
        server.stop(0);
        Map<String, Object> raw = new HashMap<>();
        raw.put("url", closed);

        NodeFailure failure = failure(new HttpIngestNode(name -> null), dir, raw);

        assertThat(failure.getMessage()).contains("cannot connect to " + closed).contains("refused");
    }
}
