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
import io.pipewright.param.ChoiceParam;
import io.pipewright.param.DoubleParam;
import io.pipewright.param.IntParam;
import io.pipewright.param.Params;
import weka.core.Attribute;
import weka.core.Instances;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code monitor.data-drift}: tests each column a current batch shares with a reference (a dataset or
 * its profile) for a change of distribution, and reports the test, why it was chosen, its statistic,
 * p-value, threshold and verdict per column, and the dataset verdict. See {@link DataDriftAnalysis}.
 *
 * <p>A dataset reference is profiled here keeping every value, so KS and Wasserstein equal SciPy's on
 * the raw data; a profile reference is exact up to {@link io.pipewright.monitor.Profiler#EXACT_VALUES}
 * values per column and binned above.
 */
public final class DataDriftNode implements NodeType {
    public static final String TYPE_ID = "monitor.data-drift";

    static final ChoiceParam NUMERIC_TEST = ChoiceParam.of("numericTest", "Numeric test", DriftSettings.AUTO,
            List.of(DriftSettings.AUTO, DriftSettings.KS, DriftSettings.PSI, DriftSettings.WASSERSTEIN),
            "Test for numeric columns. auto: two-sample Kolmogorov-Smirnov when the reference has at most "
                    + DriftSettings.AUTO_SMALL_ROWS + " rows, normed Wasserstein distance above (Evidently's rule); "
                    + "ks: KS p-value, exact or asymptotic as scipy.stats.ks_2samp chooses; psi: population stability "
                    + "index over the reference's bins; wasserstein: Wasserstein distance divided by the reference's "
                    + "standard deviation.");
    static final ChoiceParam CATEGORICAL_TEST = ChoiceParam.of("categoricalTest", "Categorical test", DriftSettings.AUTO,
            List.of(DriftSettings.AUTO, DriftSettings.CHI2, DriftSettings.PSI, DriftSettings.JENSEN_SHANNON),
            "Test for nominal columns. auto: chi-square when the reference has at most " + DriftSettings.AUTO_SMALL_ROWS
                    + " rows, Jensen-Shannon distance above; chi2: chi-square test of the reference and current "
                    + "label counts (no continuity correction); psi: population stability index over the labels; "
                    + "jensen-shannon: Jensen-Shannon distance (natural log) between the label shares.");
    static final DoubleParam KS_THRESHOLD = DoubleParam.of("ksThreshold", "KS p-value threshold", 0.05, 0, 1,
            "A column drifted when the KS p-value is below this.");
    static final DoubleParam CHI2_THRESHOLD = DoubleParam.of("chi2Threshold", "Chi-square p-value threshold", 0.05, 0, 1,
            "A column drifted when the chi-square p-value is below this.");
    static final DoubleParam PSI_THRESHOLD = DoubleParam.of("psiThreshold", "PSI threshold", 0.1, 0, 1000,
            "A column drifted when its PSI is at least this (usual bands: < 0.1 stable, 0.1-0.2 moderate, > 0.2 "
                    + "significant).");
    static final DoubleParam WASSERSTEIN_THRESHOLD = DoubleParam.of("wassersteinThreshold", "Wasserstein threshold", 0.1,
            0, 1e6, "A column drifted when its normed Wasserstein distance (in reference standard deviations) is at "
                    + "least this.");
    static final DoubleParam JS_THRESHOLD = DoubleParam.of("jsThreshold", "Jensen-Shannon threshold", 0.1, 0, 1,
            "A column drifted when its Jensen-Shannon distance is at least this (it lies between 0 and 0.83).");
    static final DoubleParam DRIFT_SHARE = DoubleParam.of("driftShare", "Drift share", 0.5, 0, 1,
            "The dataset drifted when at least this share of the compared columns drifted.");
    static final IntParam BINS = IntParam.of("bins", "Bins", 20, 1, 1000,
            "Equal-width bins per numeric column for PSI and Jensen-Shannon when the reference is a dataset; a "
                    + "profile reference keeps the bins it was made with.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor(TYPE_ID, 1, "Data drift", Category.MONITOR,
            "Compares a new batch with reference data (a dataset, or a Reference profile of it) column by column, "
                    + "the class column included (as target drift), and reports per column the test used and why, "
                    + "the statistic, the p-value where the test has one, the threshold and whether it drifted; the "
                    + "dataset drifted when the share of drifted columns reaches driftShare. Missing values are left "
                    + "out of every test.",
            List.of(PortSpec.of("reference", MonitorPortTypes.DATA_OR_PROFILE,
                            "The reference: a dataset (e.g. the training data) or its Reference profile."),
                    PortSpec.of("current", PortTypes.DATA, "The new batch to test against the reference.")),
            List.of(PortSpec.of("drift", MonitorPortTypes.DRIFT, "The drift report, per column and for the dataset.")),
            List.of(NUMERIC_TEST, CATEGORICAL_TEST, KS_THRESHOLD, CHI2_THRESHOLD, PSI_THRESHOLD, WASSERSTEIN_THRESHOLD,
                    JS_THRESHOLD, DRIFT_SHARE, BINS),
            Set.of(NodeTrait.HEAVY));

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        if (inputSpecs.get("reference") instanceof Instances reference && inputSpecs.get("current") instanceof Instances current) {
            boolean shared = false;
            for (int a = 0; a < reference.numAttributes(); a++) {
                Attribute other = current.attribute(reference.attribute(a).name());
                if (other != null) {
                    DataDriftAnalysis.requireSameKind(reference.attribute(a), other);
                    shared |= DatasetProfiler.comparable(other);
                }
            }
            if (!shared) {
                throw new NodeFailure("input 'current' shares no numeric or nominal column with input 'reference'; "
                        + "connect a batch with the reference's columns");
            }
        }
        Map<String, Object> out = new HashMap<>();
        out.put("drift", null);
        return out;
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        Object referenceValue = inputs.get("reference", Object.class);
        Instances current = inputs.get("current", Instances.class);
        DriftSettings settings = settings(params);
        DataProfile reference;
        if (referenceValue instanceof DataProfile profile) {
            reference = profile;
        } else if (referenceValue instanceof Instances data) {
            context.progress(0, "profiling the reference (" + data.numInstances() + " rows)");
            reference = DatasetProfiler.profile(data, settings.bins(), Integer.MAX_VALUE, context);
        } else {
            throw new NodeFailure("input 'reference' needs a dataset or a profile, got "
                    + referenceValue.getClass().getSimpleName());
        }
        context.checkCancelled();
        context.progress(0.3, "testing " + current.numInstances() + " rows against the reference");
        DriftReport report = DataDriftAnalysis.run(reference, current, settings, context);
        long drifted = report.columns().stream().filter(DriftReport.ColumnDrift::drifted).count();
        context.log(drifted + " of " + report.columns().size() + " columns drifted; dataset drift: " + report.datasetDrift());
        context.progress(1, "tested " + report.columns().size() + " columns");
        return Map.of("drift", report);
    }

    static DriftSettings settings(Params params) {
        return new DriftSettings(params.get(NUMERIC_TEST), params.get(CATEGORICAL_TEST),
                Map.of(DriftSettings.KS, params.get(KS_THRESHOLD), DriftSettings.CHI2, params.get(CHI2_THRESHOLD),
                        DriftSettings.PSI, params.get(PSI_THRESHOLD), DriftSettings.WASSERSTEIN,
                        params.get(WASSERSTEIN_THRESHOLD), DriftSettings.JENSEN_SHANNON, params.get(JS_THRESHOLD)),
                params.get(DRIFT_SHARE), params.get(BINS));
    }
}
