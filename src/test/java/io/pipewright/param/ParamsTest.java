package io.pipewright.param;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamsTest {
    private static final IntParam FOLDS = IntParam.of("folds", "Folds", 10, 2, 100, "Number of folds.");
    private static final DoubleParam RATIO = DoubleParam.of("ratio", "Ratio", 0.66, 0, 1, "Share used for training.");
    private static final TextParam QUERY = TextParam.required("query", "Query", "SQL to run.");
    private static final BoolParam STRATIFY = BoolParam.of("stratify", "Stratify", true, "Keep class proportions.");
    private static final List<ParamSpec<?>> SPECS = List.of(FOLDS, RATIO, QUERY, STRATIFY);

    @Test
    void validValuesBindToTypedValuesAndDefaultsFillTheRest() {
        Params.Binding binding = Params.bind(SPECS, Map.of("folds", 5, "query", "select 1"));

        assertThat(binding.ok()).isTrue();
        assertThat(binding.params().get(FOLDS)).isEqualTo(5);
        assertThat(binding.params().get(RATIO)).isEqualTo(0.66);
        assertThat(binding.params().get(QUERY)).isEqualTo("select 1");
        assertThat(binding.params().get(STRATIFY)).isTrue();
    }

    @Test
    void unknownKeyIsReportedWithTheKnownKeys() {
        Params.Binding binding = Params.bind(SPECS, Map.of("fold", 3, "query", "q"));

        assertThat(binding.problems()).containsExactly(
                new Params.Problem("fold", "unknown parameter; known: folds, ratio, query, stratify"));
    }

    @Test
    void missingRequiredParameterIsReportedWithWhatItTakes() {
        Params.Binding binding = Params.bind(SPECS, Map.of());

        assertThat(binding.problems()).containsExactly(new Params.Problem("query", "is required (text)"));
        assertThat(binding.params()).isNull();
    }

    @Test
    void outOfRangeValueNamesTheRangeAndTheValue() {
        Params.Binding binding = Params.bind(SPECS, Map.of("folds", 1, "ratio", 1.5, "query", "q"));

        assertThat(binding.problems()).containsExactly(
                new Params.Problem("folds", "must be between 2 and 100, got 1"),
                new Params.Problem("ratio", "must be between 0 and 1, got 1.5"));
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsHalfApplied() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("colour", "red");
        raw.put("folds", 2.5);
        raw.put("stratify", "maybe");

        Params.Binding binding = Params.bind(SPECS, raw);

        assertThat(binding.ok()).isFalse();
        assertThat(binding.params()).isNull();
        assertThat(binding.problems()).extracting(Params.Problem::key)
                .containsExactly("colour", "folds", "query", "stratify");
    }

    @Test
    void wholeNumberWrittenAsDoubleBindsButAFractionDoesNot() throws ParamException {
        assertThat(FOLDS.bind(4.0)).isEqualTo(4);
        assertThatThrownBy(() -> FOLDS.bind(4.5)).isInstanceOf(ParamException.class)
                .hasMessage("expected a whole number, got 4.5");
    }

    @Test
    void paramExceptionCarriesTheKey() {
        assertThatThrownBy(() -> RATIO.parseText("lots")).isInstanceOf(ParamException.class)
                .satisfies(e -> assertThat(((ParamException) e).key()).isEqualTo("ratio"))
                .hasMessage("expected a number, got 'lots'");
    }

    static Stream<Arguments> textForEachKind() {
        return Stream.of(
                Arguments.of(FOLDS, " 12 ", 12),
                Arguments.of(RATIO, "0.25", 0.25),
                Arguments.of(STRATIFY, "no", false),
                Arguments.of(STRATIFY, "TRUE", true),
                Arguments.of(ChoiceParam.of("metric", "Metric", "accuracy", List.of("accuracy", "auc"), "Which metric."),
                        "auc", "auc"),
                Arguments.of(TextParam.of("title", "Title", "", "A title."), "Iris run", "Iris run"),
                Arguments.of(FileParam.input("path", "File", List.of("csv"), "The data."), "data/iris.csv", "data/iris.csv"),
                Arguments.of(ColumnParam.required("column", "Column", "data", "The class column."), "class", "class"),
                Arguments.of(ColumnListParam.required("columns", "Columns", "data", "Columns to drop."),
                        "a, b ,,c", List.of("a", "b", "c")),
                Arguments.of(StringMapParam.optional("headers", "Headers", "HTTP headers."),
                        "Accept=text/csv; X-Key = 42", Map.of("Accept", "text/csv", "X-Key", "42")),
                Arguments.of(WekaObjectParam.classifier("classifier", "Classifier", null, "The learner."),
                        "weka.classifiers.trees.J48 -C 0.1 -M 2", WekaSpec.of("weka.classifiers.trees.J48", "-C", "0.1", "-M", "2")));
    }

    @ParameterizedTest(name = "{0} parses \"{1}\"")
    @MethodSource("textForEachKind")
    void parseTextTurnsCommandLineTextIntoTheTypedValue(ParamSpec<?> spec, String text, Object expected) throws ParamException {
        assertThat((Object) spec.parseText(text)).isEqualTo(expected);
    }

    static Stream<Arguments> badTextForEachKind() {
        return Stream.of(
                Arguments.of(FOLDS, "ten", "expected a whole number, got 'ten'"),
                Arguments.of(FOLDS, "1000", "must be between 2 and 100, got 1000"),
                Arguments.of(RATIO, "NaN", "must be between 0 and 1, got NaN"),
                Arguments.of(STRATIFY, "maybe", "expected true or false, got 'maybe'"),
                Arguments.of(ChoiceParam.of("metric", "Metric", "accuracy", List.of("accuracy", "auc"), "Which metric."),
                        "rmse", "expected one of [accuracy, auc], got 'rmse'"),
                Arguments.of(QUERY, "", "must not be empty"),
                Arguments.of(FileParam.input("path", "File", List.of("csv"), "The data."), " ", "expected a file path, got an empty value"),
                Arguments.of(ColumnParam.required("column", "Column", "data", "The class column."), "",
                        "expected a column name, got an empty value"),
                Arguments.of(ColumnListParam.required("columns", "Columns", "data", "Columns to drop."), " , ",
                        "expected at least one column name"),
                Arguments.of(StringMapParam.optional("headers", "Headers", "HTTP headers."), "novalue",
                        "expected Name=value pairs separated by ';', got 'novalue'"),
                Arguments.of(WekaObjectParam.classifier("classifier", "Classifier", null, "The learner."),
                        "weka.classifiers.trees.J48 \"-C", "unbalanced double quote in 'weka.classifiers.trees.J48 \"-C'"));
    }

    @ParameterizedTest(name = "{0} refuses \"{1}\"")
    @MethodSource("badTextForEachKind")
    void parseTextRefusesBadTextSayingWhy(ParamSpec<?> spec, String text, String message) {
        assertThatThrownBy(() -> spec.parseText(text)).isInstanceOf(ParamException.class).hasMessage(message);
    }

    @Test
    void wekaCommandLineSplitsIntoClassAndOptions() {
        WekaSpec spec = WekaSpec.parseCommandLine("weka.classifiers.trees.J48 -C 0.1 -M 2");

        assertThat(spec.className()).isEqualTo("weka.classifiers.trees.J48");
        assertThat(spec.options()).containsExactly("-C", "0.1", "-M", "2");
        assertThat(spec.shortName()).isEqualTo("J48");
        assertThat(spec.toCommandLine()).isEqualTo("weka.classifiers.trees.J48 -C 0.1 -M 2");
    }

    @Test
    void quotedNestedOptionsStayOneOptionAndRoundTripThroughTheCommandLine() {
        String line = "weka.classifiers.meta.FilteredClassifier"
                + " -F \"weka.filters.unsupervised.attribute.Discretize -B 10 -R first-last\""
                + " -W weka.classifiers.meta.Bagging -- -W \"weka.classifiers.trees.J48 -C 0.1 -F \\\"x y\\\"\"";

        WekaSpec spec = WekaSpec.parseCommandLine(line);

        assertThat(spec.options()).containsExactly(
                "-F", "weka.filters.unsupervised.attribute.Discretize -B 10 -R first-last",
                "-W", "weka.classifiers.meta.Bagging", "--",
                "-W", "weka.classifiers.trees.J48 -C 0.1 -F \"x y\"");
        assertThat(spec.toCommandLine()).isEqualTo(line);
        assertThat(WekaSpec.parseCommandLine(spec.toCommandLine())).isEqualTo(spec);
    }

    @Test
    void emptyOptionSurvivesTheCommandLineRoundTrip() {
        WekaSpec spec = WekaSpec.of("weka.classifiers.functions.Logistic", "-R", "", "-M", "-1");

        assertThat(WekaSpec.parseCommandLine(spec.toCommandLine())).isEqualTo(spec);
    }
}
