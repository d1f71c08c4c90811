package io.pipewright.nodes.prep;

import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.param.Params;
import weka.core.Instances;
import weka.filters.Filter;

import java.util.Map;

/**
 * A Prepare node that is one Weka filter on port {@code data}: subclasses say how to build the filter
 * from the parameters; configuring and running it is the same for all of them.
 */
abstract class AbstractFilterNode implements NodeType {
    static final PortSpec DATA_IN = PortSpec.of(Schema.DATA, PortTypes.DATA, "the rows to prepare");
    static final PortSpec DATA_OUT = PortSpec.of(Schema.DATA, PortTypes.DATA,
            "the prepared rows, with a class column");

    /**
     * A new, unconfigured filter for data with this header. Called once per configure and once per
     * run, so a filter never carries state between runs.
     *
     * @throws NodeFailure naming the parameter at fault (e.g. a missing column)
     */
    protected abstract Filter newFilter(Params params, Instances header) throws NodeFailure;

    /** Starts messages about this filter, e.g. "Weka's Normalize filter". */
    protected abstract String describe(Params params);

    /**
     * The output spec when Weka refuses the header at configure time. By default that is a failure:
     * the same header would fail the run.
     */
    protected Instances onConfigureError(Params params, Exception e) throws NodeFailure {
        throw new NodeFailure(describe(params) + " cannot take this input: " + FilterRunner.message(e), e);
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        Instances header = Schema.input(inputSpecs, Schema.DATA);
        if (header == null) {
            return Schema.output(Schema.DATA, null);
        }
        Filter filter = newFilter(params, header);
        Instances out;
        try {
            out = FilterRunner.outputFormat(filter, header);
        } catch (Exception e) {
            out = onConfigureError(params, e);
        }
        if (out != null && out.numAttributes() == 0) {
            throw new NodeFailure(describe(params) + " leaves no columns; keep at least one column");
        }
        return Schema.output(Schema.DATA, out);
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context)
            throws NodeFailure, CancelledException {
        Instances data = inputs.get(Schema.DATA, Instances.class);
        Filter filter = newFilter(params, data);
        Instances out = FilterRunner.apply(filter, data, context, describe(params));
        if (out.numAttributes() == 0) {
            throw new NodeFailure(describe(params) + " left no columns; keep at least one column");
        }
        context.log(describe(params) + ": " + data.numInstances() + " rows x " + data.numAttributes()
                + " columns in, " + out.numInstances() + " rows x " + out.numAttributes() + " columns out");
        return Map.of(Schema.DATA, out);
    }
}
