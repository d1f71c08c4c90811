package io.pipewright.nodes.monitor;

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
import io.pipewright.nodes.evaluate.EvaluationResult;
import io.pipewright.nodes.train.Learners;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.nodes.weka.WekaObjects;
import io.pipewright.param.BoolParam;
import io.pipewright.param.DoubleParam;
import io.pipewright.param.Params;
import io.pipewright.param.TextParam;
import io.pipewright.param.WekaObjectParam;
import io.pipewright.param.WekaSpec;
import weka.classifiers.Classifier;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code monitor.retrain-policy}: decides from a drift report and a batch's performance whether the
 * model in production should be retrained; if so it trains the same Weka learner (or the one given)
 * on {@code data}, otherwise it passes the current model on. The decision, its reason and every rule's
 * value are reported under "policy", and the output model is registered in the workspace's model
 * registry under {@code modelName} when the run is recorded.
 *
 * <p>It is marked as having side effects (registering in the workspace), so it always runs and its
 * model is always there for the registry, rather than being served from the output cache.
 */
public final class RetrainPolicyNode implements NodeType {
    public static final String TYPE_ID = "monitor.retrain-policy";

    static final BoolParam RETRAIN_ON_DRIFT = BoolParam.of("retrainOnDatasetDrift", "Retrain on dataset drift", true,
            "Retrain when the 'drift' input reports dataset drift (its share of drifted columns reached its driftShare).");
    static final DoubleParam MIN_ACCURACY = DoubleParam.of("minAccuracy", "Minimum accuracy", 0, 0, 1,
            "Retrain when the accuracy on the 'performance' input falls below this value (0 to 1); 0 turns the rule off.");
    static final DoubleParam MAX_DROP = DoubleParam.of("maxAccuracyDrop", "Largest accuracy drop", 0, 0, 1,
            "Retrain when the accuracy on the 'performance' input is lower than 'baselineAccuracy' by more than this "
                    + "(e.g. 0.05 for five points); 0 turns the rule off.");
    static final DoubleParam BASELINE = DoubleParam.of("baselineAccuracy", "Baseline accuracy", 0, 0, 1,
            "The accuracy the model had when it was put in production (e.g. from its holdout evaluation), for "
                    + "'maxAccuracyDrop'. Models do not carry their own evaluation, so it must be given when that rule is on.");
    static final TextParam MODEL_NAME = new TextParam("modelName", "Model name", "The name the output model is "
            + "registered under in the workspace's model registry (e.g. churn). Each retrained model becomes a new "
            + "version; the first version of a name becomes its champion automatically.", "model", true, false);
    static final BoolParam REGISTER = BoolParam.of("register", "Register in the workspace", true,
            "When the run is recorded in a workspace (run --record, or the app), register the output model under "
                    + "'modelName': a retrained model becomes a new version; a kept model is registered once, so the "
                    + "model the pipeline starts from becomes version 1 (the registry never adds the same model bytes "
                    + "twice). Off: decide only.");
    static final WekaObjectParam LEARNER = new WekaObjectParam(Learners.KEY, "Learner", "The Weka classifier to retrain "
            + "with, as class and options. Empty: the same learner and options the current model was trained with.",
            null, false, WekaObjectParam.CLASSIFIER);

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor(TYPE_ID, 1, "Retrain policy", Category.MONITOR,
            "Retrains the model when a rule fires: dataset drift reported on 'drift', accuracy on 'performance' below "
                    + "'minAccuracy', or more than 'maxAccuracyDrop' under 'baselineAccuracy'. It then trains the same "
                    + "learner (or 'learner') on 'data'; otherwise it passes the current model on. The decision and "
                    + "reason are reported, and the output model is registered in the workspace's model registry "
                    + "under 'modelName' when the run is recorded.",
            List.of(PortSpec.of("model", PortTypes.MODEL, "The model in production now."),
                    PortSpec.optional("drift", MonitorPortTypes.DRIFT, "A data drift report of the new batch."),
                    PortSpec.optional("performance", PortTypes.EVALUATION,
                            "The current model's metrics on the new labelled batch; 'accuracy' is read."),
                    PortSpec.of("data", PortTypes.DATA, "The data to retrain on, with the model's columns.")),
            List.of(PortSpec.of("model", PortTypes.MODEL, "The retrained model, or the current one when no rule fired."),
                    PortSpec.of("decision", LifecyclePortTypes.RETRAIN_DECISION,
                            "retrain or keep, the reason, and the value of each rule.")),
            List.of(RETRAIN_ON_DRIFT, MIN_ACCURACY, MAX_DROP, BASELINE, MODEL_NAME, REGISTER, LEARNER),
            Set.of(NodeTrait.HEAVY, NodeTrait.SIDE_EFFECTS));

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        checkRules(params, inputSpecs.containsKey("drift"), inputSpecs.containsKey("performance"));
        checkName(params.get(MODEL_NAME));
        Instances modelHeader = (Instances) inputSpecs.get("model");
        Instances data = (Instances) inputSpecs.get("data");
        if (modelHeader != null && data != null) {
            TrainedModel.requireCompatible(modelHeader, data, "data");
        }
        if (data != null && params.get(LEARNER) != null) {
            Learners.forHeader(params.get(LEARNER), data);
        }
        Map<String, Object> out = new HashMap<>();
        Instances header = modelHeader != null ? modelHeader : data;
        out.put("model", header == null ? null : new Instances(header, 0));
        out.put("decision", null);
        return out;
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        TrainedModel current = inputs.get("model", TrainedModel.class);
        DriftReport drift = inputs.optional("drift", DriftReport.class).orElse(null);
        EvaluationResult performance = inputs.optional("performance", EvaluationResult.class).orElse(null);
        Instances data = inputs.get("data", Instances.class);
        checkRules(params, drift != null, performance != null);
        checkName(params.get(MODEL_NAME));
        current.requireCompatible(data, "data");

        Map<String, Object> rules = new LinkedHashMap<>();
        List<String> fired = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        rules.put("retrainOnDatasetDrift", params.get(RETRAIN_ON_DRIFT));
        if (drift != null) {
            rules.put("datasetDrift", drift.datasetDrift());
            rules.put("driftedShare", drift.driftedShare());
            rules.put("driftShare", drift.driftShare());
            if (params.get(RETRAIN_ON_DRIFT) && drift.datasetDrift()) {
                fired.add("retrainOnDatasetDrift");
                long drifted = drift.columns().stream().filter(DriftReport.ColumnDrift::drifted).count();
                reasons.add("dataset drift: " + drifted + " of " + drift.columns().size() + " columns drifted (share "
                        + number(drift.driftedShare()) + " >= " + number(drift.driftShare()) + ")");
            }
        }
        Double accuracy = performance == null ? null : accuracy(performance);
        rules.put("minAccuracy", params.get(MIN_ACCURACY));
        rules.put("maxAccuracyDrop", params.get(MAX_DROP));
        rules.put("baselineAccuracy", params.get(BASELINE));
        rules.put("accuracy", accuracy);
        if (accuracy != null && params.get(MIN_ACCURACY) > 0 && accuracy < params.get(MIN_ACCURACY)) {
            fired.add("minAccuracy");
            reasons.add("accuracy " + number(accuracy) + " is below minAccuracy " + number(params.get(MIN_ACCURACY)));
        }
        if (accuracy != null && params.get(MAX_DROP) > 0) {
            double drop = params.get(BASELINE) - accuracy;
            rules.put("accuracyDrop", drop);
            if (drop > params.get(MAX_DROP)) {
                fired.add("maxAccuracyDrop");
                reasons.add("accuracy " + number(accuracy) + " is " + number(drop) + " below the baseline "
                        + number(params.get(BASELINE)) + " (more than maxAccuracyDrop " + number(params.get(MAX_DROP)) + ")");
            }
        }
        boolean retrain = !fired.isEmpty();
        TrainedModel output = retrain ? retrain(current, data, params, context) : current;
        String reason = retrain ? String.join("; ", reasons) : "no rule fired" + (accuracy == null ? ""
                : " (accuracy " + number(accuracy) + ")") + (drift == null ? "" : drift.datasetDrift()
                ? " (dataset drift reported, but retrainOnDatasetDrift is off)" : " (no dataset drift)");
        context.log((retrain ? "retrain: " : "keep: ") + reason);
        RetrainDecision decision = new RetrainDecision(retrain, reason, fired, rules, output.learner().toCommandLine(),
                params.get(REGISTER) ? params.get(MODEL_NAME) : null);
        return Map.of("model", output, "decision", decision);
    }

    private static TrainedModel retrain(TrainedModel current, Instances data, Params params, NodeContext context)
            throws Exception {
        WekaSpec spec = params.get(LEARNER) != null ? params.get(LEARNER) : current.learner();
        Classifier classifier = WekaObjects.newClassifier(spec, Learners.KEY);
        Learners.requireCapable(classifier, data, spec);
        context.checkCancelled();
        context.progress(0, "retraining " + spec.shortName() + " on " + data.numInstances() + " rows");
        try {
            classifier.buildClassifier(data);
        } catch (Exception e) {
            throw new NodeFailure("parameter '" + Learners.KEY + "': " + spec.shortName() + " failed to retrain on "
                    + data.numInstances() + " rows of input 'data': " + e.getMessage(), e);
        }
        context.progress(1, "retrained " + spec.shortName());
        return TrainedModel.of(classifier, data, spec);
    }

    private static Double accuracy(EvaluationResult performance) throws NodeFailure {
        if (performance.metrics().get("accuracy") instanceof Number n) {
            return n.doubleValue();
        }
        throw new NodeFailure("input 'performance' has no accuracy (a numeric class has none); set 'minAccuracy' and "
                + "'maxAccuracyDrop' to 0 and leave 'performance' unconnected, or evaluate a nominal class");
    }

    /** Refuses a policy that can never fire or a rule whose input is not connected. */
    private static void checkRules(Params params, boolean hasDrift, boolean hasPerformance) throws NodeFailure {
        boolean accuracyRule = params.get(MIN_ACCURACY) > 0 || params.get(MAX_DROP) > 0;
        if (accuracyRule && !hasPerformance) {
            String key = params.get(MIN_ACCURACY) > 0 ? MIN_ACCURACY.key() : MAX_DROP.key();
            throw new NodeFailure("parameter '" + key + "' needs the 'performance' input connected (e.g. from "
                    + "monitor.performance on the labelled batch), or set it to 0");
        }
        if (params.get(MAX_DROP) > 0 && params.get(BASELINE) <= 0) {
            throw new NodeFailure("parameter 'baselineAccuracy': give the accuracy the model had when it shipped, for "
                    + "'maxAccuracyDrop' " + number(params.get(MAX_DROP)) + ", or set 'maxAccuracyDrop' to 0");
        }
        boolean driftRule = params.get(RETRAIN_ON_DRIFT) && hasDrift;
        if (!driftRule && !accuracyRule) {
            throw new NodeFailure("no rule can fire: connect 'drift' and turn on 'retrainOnDatasetDrift', or connect "
                    + "'performance' and set 'minAccuracy' or 'maxAccuracyDrop'");
        }
    }

    private static void checkName(String name) throws NodeFailure {
        if (name.isBlank() || name.length() > 200 || name.contains("/") || !name.strip().equals(name)) {
            throw new NodeFailure("parameter 'modelName': '" + name + "' is not a model name; use 1 to 200 characters, "
                    + "no '/', no leading or trailing spaces");
        }
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
