package io.pipewright.nodes.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeFailure;
import weka.core.Instances;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a JSON array of flat objects, or JSON Lines (one object per line), with Jackson's streaming
 * parser. The columns are the union of the keys in order of first appearance; a missing key or a
 * null is a missing value. Numbers, texts and booleans follow {@link TableBuilder}'s type rules.
 */
final class JsonTableReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTableReader() {
    }

    static Instances read(TableSource source, int rowLimit, ReadProgress progress, Consumer<String> log)
            throws NodeFailure, CancelledException {
        TableBuilder table = new TableBuilder();
        new Pass(source, table, null).run(rowLimit, progress);
        List<ColumnState> mixed = table.mixedColumns();
        if (!mixed.isEmpty()) {
            boolean[] reread = new boolean[table.columnCount()];
            for (ColumnState column : mixed) {
                column.restartAsText();
                reread[table.indexOf(column.name())] = true;
            }
            new Pass(source, table, reread).run(table.rows(), progress.holdingAt(TableBuilder.READ_SHARE));
        }
        return table.build(source.relationName(), progress, log);
    }

    /** One reading of the source; a second pass reads only the columns in {@code reread}, as text. */
    private static final class Pass {
        private final TableSource source;
        private final TableBuilder table;
        private final boolean[] reread;
        private JsonParser parser;
        private int row;
        private double[] values;

        Pass(TableSource source, TableBuilder table, boolean[] reread) {
            this.source = source;
            this.table = table;
            this.reread = reread;
        }

        void run(int rowLimit, ReadProgress progress) throws NodeFailure, CancelledException {
            long size = source.size();
            try (JsonParser p = FACTORY.createParser(source.open())) {
                parser = p;
                JsonToken token = p.nextToken();
                boolean inArray = token == JsonToken.START_ARRAY;
                if (inArray) {
                    token = p.nextToken();
                }
                while (token != null && row < rowLimit) {
                    if (inArray && token == JsonToken.END_ARRAY) {
                        inArray = false;
                    } else if (token == JsonToken.START_OBJECT) {
                        readObject();
                        if (row % ReadProgress.EVERY_ROWS == 0) {
                            double at = size > 0 ? (double) p.currentLocation().getByteOffset() / size : 0;
                            progress.update(TableBuilder.READ_SHARE * at, row);
                        }
                    } else {
                        throw new NodeFailure(where() + ": expected an object for each row, found " + describe(token));
                    }
                    token = p.nextToken();
                }
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
                throw new NodeFailure(source.name() + (line > 0 ? ", line " + line : "") + ": " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new NodeFailure("cannot read " + source.name() + ": " + e.getMessage(), e);
            }
        }

        private void readObject() throws IOException, NodeFailure {
            values = reread == null ? TableBuilder.missingRow(table.columnCount()) : table.row(row);
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int index = table.indexOf(name);
                if (index < 0) {
                    if (reread != null) {
                        throw new IllegalStateException("column '" + name + "' appeared only on the second pass");
                    }
                    table.addColumn(name, where());
                    index = table.columnCount() - 1;
                    values = TableBuilder.widen(values, index + 1);
                }
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    throw new NodeFailure(where() + ": the value of '" + name + "' is " + describe(value)
                            + "; only flat objects of numbers, texts and booleans can be read");
                }
                if (reread == null || reread[index]) {
                    values[index] = encode(table.column(index), value);
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new NodeFailure(where() + ": expected a key or the end of the object, found " + describe(token));
            }
            if (reread == null) {
                table.addRow(values);
            }
            row++;
        }

        /** The value's encoding in the row; NaN for null and for an empty text. */
        private double encode(ColumnState column, JsonToken value) throws IOException {
            long line = parser.currentLocation().getLineNr();
            switch (value) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return column.wantsText() ? column.text(parser.getText(), line) : column.number(parser.getDoubleValue());
                }
                case VALUE_STRING -> {
                    String text = parser.getText();
                    return text.isEmpty() ? Double.NaN : column.text(text, line);
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return column.bool(value == JsonToken.VALUE_TRUE, line);
                }
                default -> {
                    return Double.NaN;
                }
            }
        }

        private String where() {
            return source.name() + ", line " + parser.currentLocation().getLineNr();
        }

        private static String describe(JsonToken token) {
            if (token == null) {
                return "the end of the input";
            }
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case END_ARRAY -> "the end of an array";
                case VALUE_STRING -> "a text";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
            };
        }
    }
}
