package io.pipewright.nodes.monitor;

import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import weka.core.Instances;

import java.util.Map;

/** Helpers for the monitor node tests. */
final class MonitorTestData {
    private MonitorTestData() {
    }

    /** A copy of {@code data} with {@code delta} added to each named numeric column. */
    static Instances shifted(Instances data, double delta, String... columns) {
        Instances copy = new Instances(data);
        for (String column : columns) {
            int a = copy.attribute(column).index();
            for (int r = 0; r < copy.numInstances(); r++) {
                copy.instance(r).setValue(a, copy.instance(r).value(a) + delta);
            }
        }
        return copy;
    }

    /** {@code data} twice, row after row. */
    static Instances doubled(Instances data) {
        Instances copy = new Instances(data);
        for (int r = 0; r < data.numInstances(); r++) {
            copy.add((weka.core.Instance) data.instance(r).copy());
        }
        return copy;
    }

    static Params params(NodeType node, Map<String, Object> raw) {
        Params.Binding binding = Params.bind(node.descriptor().params(), raw);
        if (!binding.ok()) {
            throw new IllegalArgumentException(String.valueOf(binding.problems()));
        }
        return binding.params();
    }

    static DriftReport drift(Object reference, Instances current, Map<String, Object> raw, DirectNodeContext context)
            throws Exception {
        DataDriftNode node = new DataDriftNode();
        return (DriftReport) node.execute(new NodeInputs(Map.of("reference", reference, "current", current)),
                params(node, raw), context).get("drift");
    }

    static DataProfile profile(Instances data, DirectNodeContext context) throws Exception {
        ReferenceProfileNode node = new ReferenceProfileNode();
        return (DataProfile) node.execute(new NodeInputs(Map.of("data", data)), params(node, Map.of()), context)
                .get("profile");
    }

    static DriftReport.ColumnDrift column(DriftReport report, String name) throws NodeFailure {
        return report.columns().stream().filter(c -> c.column().equals(name)).findFirst()
                .orElseThrow(() -> new NodeFailure("no column " + name));
    }
}
