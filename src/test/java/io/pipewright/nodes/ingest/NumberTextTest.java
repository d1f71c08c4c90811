package io.pipewright.nodes.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "7", "+7", "007", "3.25", "-3.25", ".5", "5.", "1e3", "1E-3", "2.5e+10",
        "0.1", "0.30000000000000004", "123456789012345678901234567890", "9007199254740993", "1e-320", "1e308",
        "4.9e-324", "3.141592653589793238462643383279", "123.456e-30"})
    void parsesLikeJava(String text) {
        assertThat(NumberText.parse(text)).isEqualTo(Double.parseDouble(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "e5", "1e", "1e+", "1.2.3", "12a", "NaN", "Infinity", "0x10", "1d", " 1", "1,5"})
    void refusesWhatIsNotADecimalNumber(String text) {
        assertThat(NumberText.parse(text)).isNaN();
    }
}
