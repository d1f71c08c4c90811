package io.pipewright.nodes.prep;

import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeFailure;
import weka.core.Instances;
import weka.filters.Filter;

/**
 * Runs a Weka filter the way every Prepare node needs it: the output header from the input header
 * alone (when the filter can tell), the filtered data, and a class column that is always set.
 */
final class FilterRunner {
    private FilterRunner() {
    }

    /**
     * The filter's output header for {@code header}, or null when the filter can only tell after
     * seeing the data (e.g. Discretize, whose bin labels come from the values).
     *
     * @throws Exception whatever Weka throws when the filter refuses the header
     */
    static Instances outputFormat(Filter filter, Instances header) throws Exception {
        filter.setInputFormat(new Instances(header, 0));
        if (!filter.isOutputFormatDefined()) {
            return null;
        }
        Instances out = filter.getOutputFormat();
        restoreClass(out);
        return out;
    }

    /**
     * Filters {@code data} with a fresh {@code filter} (Weka's {@link Filter#useFilter}). {@code what}
     * starts any failure message, e.g. "parameter 'filter': weka.filters.X".
     */
    static Instances apply(Filter filter, Instances data, NodeContext context, String what)
            throws NodeFailure, CancelledException {
        context.checkCancelled();
        Instances out;
        try {
            filter.setInputFormat(data);
            out = Filter.useFilter(data, filter);
        } catch (Exception e) {
            throw new NodeFailure(what + " failed on the data: " + message(e), e);
        }
        context.checkCancelled();
        String previousClass = data.classIndex() >= 0 ? data.classAttribute().name() : "?";
        if (restoreClass(out)) {
            context.log("the class column '" + previousClass + "' was removed; the last column '"
                    + out.classAttribute().name() + "' is the class now");
        }
        return out;
    }

    /**
     * Data always has a class: when a filter dropped the class column, the last column becomes the class.
     *
     * @return true when the class had to be re-set
     */
    static boolean restoreClass(Instances data) {
        if (data.classIndex() >= 0 || data.numAttributes() == 0) {
            return false;
        }
        data.setClassIndex(data.numAttributes() - 1);
        return true;
    }

    static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
