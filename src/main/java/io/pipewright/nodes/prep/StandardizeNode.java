package io.pipewright.nodes.prep;

import io.pipewright.node.Category;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.param.Params;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Standardize;

import java.util.List;
import java.util.Set;

/** prep.standardize: Weka's Standardize filter. */
public final class StandardizeNode extends AbstractFilterNode {
    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("prep.standardize", 1,
            "Standardize", Category.PREPARE,
            "Shifts and scales every numeric column except the class to mean 0 and standard deviation 1, "
                    + "using the mean and deviation of this data (Weka's Standardize filter).",
            List.of(DATA_IN), List.of(DATA_OUT), List.of(), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Filter newFilter(Params params, Instances header) {
        return new Standardize();
    }

    @Override
    protected String describe(Params params) {
        return "Weka's Standardize filter";
    }
}
