package io.pipewright.nodes.prep;

import io.pipewright.node.CancelledException;
import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.param.ColumnParam;
import io.pipewright.param.Params;
import weka.core.Instances;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** prep.set-class: makes the chosen column the class (the column a model learns to predict). */
public final class SetClassNode implements NodeType {
    static final ColumnParam COLUMN = ColumnParam.required("column", "Class column", Schema.DATA,
            "The column that models learn to predict and evaluations score.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("prep.set-class", 1,
            "Set class", Category.PREPARE,
            "Makes the chosen column the class: the column a model learns to predict. Values and column order are unchanged.",
            List.of(AbstractFilterNode.DATA_IN),
            List.of(AbstractFilterNode.DATA_OUT), List.of(COLUMN), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        Instances header = Schema.input(inputSpecs, Schema.DATA);
        if (header == null) {
            return Schema.output(Schema.DATA, null);
        }
        Instances out = new Instances(header, 0);
        out.setClass(Schema.column(out, COLUMN.key(), params.get(COLUMN)));
        return Schema.output(Schema.DATA, out);
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context)
            throws NodeFailure, CancelledException {
        Instances data = inputs.get(Schema.DATA, Instances.class);
        Schema.column(data, COLUMN.key(), params.get(COLUMN));
        context.checkCancelled();
        // A copy: the input may feed other nodes, which must keep their class.
        Instances out = new Instances(data);
        out.setClass(out.attribute(params.get(COLUMN)));
        return Map.of(Schema.DATA, out);
    }
}
