package io.pipewright.nodes.ingest;

/**
 * What is known about one column while a table is read, and how its values are encoded in the row
 * arrays: numbers as themselves, texts as their code in a {@link TextDictionary}, dates as epoch
 * milliseconds; NaN is a missing value. The kind follows what arrives: the first non-missing value
 * decides between numbers and text; a text after numbers makes the column {@link Kind#MIXED}, and the
 * reader then reads that column again as text, because the original spelling of the earlier numbers
 * ("007", "1.50") was not kept.
 */
final class ColumnState {
    enum Kind { EMPTY, NUMERIC, TEXT, MIXED, DATE }

    private final String name;
    private Kind kind = Kind.EMPTY;
    private TextDictionary dictionary;
    private long present;
    private long booleans;
    private boolean textOnly;
    private String dateFormat;
    private String firstText;
    private long firstTextLine;

    ColumnState(String name) {
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

    /**
     * The encoding of a number. A reader gives a column that {@link #wantsText()} the number's text
     * instead; a number given anyway to a text column is not stored (NaN).
     */
    double number(double value) {
        if (kind == Kind.EMPTY) {
            kind = Kind.NUMERIC;
        } else if (kind != Kind.NUMERIC) {
            return Double.NaN;
        }
        present++;
        return value;
    }

    /** The encoding of a text; {@code line} is where it stands, for the message if it lands among numbers. */
    double text(char[] buf, int off, int len, long line) {
        if (kind == Kind.NUMERIC || kind == Kind.MIXED) {
            markMixed(new String(buf, off, len), line);
            return Double.NaN;
        }
        present++;
        return textDictionary().intern(buf, off, len);
    }

    double text(String text, long line) {
        if (kind == Kind.NUMERIC || kind == Kind.MIXED) {
            markMixed(text, line);
            return Double.NaN;
        }
        present++;
        return textDictionary().intern(text);
    }

    double bool(boolean value, long line) {
        double code = text(value ? "true" : "false", line);
        if (!Double.isNaN(code)) {
            booleans++;
        }
        return code;
    }

    /** The encoding of a date from a source that declares dates (a database): milliseconds since the epoch. */
    double date(double millis, String format) {
        kind = Kind.DATE;
        dateFormat = format;
        present++;
        return millis;
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
        dictionary = null;
        present = 0;
        booleans = 0;
        kind = Kind.EMPTY;
        textOnly = true;
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
