package io.pipewright.nodes.ingest;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;
import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeFailure;
import weka.core.Instances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads delimited text (UTF-8, optional BOM, quoted fields, LF or CRLF) into {@link Instances} in one
 * pass: FastCSV hands over each field as a slice of its buffer, numbers are parsed from the slice
 * and texts interned from it, so no String is made per numeric field or per repeated text. Types
 * follow {@link TableBuilder}'s rules. A column that holds numbers and later text is read a second
 * time, for that column only, to keep the original spelling of its earlier values.
 */
final class CsvTableReader {
    /** {@code missingTokens}: texts that mean a missing value; an empty field is always missing. */
    record Options(char delimiter, boolean header, List<String> missingTokens) {
        Options {
            missingTokens = List.copyOf(missingTokens);
        }

        /**
         * Options from parameter text: the delimiter is one character, or "\\t" / "tab" for a tab;
         * missing tokens are comma-separated.
         */
        static Options parse(String delimiter, boolean header, String missingTokens) throws NodeFailure {
            return new Options(delimiterChar(delimiter), header, splitTokens(missingTokens));
        }

        private static char delimiterChar(String text) throws NodeFailure {
            if (text.equals("\\t") || text.equalsIgnoreCase("tab") || text.equals("\t")) {
                return '\t';
            }
            if (text.length() != 1 || text.charAt(0) == '"' || text.charAt(0) == '\n' || text.charAt(0) == '\r') {
                throw new NodeFailure("delimiter: expected one character such as , or ; (or \\t or tab for a tab), got '"
                        + text + "'");
            }
            return text.charAt(0);
        }

        private static List<String> splitTokens(String text) {
            List<String> tokens = new ArrayList<>();
            for (String token : (text == null ? "" : text).split(",")) {
                if (!token.isBlank()) {
                    tokens.add(token.trim());
                }
            }
            return tokens;
        }
    }

    private static final Object ROW = new Object();

    private final Options options;
    private final char[][] missing;
    private final int longestMissing;

    CsvTableReader(Options options) {
        this.options = options;
        this.missing = options.missingTokens().stream().map(String::toCharArray).toArray(char[][]::new);
        this.longestMissing = Arrays.stream(missing).mapToInt(t -> t.length).max().orElse(0);
    }

    /** Reads at most {@code rowLimit} rows. {@code log} receives notes about column kinds. */
    Instances read(TableSource source, int rowLimit, ReadProgress progress, Consumer<String> log)
            throws NodeFailure, CancelledException {
        TableBuilder table = new TableBuilder();
        RowHandler handler = new RowHandler(table, source.name(), null);
        parse(source, handler, rowLimit, progress);
        if (handler.headerPending && options.header()) {
            throw new NodeFailure(source.name() + " is empty; expected a header line with the column names");
        }
        List<ColumnState> mixed = table.mixedColumns();
        if (!mixed.isEmpty()) {
            boolean[] reread = new boolean[table.columnCount()];
            for (ColumnState column : mixed) {
                column.restartAsText();
                reread[table.indexOf(column.name())] = true;
            }
            parse(source, new RowHandler(table, source.name(), reread), table.rows(), progress.holdingAt(TableBuilder.READ_SHARE));
        }
        return table.build(source.relationName(), progress, log);
    }

    private void parse(TableSource source, RowHandler handler, int rowLimit, ReadProgress progress)
            throws NodeFailure, CancelledException {
        long size = source.size();
        CsvReader.CsvReaderBuilder builder = CsvReader.builder()
                .fieldSeparator(options.delimiter())
                .detectBomHeader(true)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
        try (CountingInputStream in = new CountingInputStream(source.open());
             CsvReader<Object> reader = builder.build(handler, in, StandardCharsets.UTF_8)) {
            CloseableIterator<Object> records = reader.iterator();
            int nextReport = ReadProgress.EVERY_ROWS;
            while (handler.row < rowLimit && records.hasNext()) {
                records.next();
                if (handler.row >= nextReport) {
                    nextReport += ReadProgress.EVERY_ROWS;
                    double fraction = size > 0 ? (double) in.count() / size : 0;
                    progress.update(TableBuilder.READ_SHARE * fraction, handler.row);
                }
            }
        } catch (CsvParseException e) {
            throw failure(source, e);
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new NodeFailure("cannot read " + source.name() + ": " + cause.getMessage(), e);
        }
    }

    private static NodeFailure failure(TableSource source, CsvParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RowFailure row) {
                return new NodeFailure(row.getMessage());
            }
        }
        Throwable cause = e.getCause();
        String detail = cause != null && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : "";
        return new NodeFailure(source.name() + ": " + e.getMessage() + detail, e);
    }

    /** A row the reader refuses; its message is complete (file, line, what was expected). */
    private static final class RowFailure extends CsvParseException {
        private static final long serialVersionUID = 1L;

        RowFailure(String message) {
            super(message);
        }
    }

    /** Receives FastCSV's fields and stores them straight into the table's columns. */
    private final class RowHandler extends AbstractBaseCsvCallbackHandler<Object> {
        private final TableBuilder table;
        private final String where;
        /** Null on the first pass; on a second pass, the columns being read again as text. */
        private final boolean[] reread;
        private final List<String> headerNames = new ArrayList<>();
        private ColumnState[] columns;
        private double[] values;
        private boolean headerPending;
        private int expected = -1;
        private int row;
        private boolean firstFieldBlank;

        RowHandler(TableBuilder table, String where, boolean[] reread) {
            this.table = table;
            this.where = where;
            this.reread = reread;
            this.headerPending = options.header();
            this.columns = new ColumnState[table.columnCount()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = table.column(i);
            }
            if (reread != null) {
                expected = columns.length;
            }
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            firstFieldBlank = false;
            if (reread == null) {
                values = new double[columns.length];
            } else {
                values = row < table.rows() ? table.row(row) : new double[columns.length];
            }
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
            int off = offset;
            int len = length;
            if (!quoted) {
                while (len > 0 && (buf[off] == ' ' || buf[off] == '\t')) {
                    off++;
                    len--;
                }
                while (len > 0 && (buf[off + len - 1] == ' ' || buf[off + len - 1] == '\t')) {
                    len--;
                }
            }
            if (index == 0) {
                firstFieldBlank = len == 0 && !quoted;
            }
            if (headerPending) {
                headerNames.add(new String(buf, off, len));
                return;
            }
            if (index >= columns.length && !addColumn(index)) {
                return;
            }
            if (reread != null && !reread[index]) {
                return;
            }
            if (len == 0 || len <= longestMissing && isMissing(buf, off, len)) {
                values[index] = Double.NaN;
                return;
            }
            ColumnState column = columns[index];
            if (column.wantsText()) {
                values[index] = column.text(buf, off, len, getStartingLineNumber());
            } else {
                double value = NumberText.parse(buf, off, len);
                values[index] = Double.isNaN(value)
                        ? column.text(buf, off, len, getStartingLineNumber())
                        : column.number(value);
            }
        }

        /** Without a header, the first row makes the columns as its fields arrive. */
        private boolean addColumn(int index) {
            if (expected >= 0) {
                return false;
            }
            ColumnState[] more = Arrays.copyOf(columns, index + 1);
            for (int i = columns.length; i <= index; i++) {
                more[i] = add("att" + (i + 1));
            }
            columns = more;
            values = Arrays.copyOf(values, index + 1);
            return true;
        }

        private ColumnState add(String name) {
            try {
                return table.addColumn(name, where + ", line " + getStartingLineNumber());
            } catch (NodeFailure e) {
                throw new RowFailure(e.getMessage());
            }
        }

        private boolean isMissing(char[] buf, int off, int len) {
            for (char[] token : missing) {
                if (token.length == len && Arrays.equals(token, 0, len, buf, off, off + len)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected Object buildRecord() {
            if (getRecordType() != RecordType.DATA) {
                return ROW;
            }
            int fields = getFieldCount();
            if (fields == 1 && firstFieldBlank) {
                headerNames.clear();
                return ROW;
            }
            if (headerPending) {
                headerPending = false;
                if (reread == null) {
                    columns = new ColumnState[headerNames.size()];
                    for (int i = 0; i < columns.length; i++) {
                        String name = headerNames.get(i);
                        columns[i] = add(name.isEmpty() ? "att" + (i + 1) : name);
                    }
                }
                expected = fields;
                return ROW;
            }
            if (expected < 0) {
                expected = fields;
            }
            if (fields != expected) {
                throw new RowFailure(where + ", line " + getStartingLineNumber() + ": expected " + expected
                        + " fields, found " + fields);
            }
            if (reread == null) {
                table.addRow(values);
            }
            row++;
            return ROW;
        }
    }
}
