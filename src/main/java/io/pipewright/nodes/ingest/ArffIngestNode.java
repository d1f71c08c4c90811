package io.pipewright.nodes.ingest;

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

/** Loads a Weka ARFF file. */
public final class ArffIngestNode implements NodeType {
    static final FileParam PATH = FileParam.input("path", "ARFF file", List.of("arff"),
            "The ARFF file to read, relative to the pipeline file.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("ingest.arff", 1, "ARFF file", Category.INGEST,
            "Reads a Weka ARFF file with the types its header declares. The class is the last attribute unless"
                    + " classColumn names one.",
            List.of(),
            List.of(PortSpec.of("data", PortTypes.DATA, "the table read from the file, with its class column set")),
            List.of(PATH, ClassColumns.PARAM),
            Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        TableSource source = TableSource.file(env.resolvePath(params.get(PATH)));
        Instances header = ArffTableReader.readHeader(source);
        return Map.of("data", ClassColumns.apply(header, params.get(ClassColumns.PARAM), source.name()));
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        TableSource source = TableSource.file(context.resolvePath(params.get(PATH)));
        Instances data = ArffTableReader.read(source, ReadProgress.of(context));
        context.log("read " + data.numInstances() + " rows and " + data.numAttributes() + " columns from "
                + params.get(PATH));
        return Map.of("data", ClassColumns.apply(data, params.get(ClassColumns.PARAM), source.name()));
    }
}
