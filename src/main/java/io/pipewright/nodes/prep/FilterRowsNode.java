package io.pipewright.nodes.prep;

import io.pipewright.node.CancelledException;
import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.param.ChoiceParam;
import io.pipewright.param.ColumnParam;
import io.pipewright.param.Params;
import io.pipewright.param.TextParam;
import weka.core.Instances;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** prep.filter-rows: keeps the rows whose value in one column passes a comparison. */
public final class FilterRowsNode implements NodeType {
    static final ColumnParam COLUMN = ColumnParam.required("column", "Column", Schema.DATA,
            "The column whose value decides whether a row is kept.");
    static final ChoiceParam OPERATOR = ChoiceParam.of("operator", "Operator", "==", RowCondition.OPERATORS,
            "How the column's value is compared with 'value'. <, <=, > and >= need a numeric or date column; "
                    + "is-missing and not-missing ignore 'value'.");
    static final TextParam VALUE = TextParam.of("value", "Value", "",
            "What the column is compared with: a number for a numeric column, a date in the column's format "
                    + "for a date column, one of its labels for a nominal column.");

    private static final String[] KEYS = {COLUMN.key(), OPERATOR.key(), VALUE.key()};
    private static final int CHECK_EVERY = 10_000;

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("prep.filter-rows", 1,
            "Filter rows", Category.PREPARE,
            "Keeps the rows whose value in 'column' passes the comparison, e.g. petallength > 2.5 or "
                    + "class == Iris-setosa. A missing value never passes a comparison; use is-missing to keep those rows.",
            List.of(AbstractFilterNode.DATA_IN),
            List.of(PortSpec.of(Schema.DATA, PortTypes.DATA,
                    "the rows that pass, in their input order")),
            List.of(COLUMN, OPERATOR, VALUE), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        Instances header = Schema.input(inputSpecs, Schema.DATA);
        if (header != null) {
            condition(header, params);
        }
        return Schema.output(Schema.DATA, header);
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context)
            throws NodeFailure, CancelledException {
        Instances data = inputs.get(Schema.DATA, Instances.class);
        RowCondition condition = condition(data, params);
        Instances out = new Instances(data, 0);
        for (int i = 0; i < data.numInstances(); i++) {
            if (i % CHECK_EVERY == 0) {
                context.checkCancelled();
                context.progress((double) i / data.numInstances(), "filtering rows");
            }
            if (condition.test(data.instance(i))) {
                out.add(data.instance(i));
            }
        }
        out.compactify();
        context.log("kept " + out.numInstances() + " of " + data.numInstances() + " rows where "
                + params.get(COLUMN) + " " + params.get(OPERATOR)
                + (params.get(OPERATOR).endsWith("missing") ? "" : " " + params.get(VALUE)));
        return Map.of(Schema.DATA, out);
    }

    private static RowCondition condition(Instances header, Params params) throws NodeFailure {
        return RowCondition.compile(header, params.get(COLUMN), params.get(OPERATOR), params.get(VALUE), KEYS);
    }
}
