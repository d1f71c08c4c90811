package io.pipewright.nodes.prep;

import io.pipewright.node.Category;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeTrait;
import io.pipewright.nodes.weka.WekaObjects;
import io.pipewright.param.Params;
import io.pipewright.param.WekaObjectParam;
import weka.core.Instances;
import weka.filters.Filter;

import java.util.List;
import java.util.Set;

/**
 * prep.weka-filter: any Weka filter, as class + options. Only Weka filter classes are accepted (the
 * parameter refuses other classes before anything is instantiated). When the filter cannot tell its
 * output columns from the header alone, or refuses the header, the output spec is unknown until run.
 */
public final class WekaFilterNode extends AbstractFilterNode {
    static final WekaObjectParam FILTER = WekaObjectParam.filter("filter", "Filter", null,
            "A Weka filter as class and options, e.g. weka.filters.unsupervised.attribute.PrincipalComponents -R 0.95. "
                    + "Supervised filters use the class column of the data.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("prep.weka-filter", 1,
            "Weka filter", Category.PREPARE,
            "Runs any Weka filter on the data, configured with Weka's own class name and options. If the filter "
                    + "drops the class column, the last remaining column becomes the class.",
            List.of(DATA_IN), List.of(DATA_OUT), List.of(FILTER), Set.of(NodeTrait.HEAVY));

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Filter newFilter(Params params, Instances header) throws NodeFailure {
        return WekaObjects.newFilter(params.get(FILTER), FILTER.key());
    }

    @Override
    protected String describe(Params params) {
        return "parameter '" + FILTER.key() + "': " + params.get(FILTER).toCommandLine();
    }

    /** Some filters check more on the data than on the header; the run decides. */
    @Override
    protected Instances onConfigureError(Params params, Exception e) {
        return null;
    }
}
