package io.pipewright.app.inspector;

import io.pipewright.param.WekaObjectParam;
import io.pipewright.param.WekaSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WekaOptionModelTest {
    private static final WekaSpec J48 = WekaSpec.of("weka.classifiers.trees.J48", "-C", "0.25", "-M", "2");

    private static WekaOptionModel j48() throws Exception {
        return WekaOptionModel.of(J48, WekaObjectParam.CLASSIFIER);
    }

    @Test
    void rowsCarryWekasOwnDescriptionsAndCurrentValues() throws Exception {
        WekaOptionModel.Row confidence = j48().rows().stream().filter(r -> r.name().equals("C")).findFirst().orElseThrow();

        assertThat(confidence.value()).isEqualTo("0.25");
        assertThat(confidence.flag()).isFalse();
        assertThat(confidence.description()).containsIgnoringCase("confidence threshold");
    }

    @Test
    void anInvalidValueIsRefusedWithWekasReasonAndNoSpec() throws Exception {
        WekaOptionModel.Change change = j48().with("C", "abc");

        assertThat(change.ok()).isFalse();
        assertThat(change.spec()).isNull();
        assertThat(change.refusal()).contains("-C abc").contains("number");
    }

    @Test
    void aValidValueReplacesTheOptionInPlace() throws Exception {
        WekaOptionModel.Change change = j48().with("C", "0.1");

        assertThat(change.ok()).isTrue();
        assertThat(change.spec().options()).containsSubsequence("-C", "0.1").doesNotContain("0.25");
    }

    @Test
    void aFlagIsAddedAndRemoved() throws Exception {
        WekaOptionModel.Change on = j48().with("U", "true");
        assertThat(on.spec().options()).contains("-U");

        WekaOptionModel.Change off = WekaOptionModel.of(on.spec(), WekaObjectParam.CLASSIFIER).with("U", "false");
        assertThat(off.spec().options()).doesNotContain("-U");
    }

    @Test
    void filterOptionsAreReadToo() throws Exception {
        WekaOptionModel model = WekaOptionModel.of(WekaSpec.of("weka.filters.unsupervised.attribute.Remove", "-R", "1"),
                WekaObjectParam.FILTER);

        assertThat(model.rows()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("R");
            assertThat(r.value()).isEqualTo("1");
        });
    }
}
