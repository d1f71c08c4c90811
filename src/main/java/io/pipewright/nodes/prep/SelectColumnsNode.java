package io.pipewright.nodes.prep;

import io.pipewright.node.Category;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeFailure;
import io.pipewright.param.BoolParam;
import io.pipewright.param.ColumnListParam;
import io.pipewright.param.Params;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Remove;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * prep.select-columns: keeps (or, inverted, removes) the listed columns with Weka's Remove filter.
 * Kept columns come in the listed order (as Weka's {@code Remove -V -R 4,1,5} gives them); removing
 * leaves the others in their input order. When the class column is not kept, the last remaining column
 * becomes the class (data always has one) and the run log says so.
 */
public final class SelectColumnsNode extends AbstractFilterNode {
    static final ColumnListParam COLUMNS = ColumnListParam.required("columns", "Columns", Schema.DATA,
            "The columns to keep, in the order they should have (or to remove, when 'invert' is on).");
    static final BoolParam INVERT = BoolParam.of("invert", "Remove the listed columns", false,
            "Off: keep only the listed columns. On: remove the listed columns and keep the rest.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("prep.select-columns", 1,
            "Select columns", Category.PREPARE,
            "Keeps only the listed columns, in the listed order, or removes them when 'invert' is on (Weka's Remove filter). "
                    + "If the class column is dropped, the last remaining column becomes the class; add a "
                    + "'Set class' node after this one to choose another.",
            List.of(DATA_IN), List.of(DATA_OUT), List.of(COLUMNS, INVERT), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Filter newFilter(Params params, Instances header) throws NodeFailure {
        Set<Integer> listed = new LinkedHashSet<>();
        for (String name : params.get(COLUMNS)) {
            listed.add(Schema.column(header, COLUMNS.key(), name).index());
        }
        boolean invert = params.get(INVERT);
        int remaining = invert ? header.numAttributes() - listed.size() : listed.size();
        if (remaining == 0) {
            throw new NodeFailure("parameter '" + COLUMNS.key() + "': " + (invert
                    ? "removing every column leaves nothing; list fewer columns"
                    : "list at least one column to keep"));
        }
        Remove remove = new Remove();
        remove.setAttributeIndicesArray(listed.stream().mapToInt(Integer::intValue).toArray());
        // Remove drops the listed columns; inverted, it keeps them.
        remove.setInvertSelection(!invert);
        return remove;
    }

    @Override
    protected String describe(Params params) {
        return "Select columns";
    }
}
