package io.pipewright.nodes.prep;

import io.pipewright.node.Category;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.param.Params;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.instance.RemoveDuplicates;

import java.util.List;
import java.util.Set;

/** prep.remove-duplicates: Weka's unsupervised RemoveDuplicates filter. */
public final class RemoveDuplicatesNode extends AbstractFilterNode {
    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("prep.remove-duplicates", 1,
            "Remove duplicate rows", Category.PREPARE,
            "Keeps the first of every set of rows that are equal in all columns, class included "
                    + "(Weka's RemoveDuplicates filter).",
            List.of(DATA_IN), List.of(DATA_OUT), List.of(), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Filter newFilter(Params params, Instances header) {
        return new RemoveDuplicates();
    }

    @Override
    protected String describe(Params params) {
        return "Weka's RemoveDuplicates filter";
    }
}
