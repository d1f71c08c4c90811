package io.pipewright.param;

import java.util.List;

/** One of a fixed list of words. */
public record ChoiceParam(String key, String label, String help, String defaultValue, boolean required,
                          List<String> choices) implements ParamSpec<String> {

    public ChoiceParam {
        choices = List.copyOf(choices);
    }

    public static ChoiceParam of(String key, String label, String defaultValue, List<String> choices, String help) {
        return new ChoiceParam(key, label, help, defaultValue, false, choices);
    }

    @Override
    public String bind(Object raw) throws ParamException {
        if (raw instanceof String s) {
            return parseText(s);
        }
        throw new ParamException(key, "expected one of " + choices + ", got " + Values.describe(raw));
    }

    @Override
    public String parseText(String text) throws ParamException {
        if (!choices.contains(text)) {
            throw new ParamException(key, "expected one of " + choices + ", got '" + text + "'");
        }
        return text;
    }

    @Override
    public Object toRaw(String value) {
        return value;
    }

    @Override
    public String describeType() {
        return "one of " + String.join("|", choices);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitChoice(this);
    }
}
