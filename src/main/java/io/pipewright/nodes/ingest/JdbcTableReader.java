package io.pipewright.nodes.ingest;

import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeFailure;
import weka.core.Instances;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import io.pipewright.LayerException;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneId;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Runs a query over JDBC and reads the result into the shared column store. A driver jar the user
 * points to is loaded in its own class loader and its {@link Driver} used directly, so nothing is
 * registered globally and the jar is released after the query.
 */
@LayerException(because = "ingest.jdbc reads the user's own database; the rule keeps Pipewright's workspace database in store")
final class JdbcTableReader {
    private static final int FETCH_SIZE = 1000;

    private final String url;
    private final String user;
    private final String password;
    private final Path driverJar;

    JdbcTableReader(String url, String user, String password, Path driverJar) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.driverJar = driverJar;
    }

    /** The URL with any password in it masked, for messages and logs. */
    String safeUrl() {
        return url.replaceAll("(?i)((?:password|pwd)=)[^;&]*", "$1******");
    }

    Instances read(String query, ReadProgress progress, Consumer<String> log) throws NodeFailure, CancelledException {
        try (URLClassLoader loader = driverLoader();
             Connection connection = connect(loader);
             Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet result = statement.executeQuery(query)) {
                return readRows(result, progress, log);
            }
        } catch (SQLException e) {
            throw new NodeFailure("query failed on " + safeUrl() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new NodeFailure("driverJar: cannot close " + driverJar + ": " + e.getMessage(), e);
        }
    }

    private URLClassLoader driverLoader() throws NodeFailure {
        if (driverJar == null) {
            return null;
        }
        if (!Files.isRegularFile(driverJar)) {
            throw new NodeFailure("driverJar: " + driverJar + " does not exist; point it at the JDBC driver's jar file");
        }
        try {
            return new URLClassLoader(new URL[] {driverJar.toUri().toURL()}, JdbcTableReader.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new NodeFailure("driverJar: " + driverJar + " is not a usable path: " + e.getMessage(), e);
        }
    }

    private Connection connect(URLClassLoader loader) throws SQLException, NodeFailure {
        if (loader == null) {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                if ("08001".equals(e.getSQLState()) && e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
                    throw new NodeFailure("no JDBC driver for " + safeUrl() + "; set 'driverJar' to the database's"
                            + " JDBC driver jar (H2 is built in)", e);
                }
                throw new NodeFailure("cannot connect to " + safeUrl() + ": " + e.getMessage(), e);
            }
        }
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
            if (driver.acceptsURL(url)) {
                Connection connection = driver.connect(url, properties);
                if (connection != null) {
                    return connection;
                }
            }
        }
        throw new NodeFailure("driverJar: no driver in " + driverJar + " accepts " + safeUrl()
                + "; check that the jar is the driver for this database");
    }

    private Instances readRows(ResultSet result, ReadProgress progress, Consumer<String> log)
            throws SQLException, NodeFailure, CancelledException {
        ResultSetMetaData meta = result.getMetaData();
        int n = meta.getColumnCount();
        TableBuilder table = new TableBuilder();
        int[] types = new int[n];
        for (int j = 0; j < n; j++) {
            String label = meta.getColumnLabel(j + 1);
            table.addColumn(label == null || label.isEmpty() ? "att" + (j + 1) : label, "the query's result");
            types[j] = meta.getColumnType(j + 1);
        }
        ZoneId zone = ZoneId.systemDefault();
        int row = 0;
        while (result.next()) {
            double[] values = new double[n];
            for (int j = 0; j < n; j++) {
                values[j] = readValue(result, j + 1, types[j], table.column(j), row + 1L, zone);
            }
            table.addRow(values);
            row++;
            if (row % ReadProgress.EVERY_ROWS == 0) {
                progress.update(0, row);
            }
        }
        return table.build("query", progress, log);
    }

    /** The encoding of one value; NaN for SQL NULL. {@code rowNumber} stands in for a line in messages. */
    private static double readValue(ResultSet result, int index, int type, ColumnState column, long rowNumber,
                                    ZoneId zone) throws SQLException {
        switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
                    Types.NUMERIC, Types.DECIMAL -> {
                double value = result.getDouble(index);
                return result.wasNull() ? Double.NaN : column.number(value);
            }
            case Types.DATE -> {
                java.sql.Date date = result.getDate(index);
                return date == null ? Double.NaN
                        : column.date(date.toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli(), IsoDates.DATE_FORMAT);
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                Timestamp timestamp = result.getTimestamp(index);
                return timestamp == null ? Double.NaN : column.date(timestamp.getTime(), IsoDates.DATE_TIME_FORMAT);
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = result.getBoolean(index);
                return result.wasNull() ? Double.NaN : column.bool(value, rowNumber);
            }
            default -> {
                String text = result.getString(index);
                return text == null || text.isEmpty() ? Double.NaN : column.text(text, rowNumber);
            }
        }
    }
}
