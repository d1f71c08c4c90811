package io.pipewright.exec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeTrait;
import io.pipewright.param.FileParam;
import io.pipewright.param.ParamSpec;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes each node's cache key before anything runs: a hash of the node type and version, its
 * parameters, the keys of the outputs it reads, and the content of the files it reads. Equal keys
 * mean equal outputs, so an edit re-runs only the nodes whose key it changes.
 */
final class CacheKeys {
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final FileFingerprints fingerprints;

    CacheKeys(FileFingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    Map<String, String> compute(CompiledPipeline pipeline, String runId) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String id : pipeline.order()) {
            CompiledNode node = pipeline.node(id);
            NodeDescriptor d = node.type().descriptor();
            Map<String, Object> material = new TreeMap<>();
            material.put("type", d.typeId());
            material.put("version", d.version());
            material.put("params", node.params().toRaw());
            Map<String, String> upstream = new TreeMap<>();
            node.inputs().forEach((port, source) -> upstream.put(port, keys.get(source.nodeId()) + ":" + source.port()));
            material.put("inputs", upstream);
            Map<String, String> files = new TreeMap<>();
            for (ParamSpec<?> spec : d.params()) {
                Object value = node.params().get(spec);
                if (spec instanceof FileParam f && !f.output() && value != null) {
                    files.put(spec.key(), fingerprints.of(pipeline.baseDir().resolve((String) value)));
                }
            }
            material.put("files", files);
            if (d.has(NodeTrait.EXTERNAL_SOURCE)) {
                // What a remote source returns can change at any time: never reuse it or what depends on it.
                material.put("run", runId);
            }
            keys.put(id, hash(material));
        }
        return keys;
    }

    private static String hash(Map<String, Object> material) {
        try {
            byte[] bytes = CANONICAL.writeValueAsString(material).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(FileFingerprints.newDigest().digest(bytes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parameters are JSON-like values and always serialize", e);
        }
    }
}
