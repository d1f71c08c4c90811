package io.pipewright.nodes.prep;

import io.pipewright.node.NodeFailure;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

import java.text.ParseException;
import java.util.List;
import java.util.function.Predicate;

/**
 * A test on one column of a row, checked against the schema when it is built: the value must be a
 * number for a numeric column, a date in the column's format for a date column, a known label for a
 * nominal column. Missing values never satisfy a comparison.
 */
final class RowCondition implements Predicate<Instance> {
    static final List<String> OPERATORS = List.of("==", "!=", "<", "<=", ">", ">=", "is-missing", "not-missing");

    private final Predicate<Instance> test;

    private RowCondition(Predicate<Instance> test) {
        this.test = test;
    }

    @Override
    public boolean test(Instance row) {
        return test.test(row);
    }

    /**
     * @param keys the parameter keys for column, operator and value, in that order, for messages
     */
    static RowCondition compile(Instances header, String column, String operator, String value, String[] keys)
            throws NodeFailure {
        Attribute attribute = Schema.column(header, keys[0], column);
        int index = attribute.index();
        switch (operator) {
            case "is-missing":
                return new RowCondition(row -> row.isMissing(index));
            case "not-missing":
                return new RowCondition(row -> !row.isMissing(index));
            default:
                break;
        }
        if (!OPERATORS.contains(operator)) {
            throw new NodeFailure("parameter '" + keys[1] + "': unknown operator '" + operator + "'; use one of " + OPERATORS);
        }
        if (value == null || value.isEmpty()) {
            throw new NodeFailure("parameter '" + keys[2] + "': operator '" + operator
                    + "' needs a value to compare column '" + column + "' with");
        }
        if (attribute.isNominal() || attribute.isString()) {
            return textCondition(attribute, operator, value, keys);
        }
        if (attribute.isNumeric()) {
            double bound = number(attribute, value, keys[2]);
            return new RowCondition(row -> !row.isMissing(index) && compare(row.value(index), operator, bound));
        }
        throw new NodeFailure("parameter '" + keys[0] + "': column '" + column + "' is "
                + Attribute.typeToString(attribute) + "; rows can be filtered on numeric, date, nominal or string columns");
    }

    private static RowCondition textCondition(Attribute attribute, String operator, String value, String[] keys)
            throws NodeFailure {
        int index = attribute.index();
        if (!operator.equals("==") && !operator.equals("!=")) {
            throw new NodeFailure("parameter '" + keys[1] + "': operator '" + operator + "' compares numbers, but column '"
                    + attribute.name() + "' is " + Attribute.typeToString(attribute) + "; use == or !=");
        }
        boolean equal = operator.equals("==");
        if (attribute.isString()) {
            return new RowCondition(row -> !row.isMissing(index) && row.stringValue(index).equals(value) == equal);
        }
        int label = attribute.indexOfValue(value);
        if (label < 0) {
            throw new NodeFailure("parameter '" + keys[2] + "': '" + value + "' is not a label of column '"
                    + attribute.name() + "'; its labels are: " + Schema.labels(attribute));
        }
        return new RowCondition(row -> !row.isMissing(index) && ((int) row.value(index) == label) == equal);
    }

    private static double number(Attribute attribute, String value, String valueKey) throws NodeFailure {
        if (attribute.isDate()) {
            try {
                return attribute.parseDate(value);
            } catch (ParseException e) {
                throw new NodeFailure("parameter '" + valueKey + "': column '" + attribute.name()
                        + "' holds dates written as '" + attribute.getDateFormat() + "'; got '" + value + "'");
            }
        }
        try {
            double d = Double.parseDouble(value.trim());
            if (Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new NodeFailure("parameter '" + valueKey + "': column '" + attribute.name()
                    + "' is numeric, so the value must be a number such as 2.5; got '" + value + "'");
        }
    }

    private static boolean compare(double x, String operator, double bound) {
        return switch (operator) {
            case "==" -> x == bound;
            case "!=" -> x != bound;
            case "<" -> x < bound;
            case "<=" -> x <= bound;
            case ">" -> x > bound;
            case ">=" -> x >= bound;
            default -> throw new IllegalArgumentException(operator);
        };
    }
}
