package io.pipewright.app.inspector;

import io.pipewright.param.WekaObjectParam;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WekaClassCatalogTest {
    @Test
    void classifiersOfferedAreThoseInThisBuild() {
        assertThat(WekaClassCatalog.available(WekaObjectParam.CLASSIFIER))
                .contains("weka.classifiers.trees.J48", "weka.classifiers.functions.Logistic")
                // Listed by Weka's Explorer but shipped as a separate Weka package.
                .doesNotContain("weka.classifiers.bayes.AODE");
    }

    @Test
    void filtersAreOfferedForAFilterParameter() {
        assertThat(WekaClassCatalog.available(WekaObjectParam.FILTER))
                .contains("weka.filters.unsupervised.attribute.Remove")
                .doesNotContain("weka.classifiers.trees.J48");
    }
}
