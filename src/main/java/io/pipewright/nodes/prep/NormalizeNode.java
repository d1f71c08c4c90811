package io.pipewright.nodes.prep;

import io.pipewright.node.Category;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.param.DoubleParam;
import io.pipewright.param.Params;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Normalize;

import java.util.List;
import java.util.Set;

/** prep.normalize: Weka's Normalize filter (-S scale -T translation). */
public final class NormalizeNode extends AbstractFilterNode {
    static final DoubleParam SCALE = DoubleParam.of("scale", "Scale", 1.0, -Double.MAX_VALUE, Double.MAX_VALUE,
            "Width of the target range (Weka's -S). With the default 1 and translation 0, values land in [0, 1].");
    static final DoubleParam TRANSLATION = DoubleParam.of("translation", "Translation", 0.0,
            -Double.MAX_VALUE, Double.MAX_VALUE,
            "Start of the target range (Weka's -T). Scale 2 and translation -1 give [-1, 1].");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("prep.normalize", 1,
            "Normalize", Category.PREPARE,
            "Rescales every numeric column except the class linearly so that its minimum in this data maps "
                    + "to 'translation' and its maximum to 'translation' + 'scale' (Weka's Normalize filter).",
            List.of(DATA_IN), List.of(DATA_OUT), List.of(SCALE, TRANSLATION), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Filter newFilter(Params params, Instances header) {
        Normalize filter = new Normalize();
        filter.setScale(params.get(SCALE));
        filter.setTranslation(params.get(TRANSLATION));
        return filter;
    }

    @Override
    protected String describe(Params params) {
        return "Weka's Normalize filter";
    }
}
