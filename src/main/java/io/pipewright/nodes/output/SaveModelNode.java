package io.pipewright.nodes.output;

import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeTrait;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.param.FileParam;
import io.pipewright.param.Params;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * {@code output.save-model}: writes a {@code .model} file exactly as Weka's Explorer writes one (the
 * classifier, then the training header without string values, serialized in one stream; gzipped when
 * the name ends in .gz), so Explorer's "Load model" and {@code SerializationHelper.readAll} read it.
 */
public final class SaveModelNode implements NodeType {
    public static final String TYPE_ID = "output.save-model";
    public static final FileParam PATH = FileParam.output("path", "File", List.of("model", "gz"),
            "Where to write the model, e.g. models/iris-j48.model (relative to the pipeline file unless absolute). "
                    + "Weka's Explorer can load it; a name ending in .gz is compressed as Explorer does.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor(TYPE_ID, 1, "Save model", Category.OUTPUT,
            "Saves the trained model as a Weka .model file (classifier and training header), loadable by Weka's "
                    + "Explorer and by Weka code with SerializationHelper.readAll. The file is replaced in one step.",
            List.of(PortSpec.of("model", PortTypes.MODEL, "The trained model to save.")),
            List.of(), List.of(PATH), Set.of(NodeTrait.SIDE_EFFECTS));

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        TrainedModel model = inputs.get("model", TrainedModel.class);
        Path target = context.resolvePath(params.get(PATH));
        context.checkCancelled();
        boolean gzip = target.getFileName().toString().endsWith(".gz");
        AtomicFiles.write(target, PATH.key(), out -> model.writeTo(gzip ? new GZIPOutputStream(out) : out));
        context.log("saved " + model.learner().shortName() + " model to " + target);
        return Map.of();
    }
}
