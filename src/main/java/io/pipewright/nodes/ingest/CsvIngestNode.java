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
import io.pipewright.param.BoolParam;
import io.pipewright.param.FileParam;
import io.pipewright.param.Params;
import io.pipewright.param.TextParam;
import weka.core.Instances;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Loads a CSV (or TSV) file, inferring each column's type. */
public final class CsvIngestNode implements NodeType {
    /** configure() infers the schema from this many rows; the run reads them all. */
    static final int SAMPLE_ROWS = 1000;

    static final FileParam PATH = FileParam.input("path", "CSV file", List.of("csv", "tsv", "txt"),
            "The file to read, relative to the pipeline file. UTF-8, with or without a byte-order mark.");
    static final TextParam DELIMITER = TextParam.of("delimiter", "Delimiter", ",",
            "The character between fields: , or ; or | ... Write \\t or tab for a tab.");
    static final BoolParam HEADER = BoolParam.of("header", "Header line", true,
            "Whether the first line holds the column names. Without one, columns are named att1, att2, ...");
    static final TextParam MISSING = TextParam.of("missing", "Missing value tokens", "?",
            "Comma-separated texts that mean a missing value, e.g. ?,NA,n/a. An empty field is always missing.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("ingest.csv", 1, "CSV file", Category.INGEST,
            "Reads a delimited text file. Each column becomes numeric when it holds only numbers, a date when it holds"
                    + " only ISO-8601 dates (2024-03-01, 2024-03-01T12:00:00), a string column when it holds more than"
                    + " 100 distinct texts that are over half of its values (names, ids), and nominal otherwise, with"
                    + " values in order of first appearance. The class is the last column unless classColumn names one.",
            List.of(),
            List.of(PortSpec.of("data", PortTypes.DATA, "the table read from the file, with its class column set")),
            List.of(PATH, DELIMITER, HEADER, MISSING, ClassColumns.PARAM),
            Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * The schema from the header and the first {@value #SAMPLE_ROWS} rows. Column names are exact;
     * kinds and nominal values are those of the sample, and the run may refine them.
     */
    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        try {
            Instances sample = read(params, env, SAMPLE_ROWS, ReadProgress.NONE, line -> { });
            return Map.of("data", new Instances(sample, 0));
        } catch (CancelledException e) {
            throw new IllegalStateException("configure cannot be cancelled", e);
        }
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        Instances data = read(params, context, Integer.MAX_VALUE, ReadProgress.of(context), context::log);
        context.log("read " + data.numInstances() + " rows and " + data.numAttributes() + " columns from "
                + params.get(PATH));
        return Map.of("data", data);
    }

    private static Instances read(Params params, NodeEnvironment env, int rowLimit, ReadProgress progress,
                                  Consumer<String> log)
            throws NodeFailure, CancelledException {
        CsvTableReader.Options options = CsvTableReader.Options.parse(
                params.get(DELIMITER), params.get(HEADER), params.get(MISSING));
        TableSource source = TableSource.file(env.resolvePath(params.get(PATH)));
        Instances data = new CsvTableReader(options).read(source, rowLimit, progress, log);
        return ClassColumns.apply(data, params.get(ClassColumns.PARAM), source.name());
    }
}
