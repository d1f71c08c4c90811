package io.pipewright.nodes.prep;

import io.pipewright.node.Category;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.param.BoolParam;
import io.pipewright.param.Params;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.NominalToBinary;

import java.util.List;
import java.util.Set;

/** prep.nominal-to-binary: Weka's unsupervised NominalToBinary filter. */
public final class NominalToBinaryNode extends AbstractFilterNode {
    static final BoolParam BINARY_FOR_ALL = BoolParam.of("binaryForAll", "One column per label, always", false,
            "When on, a two-label column also becomes two 0/1 columns (Weka's -A); when off it becomes one.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("prep.nominal-to-binary", 1,
            "Nominal to binary", Category.PREPARE,
            "Replaces every nominal column except the class with numeric 0/1 columns, one per label "
                    + "(Weka's unsupervised NominalToBinary filter). The class column stays nominal and stays the class.",
            List.of(DATA_IN), List.of(DATA_OUT), List.of(BINARY_FOR_ALL), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Filter newFilter(Params params, Instances header) {
        NominalToBinary filter = new NominalToBinary();
        filter.setTransformAllValues(params.get(BINARY_FOR_ALL));
        return filter;
    }

    @Override
    protected String describe(Params params) {
        return "Weka's NominalToBinary filter";
    }
}
