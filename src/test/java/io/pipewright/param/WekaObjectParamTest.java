package io.pipewright.param;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WekaObjectParamTest {
    private final WekaObjectParam classifier = WekaObjectParam.classifier("classifier", "Classifier",
            WekaSpec.of("weka.classifiers.trees.J48"), "The learner to train.");
    private final WekaObjectParam filter = WekaObjectParam.filter("filter", "Filter", null, "The filter to apply.");

    @Test
    void javaLangRuntimeIsRefusedAsAClassifier() {
        assertThatThrownBy(() -> classifier.bind(Map.of("class", "java.lang.Runtime", "options", List.of())))
                .isInstanceOf(ParamException.class)
                .hasMessage("'java.lang.Runtime' is not a Weka classifier; refused")
                .satisfies(e -> assertThat(((ParamException) e).key()).isEqualTo("classifier"));
    }

    @Test
    void refusedClassIsNeverInitialised() {
        assertThatThrownBy(() -> classifier.bind(Map.of("class", "io.pipewright.param.ParamTripwire")))
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("is not a Weka classifier");
        assertThat(ParamTripwire.Record.initialised).isFalse();
    }

    @Test
    void j48BindsWithItsOptions() throws ParamException {
        WekaSpec spec = classifier.bind(Map.of("class", "weka.classifiers.trees.J48", "options", List.of("-C", "0.1", "-M", 2)));

        assertThat(spec).isEqualTo(WekaSpec.of("weka.classifiers.trees.J48", "-C", "0.1", "-M", "2"));
    }

    @Test
    void filterIsRefusedAsAClassifier() {
        assertThatThrownBy(() -> classifier.bind(Map.of("class", "weka.filters.unsupervised.attribute.Normalize")))
                .isInstanceOf(ParamException.class)
                .hasMessage("'weka.filters.unsupervised.attribute.Normalize' is not a Weka classifier; refused");
    }

    @Test
    void filterBindsAsAFilterButAClassifierDoesNot() throws ParamException {
        assertThat(filter.bind("weka.filters.unsupervised.attribute.Normalize -S 2.0"))
                .isEqualTo(WekaSpec.of("weka.filters.unsupervised.attribute.Normalize", "-S", "2.0"));
        assertThatThrownBy(() -> filter.bind("weka.classifiers.trees.J48"))
                .isInstanceOf(ParamException.class)
                .hasMessage("'weka.classifiers.trees.J48' is not a Weka filter; refused");
    }

    @Test
    void abstractBaseClassIsRefused() {
        assertThatThrownBy(() -> classifier.bind("weka.classifiers.AbstractClassifier"))
                .isInstanceOf(ParamException.class)
                .hasMessage("'weka.classifiers.AbstractClassifier' is not a Weka classifier; refused");
    }

    @Test
    void missingClassIsReportedAsUnavailable() {
        assertThatThrownBy(() -> classifier.bind(Map.of("class", "weka.classifiers.trees.NoSuchTree")))
                .isInstanceOf(ParamException.class)
                .hasMessage("no classifier class 'weka.classifiers.trees.NoSuchTree' is available");
    }

    @Test
    void unexpectedFieldIsRefused() {
        assertThatThrownBy(() -> classifier.bind(Map.of("class", "weka.classifiers.trees.J48", "args", List.of())))
                .isInstanceOf(ParamException.class)
                .hasMessage("unknown field 'args'; expected only 'class' and 'options'");
    }

    @Test
    void rawFormRoundTripsThroughBind() throws ParamException {
        WekaSpec spec = WekaSpec.of("weka.classifiers.trees.J48", "-C", "0.1");

        assertThat(classifier.bind(classifier.toRaw(spec))).isEqualTo(spec);
    }
}
