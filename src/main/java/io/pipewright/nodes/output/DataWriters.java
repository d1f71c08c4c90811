package io.pipewright.nodes.output;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link Instances} as CSV or ARFF without losing precision: numbers are written in full
 * ({@link #number}), unlike Weka's savers, which round to 6 decimals by default.
 */
public final class DataWriters {
    private DataWriters() {
    }

    /** A CSV writer with RFC 4180 quoting and LF line ends. */
    public static CsvWriter csv(OutputStream out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out, StandardCharsets.UTF_8);
    }

    /** CSV: a header row of column names, then one row per instance; a missing value is an empty field. */
    public static void writeCsv(Instances data, OutputStream out) throws IOException {
        try (CsvWriter csv = csv(out)) {
            List<String> names = new ArrayList<>();
            for (int a = 0; a < data.numAttributes(); a++) {
                names.add(data.attribute(a).name());
            }
            csv.writeRecord(names);
            String[] fields = new String[data.numAttributes()];
            for (Instance row : data) {
                for (int a = 0; a < fields.length; a++) {
                    fields[a] = row.isMissing(a) ? "" : text(row, a);
                }
                csv.writeRecord(fields);
            }
        }
    }

    /** ARFF as Weka reads it: the header as Weka writes it, then full-precision rows ({weight} when not 1). */
    public static void writeArff(Instances data, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(new Instances(data, 0).toString());
        StringBuilder line = new StringBuilder();
        for (Instance row : data) {
            line.setLength(0);
            for (int a = 0; a < data.numAttributes(); a++) {
                if (a > 0) {
                    line.append(',');
                }
                if (row.isMissing(a)) {
                    line.append('?');
                } else if (data.attribute(a).isNumeric() && !data.attribute(a).isDate()) {
                    line.append(number(row.value(a)));
                } else if (data.attribute(a).isRelationValued()) {
                    line.append(row.toString(a));
                } else {
                    line.append(Utils.quote(text(row, a)));
                }
            }
            if (row.weight() != 1.0) {
                line.append(",{").append(number(row.weight())).append('}');
            }
            writer.write(line.append('\n').toString());
        }
        writer.flush();
    }

    /** A value as text: numbers in full, dates in the column's format, labels and strings as they are. */
    public static String text(Instance row, int attribute) {
        Attribute att = row.attribute(attribute);
        double value = row.value(attribute);
        if (att.isDate()) {
            return att.formatDate(value);
        }
        if (att.isNumeric()) {
            return number(value);
        }
        if (att.isRelationValued()) {
            return row.toString(attribute);
        }
        return row.stringValue(attribute);
    }

    /** Shortest text that reads back as the same double; whole numbers without ".0". */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && !(value == 0 && 1 / value < 0)) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
