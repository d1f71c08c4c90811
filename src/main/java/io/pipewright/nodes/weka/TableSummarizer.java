package io.pipewright.nodes.weka;

import io.pipewright.exec.OutputSummarizer;
import weka.core.Instances;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reports a table's shape (rows, columns, class column) in the run's report and the workspace's record. */
public final class TableSummarizer implements OutputSummarizer {
    @Override
    public Optional<Map<String, Object>> summarize(Object value) {
        if (!(value instanceof Instances data)) {
            return Optional.empty();
        }
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("rows", data.numInstances());
        shape.put("columns", data.numAttributes());
        shape.put("classColumn", data.classIndex() < 0 ? null : data.classAttribute().name());
        return Optional.of(shape);
    }
}
