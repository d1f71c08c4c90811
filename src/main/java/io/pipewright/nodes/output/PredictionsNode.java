package io.pipewright.nodes.output;

import de.siegmar.fastcsv.writer.CsvWriter;
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
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.param.FileParam;
import io.pipewright.param.Params;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code output.predictions}: writes the model's prediction for every row to a CSV file.
 *
 * <p>Nominal class: {@code row} (1-based), {@code actual}, {@code predicted}, {@code error} (true when
 * the prediction is wrong), then {@code prob_<label>} per class label. Numeric class: {@code row},
 * {@code actual}, {@code predicted}, {@code error} (predicted minus actual). A missing actual value
 * leaves actual and error empty; a model that predicts nothing (all probabilities 0) leaves predicted
 * empty. Predictions are Weka's: the class with the highest probability, as Evaluation counts them.
 */
public final class PredictionsNode implements NodeType {
    public static final String TYPE_ID = "output.predictions";
    public static final FileParam PATH = FileParam.output("path", "File", List.of("csv"),
            "The CSV file to write, relative to the pipeline file unless absolute; replaced in one step.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor(TYPE_ID, 1, "Write predictions", Category.OUTPUT,
            "Predicts every row of the data with the model and writes a CSV: row number, actual and predicted value, "
                    + "whether it is an error and, for a nominal class, one probability column per label (prob_<label>).",
            List.of(PortSpec.of("model", PortTypes.MODEL, "The trained model that predicts."),
                    PortSpec.of("data", PortTypes.DATA, "The rows to predict, with the same columns as the training data; "
                            + "class values may be missing.")),
            List.of(), List.of(PATH), Set.of(NodeTrait.SIDE_EFFECTS));

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        Instances modelHeader = (Instances) inputSpecs.get("model");
        Instances dataHeader = (Instances) inputSpecs.get("data");
        if (modelHeader != null && dataHeader != null) {
            TrainedModel.requireCompatible(modelHeader, dataHeader, "data");
        }
        return Map.of();
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        TrainedModel model = inputs.get("model", TrainedModel.class);
        Instances data = inputs.get("data", Instances.class);
        model.requireCompatible(data, "data");
        Path target = context.resolvePath(params.get(PATH));
        context.checkCancelled();
        AtomicFiles.write(target, PATH.key(), out -> {
            try (CsvWriter csv = DataWriters.csv(out)) {
                writePredictions(model.classifier(), data, csv, context);
            }
        });
        context.log("wrote " + data.numInstances() + " predictions to " + target);
        return Map.of();
    }

    private static void writePredictions(Classifier classifier, Instances data, CsvWriter csv, NodeContext context)
            throws Exception {
        Attribute classAttribute = data.classAttribute();
        boolean nominal = classAttribute.isNominal();
        List<String> header = new ArrayList<>(List.of("row", "actual", "predicted", "error"));
        if (nominal) {
            for (int c = 0; c < classAttribute.numValues(); c++) {
                header.add("prob_" + classAttribute.value(c));
            }
        }
        csv.writeRecord(header);
        List<String> fields = new ArrayList<>(header.size());
        for (int i = 0; i < data.numInstances(); i++) {
            if (i % 10_000 == 0) {
                context.checkCancelled();
                context.progress(i / (double) data.numInstances(), "predicted " + i + " rows");
            }
            Instance row = data.instance(i);
            double[] distribution = classifier.distributionForInstance(row);
            fields.clear();
            fields.add(Integer.toString(i + 1));
            fields.add(row.classIsMissing() ? "" : DataWriters.text(row, data.classIndex()));
            if (nominal) {
                boolean predicts = Utils.sum(distribution) > 0;
                int predicted = predicts ? Utils.maxIndex(distribution) : -1;
                fields.add(predicts ? classAttribute.value(predicted) : "");
                fields.add(row.classIsMissing() || !predicts ? "" : Boolean.toString(predicted != (int) row.classValue()));
                for (double p : distribution) {
                    fields.add(DataWriters.number(p));
                }
            } else {
                double predicted = distribution[0];
                boolean predicts = !Utils.isMissingValue(predicted);
                fields.add(predicts ? DataWriters.number(predicted) : "");
                fields.add(row.classIsMissing() || !predicts ? "" : DataWriters.number(predicted - row.classValue()));
            }
            csv.writeRecord(fields);
        }
        context.progress(1, "predicted " + data.numInstances() + " rows");
    }
}
