package io.pipewright.nodes.evaluate;

import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrossValidationNodeTest {
    @TempDir
    Path tempDir;

    private final CrossValidationNode node = new CrossValidationNode();

    @Test
    void moreFoldsThanRowsFailsNamingFolds() {
        Instances tenRows = new Instances(TestDatasets.load("iris"), 0, 10);

        assertThatThrownBy(() -> run(tenRows, Map.of("folds", 12), new DirectNodeContext(tempDir)))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("parameter 'folds'")
                .hasMessageContaining("the data has 10")
                .hasMessageContaining("at most 10 folds");
    }

    @Test
    void learnerThatCannotHandleTheDataFailsBeforeAnyFold() {
        Instances numericClass = TestDatasets.load("diabetes", "plas");
        DirectNodeContext context = new DirectNodeContext(tempDir);

        assertThatThrownBy(() -> run(numericClass, Map.of(), context))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("J48 cannot handle numeric class");
        assertThat(context.progress).isEmpty();
    }

    @Test
    void reportsProgressForEveryFold() throws Exception {
        DirectNodeContext context = new DirectNodeContext(tempDir, 2);

        run(TestDatasets.load("iris"), Map.of("folds", 5), context);

        assertThat(context.progress).hasSize(6);
        assertThat(context.progress).contains(1 / 6.0, 5 / 6.0, 1.0);
    }

    @Test
    void cancellingAfterTheFirstFoldStopsTheRemainingFolds() {
        DirectNodeContext direct = new DirectNodeContext(tempDir, 1);
        NodeContext cancelAfterFirstTask = new CancelAfterFirstTask(direct);

        assertThatThrownBy(() -> run(TestDatasets.load("iris"), Map.of(), cancelAfterFirstTask))
                .isInstanceOf(CancelledException.class);
        assertThat(direct.progress).hasSize(1);
    }

    private EvaluationResult run(Instances data, Map<String, Object> raw, NodeContext context) throws Exception {
        Params.Binding binding = Params.bind(node.descriptor().params(), raw);
        assertThat(binding.ok()).as(binding.problems().toString()).isTrue();
        return (EvaluationResult) node.execute(new NodeInputs(Map.of("data", data)), binding.params(), context)
                .get("evaluation");
    }

    /** Delegates to a {@link DirectNodeContext} and sets its cancelled flag once the first task has run. */
    private record CancelAfterFirstTask(DirectNodeContext direct) implements NodeContext {
        @Override
        public <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
            return direct.parallel(tasks.stream().<Callable<T>>map(task -> () -> {
                T result = task.call();
                direct.cancelled.set(true);
                return result;
            }).toList());
        }

        @Override
        public void checkCancelled() throws CancelledException {
            direct.checkCancelled();
        }

        @Override
        public void progress(double fraction, String message) {
            direct.progress(fraction, message);
        }

        @Override
        public void log(String line) {
            direct.log(line);
        }

        @Override
        public int parallelism() {
            return direct.parallelism();
        }

        @Override
        public Path resolvePath(String path) {
            return direct.resolvePath(path);
        }

        @Override
        public String nodeId() {
            return direct.nodeId();
        }
    }
}
