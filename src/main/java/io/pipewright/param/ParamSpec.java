package io.pipewright.param;

/**
 * One parameter of a node, described once as data: the same description feeds validation, the
 * inspector form, the palette help and the command line's {@code nodes} listing.
 *
 * <p>Raw values are JSON-like (String, Number, Boolean, List, Map) as they stand in a pipeline file.
 * {@link #bind} validates a raw value and turns it into the typed value the node reads;
 * {@link #parseText} does the same for a value typed on the command line ({@code --set}).
 * The interface is sealed so a form that handles every kind is checked by the compiler (see
 * {@link Visitor}).
 */
public sealed interface ParamSpec<T> permits IntParam, DoubleParam, BoolParam, ChoiceParam, TextParam,
        FileParam, ColumnParam, ColumnListParam, WekaObjectParam, StringMapParam {

    String key();

    String label();

    String help();

    /** The value used when the file does not give one; null when there is none. */
    T defaultValue();

    /** A required parameter without a default must be given in the file. */
    boolean required();

    T bind(Object raw) throws ParamException;

    T parseText(String text) throws ParamException;

    /** The JSON-like form written to a file. */
    Object toRaw(T value);

    /** A short description of the accepted values, e.g. "integer 2..100". */
    String describeType();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitInt(IntParam p);

        R visitDouble(DoubleParam p);

        R visitBool(BoolParam p);

        R visitChoice(ChoiceParam p);

        R visitText(TextParam p);

        R visitFile(FileParam p);

        R visitColumn(ColumnParam p);

        R visitColumnList(ColumnListParam p);

        R visitWekaObject(WekaObjectParam p);

        R visitStringMap(StringMapParam p);
    }

    /** Casts an untyped raw value to the spec's type, for code that handles specs generically. */
    @SuppressWarnings("unchecked")
    default Object toRawUnchecked(Object value) {
        return toRaw((T) value);
    }
}
