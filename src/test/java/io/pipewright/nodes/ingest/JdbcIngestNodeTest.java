package io.pipewright.nodes.ingest;

import io.pipewright.node.NodeFailure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static io.pipewright.nodes.ingest.IngestTestSupport.failure;
import static io.pipewright.nodes.ingest.IngestTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Uses an in-memory H2 database that H2 fills from a script file when the node connects. */
class JdbcIngestNodeTest {
    @TempDir
    Path dir;

    private final JdbcIngestNode node = new JdbcIngestNode();
    private String url;

    @BeforeEach
    void database(TestInfo info) throws Exception {
        Path script = dir.resolve("init.sql");
        Files.writeString(script, """
                CREATE TABLE patients(id INT, name VARCHAR(20), born DATE, weight DECIMAL(5,1), sick BOOLEAN, outcome VARCHAR(10));
                INSERT INTO patients VALUES (1, 'ann', DATE '1980-02-03', 61.5, TRUE, 'well');
                INSERT INTO patients VALUES (2, 'bob', NULL, 80.0, FALSE, 'ill');
                INSERT INTO patients VALUES (3, NULL, DATE '1999-12-31', NULL, TRUE, 'well');
                """);
        url = "jdbc:h2:mem:" + info.getTestMethod().orElseThrow().getName() + ";INIT=RUNSCRIPT FROM '"
                + script.toString().replace("\\", "/") + "'";
    }

    private Map<String, Object> params(String query) {
        Map<String, Object> raw = new HashMap<>();
        raw.put("url", url);
        raw.put("user", "sa");
        raw.put("query", query);
        return raw;
    }

    @Test
    void mapsNumericTextDateAndBooleanColumns() throws Exception {
        Instances data = run(node, dir, params("SELECT id, name, born, weight, sick, outcome FROM patients ORDER BY id"));

        assertThat(data.numInstances()).isEqualTo(3);
        assertThat(data.attribute("ID").isNumeric()).isTrue();
        assertThat(data.attribute("WEIGHT").isNumeric()).isTrue();
        assertThat(data.attribute("NAME").isNominal()).isTrue();
        assertThat(data.attribute("BORN").isDate()).isTrue();
        assertThat(data.attribute("SICK").value(0)).isEqualTo("false");
        assertThat(data.instance(0).value(3)).isEqualTo(61.5);
        assertThat(data.instance(2).isMissing(1)).isTrue();
        assertThat(data.instance(1).isMissing(2)).isTrue();
        long born = LocalDate.of(1980, 2, 3).atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        assertThat(data.instance(0).value(2)).isEqualTo(born);
        assertThat(data.instance(1).stringValue(4)).isEqualTo("false");
        assertThat(data.classAttribute().name()).isEqualTo("OUTCOME");
    }

    @Test
    void classColumnByName() throws Exception {
        Map<String, Object> raw = params("SELECT * FROM patients");
        raw.put("classColumn", "SICK");

        Instances data = run(node, dir, raw);

        assertThat(data.classAttribute().name()).isEqualTo("SICK");
    }

    @Test
    void badSqlNamesTheUrlAndTheDatabaseMessage() {
        NodeFailure failure = failure(node, dir, params("SELECT * FROM nowhere"));

        assertThat(failure.getMessage()).startsWith("query failed on jdbc:h2:mem:").contains("NOWHERE");
    }

    @Test
    void driverJarIsLoadedFromTheGivenFile() throws Exception {
        Path h2Jar = Path.of(Class.forName("org.h2.Driver").getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Object> raw = params("SELECT id FROM patients");
        raw.put("driverJar", h2Jar.toString());

        Instances data = run(node, dir, raw);

        assertThat(data.numInstances()).isEqualTo(3);
    }

    @Test
    void missingDriverJarIsNamed() {
        Map<String, Object> raw = params("SELECT id FROM patients");
        raw.put("driverJar", "drivers/absent.jar");

        NodeFailure failure = failure(node, dir, raw);

        assertThat(failure.getMessage()).startsWith("driverJar:").contains("absent.jar");
    }

    @Test
    void unknownUrlAsksForADriverJar() {
        Map<String, Object> raw = params("SELECT 1");
        raw.put("url", "jdbc:nosuchdb://host/db;password=hunter2");

        NodeFailure failure = failure(node, dir, raw);

        assertThat(failure.getMessage()).contains("driverJar").contains("password=******").doesNotContain("hunter2");
    }
}
