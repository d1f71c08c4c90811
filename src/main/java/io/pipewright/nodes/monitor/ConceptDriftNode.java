package io.pipewright.nodes.monitor;

import io.pipewright.monitor.concept.Adwin;
import io.pipewright.monitor.concept.Ddm;
import io.pipewright.monitor.concept.DriftDetector;
import io.pipewright.monitor.concept.Eddm;
import io.pipewright.monitor.concept.ErrorStreamScan;
import io.pipewright.monitor.concept.PageHinkley;
import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.param.ChoiceParam;
import io.pipewright.param.DoubleParam;
import io.pipewright.param.IntParam;
import io.pipewright.param.Params;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code monitor.concept-drift}: predicts every labelled row of a batch with the model, in row order,
 * and runs a drift detector over the resulting error stream (1 = wrong, 0 = right). Warning and drift
 * positions are 0-based row indexes of the batch. The detectors and their defaults are MOA's.
 */
public final class ConceptDriftNode implements NodeType {
    public static final String TYPE_ID = "monitor.concept-drift";
    static final List<String> DETECTORS = List.of("ddm", "eddm", "adwin", "page-hinkley");

    static final ChoiceParam DETECTOR = ChoiceParam.of("detector", "Detector", "ddm", DETECTORS,
            "The detector run over the error stream. ddm: DDM (Gama et al. 2004), warns and signals drift when the "
                    + "error rate rises by 2 and 3 standard deviations above its best. eddm: EDDM (Baena-Garcia et al. "
                    + "2006), follows the distance between errors; suited to slow, gradual drift. adwin: ADWIN (Bifet and "
                    + "Gavalda 2007), an adaptive window that drops old rows when the error rate changes; no warnings. "
                    + "page-hinkley: the Page-Hinkley test on the error rate; no warnings.");
    static final IntParam MIN_INSTANCES = IntParam.of("minInstances", "Minimum rows", Ddm.DEFAULT_MIN_INSTANCES, 0, 1_000_000,
            "DDM and Page-Hinkley: rows seen before any warning or drift can be signalled (MOA's default 30). "
                    + "EDDM always waits for 30 rows and 30 errors, as in MOA.");
    static final DoubleParam WARNING_LEVEL = DoubleParam.of("warningLevel", "DDM warning level", Ddm.DEFAULT_WARNING_LEVEL,
            0.1, 10, "DDM: standard deviations above the best error rate that start the warning zone (default 2.0).");
    static final DoubleParam DRIFT_LEVEL = DoubleParam.of("driftLevel", "DDM drift level", Ddm.DEFAULT_DRIFT_LEVEL, 0.1, 10,
            "DDM: standard deviations above the best error rate that signal drift (default 3.0); at least the warning level.");
    static final DoubleParam EDDM_WARNING = DoubleParam.of("eddmWarningRatio", "EDDM warning ratio", Eddm.DEFAULT_WARNING_RATIO,
            0.01, 0.999, "EDDM: warn when the distance between errors (mean + 2 sd) falls below this share of its maximum (0.95).");
    static final DoubleParam EDDM_DRIFT = DoubleParam.of("eddmDriftRatio", "EDDM drift ratio", Eddm.DEFAULT_DRIFT_RATIO,
            0.01, 0.999, "EDDM: signal drift below this share (0.9); at most the warning ratio.");
    static final DoubleParam ADWIN_DELTA = DoubleParam.of("adwinDelta", "ADWIN delta", Adwin.DEFAULT_DELTA, 1e-9, 0.5,
            "ADWIN: confidence of a cut (default 0.002); smaller means fewer, surer drifts.");
    static final DoubleParam PH_DELTA = DoubleParam.of("phDelta", "Page-Hinkley delta", PageHinkley.DEFAULT_DELTA, 0, 1,
            "Page-Hinkley: the change in error rate tolerated before the sum grows (default 0.005).");
    static final DoubleParam PH_LAMBDA = DoubleParam.of("phLambda", "Page-Hinkley lambda", PageHinkley.DEFAULT_LAMBDA,
            0.001, 1e9, "Page-Hinkley: the threshold the cumulative sum must pass to signal drift (default 50).");
    static final DoubleParam PH_ALPHA = DoubleParam.of("phAlpha", "Page-Hinkley alpha", PageHinkley.DEFAULT_ALPHA, 0.5, 1,
            "Page-Hinkley: fading factor of the cumulative sum (MOA's default 1 - 0.0001).");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor(TYPE_ID, 1, "Concept drift", Category.MONITOR,
            "Watches a model's errors on a labelled batch, row by row, with a drift detector (DDM, EDDM, ADWIN or "
                    + "Page-Hinkley, MOA's defaults) and reports the error rate and the rows where it raised a warning "
                    + "(start of a warning zone) or signalled drift. Keep the batch in arrival order. Rows without a "
                    + "class value are skipped; a row the model cannot classify counts as an error.",
            List.of(PortSpec.of("model", PortTypes.MODEL, "The model in production."),
                    PortSpec.of("batch", PortTypes.DATA, "Newly labelled rows in arrival order, with the model's columns; "
                            + "the class must be nominal.")),
            List.of(PortSpec.of("report", MonitorPortTypes.CONCEPT_DRIFT,
                    "The detector, its settings, the error rate and the warning and drift rows.")),
            List.of(DETECTOR, MIN_INSTANCES, WARNING_LEVEL, DRIFT_LEVEL, EDDM_WARNING, EDDM_DRIFT, ADWIN_DELTA, PH_DELTA,
                    PH_LAMBDA, PH_ALPHA),
            Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        detector(params);
        Instances modelHeader = (Instances) inputSpecs.get("model");
        Instances batch = (Instances) inputSpecs.get("batch");
        if (batch != null) {
            requireNominalClass(batch);
        }
        if (modelHeader != null && batch != null) {
            TrainedModel.requireCompatible(modelHeader, batch, "batch");
        }
        Map<String, Object> out = new HashMap<>();
        out.put("report", null);
        return out;
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        TrainedModel model = inputs.get("model", TrainedModel.class);
        Instances batch = inputs.get("batch", Instances.class);
        requireNominalClass(batch);
        model.requireCompatible(batch, "batch");
        DriftDetector detector = detector(params);
        int n = batch.numInstances();
        double[] errors = new double[n];
        int[] rows = new int[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (i % 1000 == 0) {
                context.checkCancelled();
                context.progress(i / (double) n, "predicting row " + (i + 1) + " of " + n);
            }
            Instance row = batch.instance(i);
            if (row.classIsMissing()) {
                continue;
            }
            double predicted;
            try {
                predicted = model.classifier().classifyInstance(row);
            } catch (Exception e) {
                throw new NodeFailure("input 'batch', row " + (i + 1) + ": the " + model.learner().shortName()
                        + " model could not classify it: " + e.getMessage(), e);
            }
            errors[used] = Utils.isMissingValue(predicted) || predicted != row.classValue() ? 1 : 0;
            rows[used] = i;
            used++;
        }
        ErrorStreamScan.Result result = ErrorStreamScan.scan(detector, java.util.Arrays.copyOf(errors, used),
                java.util.Arrays.copyOf(rows, used));
        if (used < n) {
            context.log((n - used) + " rows without a class value were skipped");
        }
        context.log(detector.id() + " over " + used + " predictions: error rate " + String.format(java.util.Locale.ROOT,
                "%.4f", result.errorRate()) + ", " + result.warnings().size() + " warnings, " + result.drifts().size() + " drifts");
        context.progress(1, "scanned " + used + " predictions");
        return Map.of("report", new ConceptDriftReport(detector.id(), detector.settings(), result.instances(),
                result.errorRate(), result.warnings(), result.drifts()));
    }

    static DriftDetector detector(Params params) throws NodeFailure {
        String id = params.get(DETECTOR);
        return switch (id) {
            case "ddm" -> {
                if (params.get(DRIFT_LEVEL) < params.get(WARNING_LEVEL)) {
                    throw new NodeFailure("parameter 'driftLevel' (" + params.get(DRIFT_LEVEL) + ") must be at least "
                            + "'warningLevel' (" + params.get(WARNING_LEVEL) + ")");
                }
                yield new Ddm(params.get(MIN_INSTANCES), params.get(WARNING_LEVEL), params.get(DRIFT_LEVEL));
            }
            case "eddm" -> {
                if (params.get(EDDM_DRIFT) > params.get(EDDM_WARNING)) {
                    throw new NodeFailure("parameter 'eddmDriftRatio' (" + params.get(EDDM_DRIFT) + ") must be at most "
                            + "'eddmWarningRatio' (" + params.get(EDDM_WARNING) + ")");
                }
                yield new Eddm(params.get(EDDM_WARNING), params.get(EDDM_DRIFT));
            }
            case "adwin" -> new Adwin(params.get(ADWIN_DELTA));
            case "page-hinkley" -> new PageHinkley(params.get(MIN_INSTANCES), params.get(PH_DELTA), params.get(PH_LAMBDA),
                    params.get(PH_ALPHA));
            default -> throw new NodeFailure("parameter 'detector': unknown detector '" + id + "'; use one of " + DETECTORS);
        };
    }

    private static void requireNominalClass(Instances data) throws NodeFailure {
        if (!data.classAttribute().isNominal()) {
            throw new NodeFailure("input 'batch': the class column '" + data.classAttribute().name() + "' is "
                    + weka.core.Attribute.typeToString(data.classAttribute()) + "; concept drift detection follows "
                    + "right and wrong predictions, so it needs a nominal class");
        }
    }
}
