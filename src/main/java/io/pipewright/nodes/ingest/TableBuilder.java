package io.pipewright.nodes.ingest;

import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeFailure;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Collects a table while a reader parses it, then decides each column's Weka type and builds the
 * {@link Instances}. Each row is kept as the double array that becomes its {@link DenseInstance}'s
 * values, encoded by the columns' {@link ColumnState}s, so building the instances copies nothing and
 * the table is never held twice. The type rules, shared by every reader:
 * <ul>
 *   <li>only numbers (or nothing at all): numeric;</li>
 *   <li>dates declared by the source (a database): date;</li>
 *   <li>only {@code true}/{@code false} given as booleans (JSON, SQL): nominal {false, true};</li>
 *   <li>texts that are all ISO-8601 dates or date-times: date;</li>
 *   <li>texts with more than {@value #STRING_MIN_DISTINCT} distinct values, which are also more than
 *       half of the column's non-missing values: string (names, comments, ids);</li>
 *   <li>any other text: nominal, its values in order of first appearance, as Weka's CSVLoader does.</li>
 * </ul>
 */
final class TableBuilder {
    static final int STRING_MIN_DISTINCT = 100;
    /** The share of progress that reading takes; building the instances takes the rest. */
    static final double READ_SHARE = 0.8;

    private final List<ColumnState> columns = new ArrayList<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private double[][] rowValues = new double[1024][];
    private int rows;

    /** Adds a column; a name already used is refused with a message naming it. */
    ColumnState addColumn(String name, String where) throws NodeFailure {
        if (byName.containsKey(name)) {
            throw new NodeFailure(where + ": the column name '" + name + "' appears more than once; rename one of them");
        }
        byName.put(name, columns.size());
        ColumnState column = new ColumnState(name);
        columns.add(column);
        return column;
    }

    /** The index of a named column, or -1. */
    int indexOf(String name) {
        Integer index = byName.get(name);
        return index == null ? -1 : index;
    }

    ColumnState column(int index) {
        return columns.get(index);
    }

    int columnCount() {
        return columns.size();
    }

    int rows() {
        return rows;
    }

    /** Adds a row; shorter than the column count when later rows brought new columns (JSON). */
    void addRow(double[] values) {
        if (rows == rowValues.length) {
            rowValues = Arrays.copyOf(rowValues, rows * 2);
        }
        rowValues[rows++] = values;
    }

    /** A row added earlier, as wide as the table, for a second pass that re-reads some columns as text. */
    double[] row(int index) {
        if (rowValues[index].length < columns.size()) {
            rowValues[index] = widen(rowValues[index], columns.size());
        }
        return rowValues[index];
    }

    /** A row of {@code width} missing values. */
    static double[] missingRow(int width) {
        double[] values = new double[width];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    /** The row widened to {@code width}, the new places missing. */
    static double[] widen(double[] values, int width) {
        double[] wider = Arrays.copyOf(values, width);
        Arrays.fill(wider, values.length, width, Double.NaN);
        return wider;
    }

    /** Columns where text followed numbers: a reader reads them again as text before {@link #build}. */
    List<ColumnState> mixedColumns() {
        return columns.stream().filter(ColumnState::isMixed).toList();
    }

    /**
     * Builds the instances; each row array becomes an instance's values. {@code log} receives one line per column whose kind needs explaining.
     */
    Instances build(String relationName, ReadProgress progress, Consumer<String> log) throws CancelledException {
        int n = columns.size();
        ArrayList<Attribute> attributes = new ArrayList<>(n);
        double[][] codeValues = new double[n][];
        for (int j = 0; j < n; j++) {
            ColumnState column = columns.get(j);
            if (column.firstText() != null) {
                log.accept("column '" + column.name() + "' holds numbers and text (first text '" + column.firstText()
                        + "' at line " + column.firstTextLine() + "); read as text. If that text marks a missing value,"
                        + " list it as a missing token.");
            }
            attributes.add(attribute(column, j, codeValues));
        }
        Instances data = new Instances(relationName, attributes, rows);
        int[] translated = IntStream.range(0, n).filter(j -> codeValues[j] != null).toArray();
        for (int row = 0; row < rows; row++) {
            double[] values = rowValues[row];
            rowValues[row] = null;
            if (values.length < n) {
                values = widen(values, n);
            }
            for (int j : translated) {
                double v = values[j];
                if (!Double.isNaN(v)) {
                    values[j] = codeValues[j][(int) v];
                }
            }
            data.add(new DenseInstance(1.0, values));
            if ((row + 1) % ReadProgress.EVERY_ROWS == 0) {
                progress.update(READ_SHARE + (1 - READ_SHARE) * (row + 1.0) / rows, row + 1L);
            }
        }
        rowValues = new double[0][];
        rows = 0;
        return data;
    }

    /** The attribute of a column; {@code codeValues[j]} is set when stored codes must be translated. */
    private static Attribute attribute(ColumnState column, int j, double[][] codeValues) {
        String name = column.name();
        switch (column.kind()) {
            case EMPTY:
            case NUMERIC:
                return new Attribute(name);
            case DATE:
                return new Attribute(name, column.dateFormat());
            case TEXT:
                return textAttribute(column, j, codeValues);
            default:
                throw new IllegalStateException("column '" + name + "' was not read again as text");
        }
    }

    private static Attribute textAttribute(ColumnState column, int j, double[][] codeValues) {
        TextDictionary dictionary = column.dictionary();
        int distinct = dictionary.size();
        if (column.onlyBooleans()) {
            codeValues[j] = new double[distinct];
            for (int code = 0; code < distinct; code++) {
                codeValues[j][code] = dictionary.get(code).equals("true") ? 1 : 0;
            }
            return new Attribute(column.name(), List.of("false", "true"));
        }
        double[] millis = dateValues(dictionary);
        if (millis != null) {
            codeValues[j] = millis;
            boolean withTime = false;
            for (int code = 0; code < distinct && !withTime; code++) {
                withTime = IsoDates.hasTime(dictionary.get(code));
            }
            return new Attribute(column.name(), withTime ? IsoDates.DATE_TIME_FORMAT : IsoDates.DATE_FORMAT);
        }
        if (distinct > STRING_MIN_DISTINCT && distinct * 2L > column.present()) {
            Attribute attribute = new Attribute(column.name(), (List<String>) null);
            for (int code = 0; code < distinct; code++) {
                attribute.addStringValue(dictionary.get(code));
            }
            return attribute;
        }
        return new Attribute(column.name(), dictionary.values());
    }

    /** The date of every dictionary value, or null as soon as one is not an ISO date. */
    private static double[] dateValues(TextDictionary dictionary) {
        int distinct = dictionary.size();
        if (distinct == 0 || !IsoDates.looksLikeDate(dictionary.get(0))) {
            return null;
        }
        double[] millis = new double[distinct];
        for (int code = 0; code < distinct; code++) {
            millis[code] = IsoDates.toMillis(dictionary.get(code));
            if (Double.isNaN(millis[code])) {
                return null;
            }
        }
        return millis;
    }
}
