package io.pipewright.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipewright.graph.Pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads pipeline files: parse the raw JSON (refusing duplicate keys) -> check it is a pipeline ->
 * migrate it by {@code formatVersion} through {@link Migrations} -> bind it to the graph model.
 * Node types are not looked at: an unknown type loads as written, so nothing is lost on a later save.
 * Graph checks (cycles, dangling edges, duplicate ids) are {@code GraphValidator}'s, so a broken but
 * well-formed pipeline still opens and can be repaired.
 *
 * <p>Parameter values become plain Java values: String, Integer (or Long/BigInteger when larger),
 * Double for numbers written with a fraction or exponent, Boolean, unmodifiable List, unmodifiable
 * insertion-ordered Map, and null. Nothing is ever instantiated from a file's content.
 */
public final class PipelineReader {
    /** The value of the {@code "format"} field that marks a Pipewright pipeline file. */
    public static final String FORMAT_ID = "pipewright.pipeline";

    public Pipeline read(Path file) throws IOException, PipelineFormatException {
        byte[] bytes = Files.readAllBytes(file);
        return bind(JsonTreeReader.parse(bytes, file.toString()), file.toString());
    }

    /** Reads a pipeline from text; {@code sourceName} names it in messages (a file name, "clipboard"...). */
    public Pipeline read(String json, String sourceName) throws PipelineFormatException {
        return bind(JsonTreeReader.parse(json, sourceName), sourceName);
    }

    private Pipeline bind(JsonTreeReader.Located parsed, String source) throws PipelineFormatException {
        if (!(parsed.root() instanceof ObjectNode root)) {
            throw new PipelineFormatException(source, parsed.problem("",
                    "expected a pipeline (a JSON object) at the top level, found " + PipelineBinder.describe(parsed.root())));
        }
        checkFormatField(root, parsed, source);
        int version = formatVersion(root, parsed, source);
        ObjectNode current = Migrations.migrate(root, version);
        boolean migrated = version != Migrations.CURRENT_VERSION;
        // After a migration the paths name the upgraded fields, so old line numbers no longer apply.
        PipelineBinder.Result result = PipelineBinder.bind(current,
                (path, message) -> migrated ? FormatProblem.at(path, message) : parsed.problem(path, message));
        if (!result.problems().isEmpty()) {
            String where = migrated
                    ? source + " (format version " + version + ", upgraded to " + Migrations.CURRENT_VERSION + ")"
                    : source;
            throw new PipelineFormatException(where, result.problems());
        }
        return result.pipeline();
    }

    private static int formatVersion(ObjectNode root, JsonTreeReader.Located parsed, String source)
            throws PipelineFormatException {
        JsonNode raw = root.get("formatVersion");
        if (raw == null) {
            throw new PipelineFormatException(source, parsed.problem("",
                    "missing 'formatVersion'; a pipeline file starts with \"format\": \"" + FORMAT_ID
                            + "\", \"formatVersion\": " + Migrations.CURRENT_VERSION));
        }
        if (!raw.isIntegralNumber() || !raw.canConvertToInt() || raw.intValue() < 0) {
            throw new PipelineFormatException(source, parsed.problem("formatVersion",
                    "expected a whole number of 0 or more, found " + PipelineBinder.describe(raw)));
        }
        int version = raw.intValue();
        if (version > 0 && !root.has("format")) {
            throw notAPipeline(parsed, source);
        }
        if (version > Migrations.CURRENT_VERSION) {
            throw new PipelineFormatException(source, parsed.problem("formatVersion",
                    source + " was written by a newer Pipewright (format version " + version
                            + "); this version reads format versions up to " + Migrations.CURRENT_VERSION
                            + ". Update Pipewright to open it."));
        }
        return version;
    }

    /** A "format" other than ours is refused first; its absence is allowed for version 0 drafts only. */
    private static void checkFormatField(ObjectNode root, JsonTreeReader.Located parsed, String source)
            throws PipelineFormatException {
        JsonNode format = root.get("format");
        if (format == null) {
            if (!root.has("formatVersion")) {
                throw notAPipeline(parsed, source);
            }
            return;
        }
        if (!format.isTextual() || !format.textValue().equals(FORMAT_ID)) {
            throw new PipelineFormatException(source, parsed.problem("format",
                    "expected \"" + FORMAT_ID + "\", found " + PipelineBinder.describe(format)
                            + "; this is not a Pipewright pipeline file"));
        }
    }

    private static PipelineFormatException notAPipeline(JsonTreeReader.Located parsed, String source) {
        return new PipelineFormatException(source, parsed.problem("",
                "missing \"format\": \"" + FORMAT_ID + "\"; this is not a Pipewright pipeline file"));
    }
}
