package io.pipewright.app.results;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The ROC area helper needs no toolkit. */
class EvaluationViewTest {
    @Test
    void areaUnderAPerfectCurveIsOneWhateverThePointOrder() {
        List<double[]> weka = List.of(new double[] {1, 1, 0}, new double[] {0, 1, 0.5}, new double[] {0, 0, 1});
        assertThat(EvaluationView.areaUnder(weka)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void areaUnderTheDiagonalIsOneHalf() {
        assertThat(EvaluationView.areaUnder(List.of(new double[] {0, 0, 1}, new double[] {1, 1, 0})))
                .isCloseTo(0.5, within(1e-12));
    }
}
