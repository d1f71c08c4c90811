package io.pipewright.nodes.output;

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
import io.pipewright.param.FileParam;
import io.pipewright.param.Params;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code output.save-data}: writes the incoming data to a CSV or ARFF file, atomically. */
public final class SaveDataNode implements NodeType {
    public static final String TYPE_ID = "output.save-data";
    public static final FileParam PATH = FileParam.output("path", "File", List.of("csv", "arff"),
            "Where to write the data, relative to the pipeline file unless absolute. An existing file is replaced "
                    + "in one step, so readers never see a half-written file.");
    public static final ChoiceParam FORMAT = ChoiceParam.of("format", "Format", null, List.of("csv", "arff"),
            "csv: a header row of column names, then one row per instance, missing values as empty fields. "
                    + "arff: Weka's own format, keeping column types and nominal values. "
                    + "Leave empty to choose from the file extension (.csv or .arff).");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor(TYPE_ID, 1, "Save data", Category.OUTPUT,
            "Writes the data to a CSV or ARFF file. Numbers are written in full precision.",
            List.of(PortSpec.of("data", PortTypes.DATA, "The data to write.")),
            List.of(), List.of(PATH, FORMAT), Set.of(NodeTrait.SIDE_EFFECTS));

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        format(params);
        return Map.of();
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        Instances data = inputs.get("data", Instances.class);
        String format = format(params);
        Path target = context.resolvePath(params.get(PATH));
        context.checkCancelled();
        AtomicFiles.write(target, PATH.key(), out -> {
            if (format.equals("arff")) {
                DataWriters.writeArff(data, out);
            } else {
                DataWriters.writeCsv(data, out);
            }
        });
        context.log("wrote " + data.numInstances() + " rows as " + format + " to " + target);
        return Map.of();
    }

    /** The format given, or the one the path's extension names. */
    static String format(Params params) throws NodeFailure {
        String given = params.get(FORMAT);
        if (given != null) {
            return given;
        }
        String path = params.get(PATH).toLowerCase(Locale.ROOT);
        if (path.endsWith(".csv")) {
            return "csv";
        }
        if (path.endsWith(".arff")) {
            return "arff";
        }
        throw new NodeFailure("parameter '" + FORMAT.key() + "': cannot tell the format from '" + params.get(PATH)
                + "'; set format to csv or arff, or end the path with .csv or .arff");
    }
}
