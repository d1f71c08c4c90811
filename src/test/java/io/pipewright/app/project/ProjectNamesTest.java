package io.pipewright.app.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|Type a name",
            "' padded'|start or end with a space",
            "a/b|may not contain '/'",
            "IRIS|already exists"})
    void aNameThatCannotBeUsedIsRefusedWithTheReason(String name, String reason) {
        assertThat(ProjectNames.problem(name, List.of("iris"))).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @Test
    void aFreshNameIsAccepted() {
        assertThat(ProjectNames.problem("Churn model (2026)", List.of("iris"))).isEmpty();
    }

    @Test
    void aSlugKeepsLettersAndDigitsOnly() {
        assertThat(ProjectNames.slug("Credit risk: four learners compared")).isEqualTo("credit-risk-four-learners-compared");
        assertThat(ProjectNames.slug("***")).isEqualTo("pipeline");
    }
}
