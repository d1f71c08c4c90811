package io.pipewright.nodes.ingest;

import io.pipewright.node.NodeFailure;
import io.pipewright.param.TextParam;
import weka.core.Attribute;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;

/** Sets the class column of loaded data: the column named by {@code classColumn}, else the last, as in Weka. */
final class ClassColumns {
    static final TextParam PARAM = TextParam.of("classColumn", "Class column", null,
            "The column to predict. Leave empty to use the last column, as Weka does.");

    private ClassColumns() {
    }

    static Instances apply(Instances data, String classColumn, String sourceName) throws NodeFailure {
        if (data.numAttributes() == 0) {
            throw new NodeFailure(sourceName + " has no columns");
        }
        if (classColumn == null || classColumn.isBlank()) {
            data.setClassIndex(data.numAttributes() - 1);
            return data;
        }
        Attribute attribute = data.attribute(classColumn.trim());
        if (attribute == null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < data.numAttributes(); i++) {
                names.add(data.attribute(i).name());
            }
            throw new NodeFailure("classColumn: no column '" + classColumn.trim() + "' in " + sourceName
                    + "; available columns: " + String.join(", ", names));
        }
        data.setClassIndex(attribute.index());
        return data;
    }
}
