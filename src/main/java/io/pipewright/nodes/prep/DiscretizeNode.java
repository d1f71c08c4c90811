package io.pipewright.nodes.prep;

import io.pipewright.node.Category;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.param.BoolParam;
import io.pipewright.param.IntParam;
import io.pipewright.param.Params;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Discretize;

import java.util.List;
import java.util.Set;

/**
 * prep.discretize: Weka's unsupervised Discretize filter (-B bins, -F). Its bin labels come from the
 * values, so the output columns are known only after a run: configure reports an unknown spec.
 */
public final class DiscretizeNode extends AbstractFilterNode {
    static final IntParam BINS = IntParam.of("bins", "Bins", 10, 2, 1000,
            "How many intervals each numeric column is cut into (Weka's -B).");
    static final BoolParam EQUAL_FREQUENCY = BoolParam.of("equalFrequency", "Equal frequency", false,
            "When on, the intervals hold about the same number of rows (Weka's -F); when off they have the same width.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("prep.discretize", 1,
            "Discretize", Category.PREPARE,
            "Turns every numeric column except the class into a nominal column of intervals (Weka's "
                    + "unsupervised Discretize filter). The interval labels depend on the values, so the output "
                    + "columns are known only after the node has run.",
            List.of(DATA_IN), List.of(DATA_OUT), List.of(BINS, EQUAL_FREQUENCY), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Filter newFilter(Params params, Instances header) {
        Discretize filter = new Discretize();
        filter.setBins(params.get(BINS));
        filter.setUseEqualFrequency(params.get(EQUAL_FREQUENCY));
        return filter;
    }

    @Override
    protected String describe(Params params) {
        return "Weka's Discretize filter";
    }
}
