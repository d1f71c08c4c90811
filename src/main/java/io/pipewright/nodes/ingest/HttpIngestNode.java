package io.pipewright.nodes.ingest;

import io.pipewright.node.CancelledException;
import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeTrait;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.param.ChoiceParam;
import io.pipewright.param.IntParam;
import io.pipewright.param.Params;
import io.pipewright.param.StringMapParam;
import io.pipewright.param.TextParam;
import weka.core.Instances;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Downloads a table over HTTP(S) and parses it as CSV, JSON or ARFF with the file readers' code. */
public final class HttpIngestNode implements NodeType {
    static final TextParam URL = TextParam.required("url", "URL",
            "The http:// or https:// address of the data.");
    static final ChoiceParam FORMAT = ChoiceParam.of("format", "Format", "csv", List.of("csv", "json", "arff"),
            "How to read the body: csv (with a header line), json (array of objects or JSON Lines) or arff.");
    static final StringMapParam HEADERS = StringMapParam.optional("headers", "Request headers",
            "Headers to send, e.g. Authorization = Bearer ${env:API_TOKEN}. ${env:NAME} is replaced by the"
                    + " environment variable NAME when the node runs, so tokens are never stored in the pipeline file.");
    static final IntParam TIMEOUT = IntParam.of("timeoutSeconds", "Timeout (seconds)", 30, 1, 3600,
            "How long to wait for the server to connect and to answer.");
    static final TextParam DELIMITER = TextParam.of("delimiter", "CSV delimiter", ",",
            "For format csv: the character between fields; \\t or tab for a tab.");

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([^}]*)}");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("ingest.http", 1, "Web download",
            Category.INGEST,
            "Fetches a table with an HTTP GET and reads it like the CSV, JSON or ARFF file nodes do. The class is the"
                    + " last column unless classColumn names one. Runs every time: the data behind a URL may change.",
            List.of(),
            List.of(PortSpec.of("data", PortTypes.DATA, "the table downloaded, with its class column set")),
            List.of(URL, FORMAT, HEADERS, TIMEOUT, DELIMITER, ClassColumns.PARAM),
            Set.of(NodeTrait.EXTERNAL_SOURCE));

    private final Function<String, String> environment;

    public HttpIngestNode() {
        this(System::getenv);
    }

    /** {@code environment} looks up environment variables; tests give their own. */
    HttpIngestNode(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The schema is known only after downloading, which configure does not do. */
    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        uri(params.get(URL));
        return Collections.singletonMap("data", null);
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        String url = params.get(URL);
        byte[] body = fetch(uri(url), params.get(HEADERS), params.get(TIMEOUT));
        context.checkCancelled();
        TableSource source = TableSource.bytes(url, TableSource.baseName(uri(url).getPath()), body);
        ReadProgress progress = ReadProgress.of(context);
        Instances data = switch (params.get(FORMAT)) {
            case "json" -> JsonTableReader.read(source, Integer.MAX_VALUE, progress, context::log);
            case "arff" -> ArffTableReader.read(source, progress);
            default -> new CsvTableReader(CsvTableReader.Options.parse(params.get(DELIMITER), true, "?"))
                    .read(source, Integer.MAX_VALUE, progress, context::log);
        };
        context.log("read " + data.numInstances() + " rows and " + data.numAttributes() + " columns from " + url);
        return Map.of("data", ClassColumns.apply(data, params.get(ClassColumns.PARAM), url));
    }

    private static URI uri(String url) throws NodeFailure {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new NodeFailure("url: expected an http:// or https:// address, got '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new NodeFailure("url: '" + url + "' is not a valid address: " + e.getReason(), e);
        }
    }

    private byte[] fetch(URI uri, Map<String, String> headers, int timeoutSeconds)
            throws NodeFailure, CancelledException {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            request.header(header.getKey(), resolveEnvironment(header.getKey(), header.getValue()));
        }
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new NodeFailure("could not connect to " + uri + " within " + timeoutSeconds
                    + " s (timeoutSeconds); check the address and the network", e);
        } catch (HttpTimeoutException e) {
            throw new NodeFailure("no answer from " + uri + " within " + timeoutSeconds
                    + " s (timeoutSeconds); raise timeoutSeconds if the server is slow", e);
        } catch (ConnectException e) {
            throw new NodeFailure("cannot connect to " + uri + ": connection refused or host unreachable;"
                    + " check the address and that the server is running", e);
        } catch (IOException e) {
            throw new NodeFailure("cannot download " + uri + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new NodeFailure("HTTP " + status + " from " + uri + said(response.body()));
        }
        return response.body();
    }

    /** The start of an error body, when the server explained itself in text. */
    private static String said(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
        return text.isEmpty() || text.chars().anyMatch(c -> c < 32 && c != '\n' && c != '\r' && c != '\t')
                ? "" : "; the server said: " + text.replaceAll("\\s+", " ");
    }

    /** Replaces each {@code ${env:NAME}} in a header value by the environment variable NAME. */
    String resolveEnvironment(String header, String value) throws NodeFailure {
        Matcher matcher = ENV_REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String variable = name.isEmpty() ? null : environment.apply(name);
            if (variable == null) {
                throw new NodeFailure("headers: '" + header + "' uses ${env:" + name + "}, but the environment variable "
                        + name + " is not set; set it before running the pipeline");
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(variable));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }
}
