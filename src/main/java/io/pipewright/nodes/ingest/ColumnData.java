package io.pipewright.nodes.ingest;

import java.util.Arrays;

/**
 * The values of one column while a table is read, stored compactly in blocks of doubles: numbers
 * as themselves, texts as their code in a {@link TextDictionary}, missing values as NaN. The kind
 * follows what arrives: the first non-missing value decides between numbers and text; a text after
 * numbers makes the column {@link Kind#MIXED}, and the reader then reads that column again as text,
 * because the original spelling of the earlier numbers ("007", "1.50") was not kept.
 */
final class ColumnData {
    enum Kind { EMPTY, NUMERIC, TEXT, MIXED, DATE }

    static final int BLOCK_BITS = 16;
    static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;

    private final String name;
    private Kind kind = Kind.EMPTY;
    private double[][] blocks = new double[8][];
    private TextDictionary dictionary;
    private long present;
    private long booleans;
    private boolean textOnly;
    private String dateFormat;
    private String firstText;
    private long firstTextLine;

    ColumnData(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    /** True when values must be given as text: the column already holds text or is being re-read as text. */
    boolean wantsText() {
        return kind == Kind.TEXT || textOnly;
    }

    boolean isMixed() {
        return kind == Kind.MIXED;
    }

    /** Stores a number; a reader gives a column that {@link #wantsText()} the number's text instead. */
    void setNumber(int row, double value) {
        if (kind == Kind.EMPTY) {
            kind = Kind.NUMERIC;
        } else if (kind != Kind.NUMERIC) {
            return;
        }
        store(row, value);
    }

    /** Stores a text; {@code line} is where it stands, for the message if it lands among numbers. */
    void setText(int row, char[] buf, int off, int len, long line) {
        if (kind == Kind.NUMERIC || kind == Kind.MIXED) {
            markMixed(new String(buf, off, len), line);
        } else {
            store(row, textDictionary().intern(buf, off, len));
        }
    }

    void setText(int row, String text, long line) {
        if (kind == Kind.NUMERIC || kind == Kind.MIXED) {
            markMixed(text, line);
        } else {
            store(row, textDictionary().intern(text));
        }
    }

    void setBoolean(int row, boolean value, long line) {
        String text = value ? "true" : "false";
        if (kind == Kind.NUMERIC || kind == Kind.MIXED) {
            markMixed(text, line);
        } else {
            booleans++;
            store(row, textDictionary().intern(text));
        }
    }

    /** A date as milliseconds since the epoch, from a source that declares dates (a database). */
    void setDate(int row, double millis, String format) {
        kind = Kind.DATE;
        dateFormat = format;
        store(row, millis);
    }

    private void markMixed(String text, long line) {
        if (kind != Kind.MIXED) {
            kind = Kind.MIXED;
            firstText = text;
            firstTextLine = line;
        }
    }

    private TextDictionary textDictionary() {
        if (dictionary == null) {
            dictionary = new TextDictionary();
        }
        kind = Kind.TEXT;
        return dictionary;
    }

    /** Forgets the values so the column can be read again with every value taken as text. */
    void restartAsText() {
        blocks = new double[8][];
        dictionary = null;
        present = 0;
        booleans = 0;
        kind = Kind.EMPTY;
        textOnly = true;
    }

    private void store(int row, double value) {
        int b = row >>> BLOCK_BITS;
        if (b >= blocks.length) {
            blocks = Arrays.copyOf(blocks, Math.max(b + 1, blocks.length * 2));
        }
        double[] block = blocks[b];
        if (block == null) {
            block = new double[BLOCK_SIZE];
            Arrays.fill(block, Double.NaN);
            blocks[b] = block;
        }
        block[row & BLOCK_MASK] = value;
        present++;
    }

    /** The stored value of a row: a number, a text code, or NaN when missing. */
    double get(int row) {
        int b = row >>> BLOCK_BITS;
        if (b >= blocks.length || blocks[b] == null) {
            return Double.NaN;
        }
        return blocks[b][row & BLOCK_MASK];
    }

    /** Drops a block once its rows are copied into instances, so the table is not held twice. */
    void release(int block) {
        if (block < blocks.length) {
            blocks[block] = null;
        }
    }

    TextDictionary dictionary() {
        return dictionary == null ? new TextDictionary() : dictionary;
    }

    long present() {
        return present;
    }

    boolean onlyBooleans() {
        return present > 0 && booleans == present;
    }

    String dateFormat() {
        return dateFormat;
    }

    String firstText() {
        return firstText;
    }

    long firstTextLine() {
        return firstTextLine;
    }
}
