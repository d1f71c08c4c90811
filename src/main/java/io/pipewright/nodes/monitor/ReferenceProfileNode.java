package io.pipewright.nodes.monitor;

import io.pipewright.monitor.Profiler;
import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.param.IntParam;
import io.pipewright.param.Params;
import weka.core.Instances;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code monitor.reference-profile}: keeps per-column statistics of a reference dataset so later batches
 * are compared with {@code monitor.data-drift} without reloading it. At configure time the profile's spec
 * is the dataset's header, so the drift node checks columns while the pipeline is drawn.
 */
public final class ReferenceProfileNode implements NodeType {
    public static final String TYPE_ID = "monitor.reference-profile";

    static final IntParam BINS = IntParam.of("bins", "Bins", 20, 1, 1000,
            "Equal-width bins per numeric column, from its minimum to its maximum; PSI and Jensen-Shannon compare "
                    + "later batches over these bins.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor(TYPE_ID, 1, "Reference profile", Category.MONITOR,
            "Profiles a reference dataset (usually the training data): for each numeric column a histogram, "
                    + "percentiles, mean and standard deviation, and either every value (up to "
                    + Profiler.EXACT_VALUES + " values, so drift tests against it are exact) or "
                    + Profiler.FINE_BINS + " fine bins; for each nominal column the frequency of each label; counts "
                    + "and missing values everywhere. Connect it to a Data drift node's reference input.",
            List.of(PortSpec.of("data", PortTypes.DATA, "The reference dataset to profile.")),
            List.of(PortSpec.of("profile", MonitorPortTypes.PROFILE,
                    "Per-column statistics of the reference; stored with the run and cached.")),
            List.of(BINS), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        Map<String, Object> out = new HashMap<>();
        out.put("profile", inputSpecs.get("data"));
        return out;
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        Instances data = inputs.get("data", Instances.class);
        context.progress(0, "profiling " + data.numInstances() + " rows x " + data.numAttributes() + " columns");
        DataProfile profile = DatasetProfiler.profile(data, params.get(BINS), Profiler.EXACT_VALUES, context);
        context.progress(1, "profiled " + profile.columns().size() + " columns");
        return Map.of("profile", profile);
    }
}
