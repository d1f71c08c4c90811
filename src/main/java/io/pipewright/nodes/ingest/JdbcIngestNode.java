package io.pipewright.nodes.ingest;

import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeTrait;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.param.FileParam;
import io.pipewright.param.Params;
import io.pipewright.param.TextParam;
import weka.core.Instances;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the result of an SQL query. The one ingest node allowed to use java.sql; the database work
 * itself lives in {@link JdbcTableReader}.
 */
public final class JdbcIngestNode implements NodeType {
    static final TextParam URL = TextParam.required("url", "JDBC URL",
            "The database to query, e.g. jdbc:h2:/data/sales or jdbc:postgresql://host/db.");
    static final TextParam USER = TextParam.of("user", "User", "", "The database user; empty when none is needed.");
    static final TextParam PASSWORD = TextParam.of("password", "Password", "",
            "The database password. Masked in forms and never shown in run records.").asSecret();
    static final TextParam QUERY = TextParam.required("query", "SQL query",
            "A SELECT whose result becomes the table, e.g. SELECT * FROM customers.");
    static final FileParam DRIVER_JAR = new FileParam("driverJar", "Driver jar",
            "A JDBC driver jar for databases other than the bundled H2, e.g. postgresql-42.7.4.jar.",
            null, false, false, List.of("jar"));

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("ingest.jdbc", 1, "Database query",
            Category.INGEST,
            "Runs an SQL query and reads its rows. Numeric SQL columns become numeric, DATE and TIMESTAMP become dates,"
                    + " BOOLEAN becomes nominal {false, true}, other columns nominal (or string when nearly every value"
                    + " differs). The class is the last column unless classColumn names one. Runs every time: the"
                    + " database may change between runs.",
            List.of(),
            List.of(PortSpec.of("data", PortTypes.DATA, "the query's result, with its class column set")),
            List.of(URL, USER, PASSWORD, QUERY, DRIVER_JAR, ClassColumns.PARAM),
            Set.of(NodeTrait.EXTERNAL_SOURCE));

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The columns are known only by asking the database, which configure does not do. */
    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env) {
        return Collections.singletonMap("data", null);
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        String jar = params.get(DRIVER_JAR);
        JdbcTableReader reader = new JdbcTableReader(params.get(URL), params.get(USER), params.get(PASSWORD),
                jar == null || jar.isBlank() ? null : context.resolvePath(jar));
        Instances data = reader.read(params.get(QUERY), ReadProgress.of(context), context::log);
        context.log("read " + data.numInstances() + " rows and " + data.numAttributes() + " columns from "
                + reader.safeUrl());
        return Map.of("data", ClassColumns.apply(data, params.get(ClassColumns.PARAM), "the query's result"));
    }
}
