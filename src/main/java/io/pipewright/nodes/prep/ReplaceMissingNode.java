package io.pipewright.nodes.prep;

import io.pipewright.node.Category;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.param.Params;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.ReplaceMissingValues;

import java.util.List;
import java.util.Set;

/** prep.replace-missing: Weka's ReplaceMissingValues (means for numeric columns, modes for nominal ones). */
public final class ReplaceMissingNode extends AbstractFilterNode {
    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("prep.replace-missing", 1,
            "Replace missing values", Category.PREPARE,
            "Fills every missing value with the mean (numeric columns) or the most frequent label (nominal "
                    + "columns) of that column in this data, as Weka's ReplaceMissingValues filter does. "
                    + "The class column is left as it is.",
            List.of(DATA_IN), List.of(DATA_OUT), List.of(), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Filter newFilter(Params params, Instances header) {
        return new ReplaceMissingValues();
    }

    @Override
    protected String describe(Params params) {
        return "Weka's ReplaceMissingValues filter";
    }
}
