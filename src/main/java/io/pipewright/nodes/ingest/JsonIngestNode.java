package io.pipewright.nodes.ingest;

import io.pipewright.node.CancelledException;
import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.param.FileParam;
import io.pipewright.param.Params;
import weka.core.Instances;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads a JSON array of flat objects, or JSON Lines. */
public final class JsonIngestNode implements NodeType {
    static final FileParam PATH = FileParam.input("path", "JSON file", List.of("json", "jsonl", "ndjson"),
            "The file to read, relative to the pipeline file: a JSON array of flat objects, or one object per line.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("ingest.json", 1, "JSON file", Category.INGEST,
            "Reads rows from a JSON array of flat objects or from JSON Lines. The columns are every key, in order of"
                    + " first appearance; a missing key, null or an empty text is a missing value. Numbers become"
                    + " numeric columns, booleans nominal {false, true}, texts nominal (or string when nearly every"
                    + " value differs, or date for ISO-8601 dates). The class is the last column unless classColumn"
                    + " names one.",
            List.of(),
            List.of(PortSpec.of("data", PortTypes.DATA, "the table read from the file, with its class column set")),
            List.of(PATH, ClassColumns.PARAM),
            Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The schema from the first {@value CsvIngestNode#SAMPLE_ROWS} objects; the run may add later keys. */
    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        TableSource source = TableSource.file(env.resolvePath(params.get(PATH)));
        try {
            Instances sample = JsonTableReader.read(source, CsvIngestNode.SAMPLE_ROWS, ReadProgress.NONE, line -> { });
            return Map.of("data", ClassColumns.apply(new Instances(sample, 0), params.get(ClassColumns.PARAM),
                    source.name()));
        } catch (CancelledException e) {
            throw new IllegalStateException("configure cannot be cancelled", e);
        }
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        TableSource source = TableSource.file(context.resolvePath(params.get(PATH)));
        Instances data = JsonTableReader.read(source, Integer.MAX_VALUE, ReadProgress.of(context), context::log);
        context.log("read " + data.numInstances() + " rows and " + data.numAttributes() + " columns from "
                + params.get(PATH));
        return Map.of("data", ClassColumns.apply(data, params.get(ClassColumns.PARAM), source.name()));
    }
}
