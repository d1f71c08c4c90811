package io.pipewright.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node's parameter values after validation: every spec has a typed value (or null when optional
 * and absent). Built only by {@link #bind}, so a node never sees a value that failed validation.
 */
public final class Params {
    private final Map<String, Object> values;
    private final List<ParamSpec<?>> specs;

    private Params(List<ParamSpec<?>> specs, Map<String, Object> values) {
        this.specs = List.copyOf(specs);
        this.values = Collections.unmodifiableMap(values);
    }

    /** A problem found while binding; {@code key} is the parameter, message says why. */
    public record Problem(String key, String message) {
    }

    /** The outcome of binding: the params when there were no problems, otherwise every problem. */
    public record Binding(Params params, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Validates raw values against specs; reports every problem at once, never half-applies. */
    public static Binding bind(List<ParamSpec<?>> specs, Map<String, Object> raw) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            if (specs.stream().noneMatch(s -> s.key().equals(key))) {
                problems.add(new Problem(key, "unknown parameter; known: "
                        + String.join(", ", specs.stream().map(ParamSpec::key).toList())));
            }
        }
        for (ParamSpec<?> spec : specs) {
            Object given = raw.get(spec.key());
            if (given == null) {
                if (spec.defaultValue() == null && spec.required()) {
                    problems.add(new Problem(spec.key(), "is required (" + spec.describeType() + ")"));
                }
                values.put(spec.key(), spec.defaultValue());
                continue;
            }
            try {
                values.put(spec.key(), spec.bind(given));
            } catch (ParamException e) {
                problems.add(new Problem(spec.key(), e.getMessage()));
            }
        }
        return new Binding(problems.isEmpty() ? new Params(specs, values) : null, List.copyOf(problems));
    }

    @SuppressWarnings("unchecked")
    public <T> T get(ParamSpec<T> spec) {
        if (!values.containsKey(spec.key())) {
            throw new IllegalArgumentException("no parameter '" + spec.key() + "' in this node");
        }
        return (T) values.get(spec.key());
    }

    /** The values in JSON-like form, with secrets masked: what a run record shows. */
    public Map<String, Object> toRawForRecord() {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (ParamSpec<?> spec : specs) {
            Object value = values.get(spec.key());
            if (spec instanceof TextParam t && t.secret() && value != null) {
                raw.put(spec.key(), "******");
            } else {
                raw.put(spec.key(), value == null ? null : spec.toRawUnchecked(value));
            }
        }
        return raw;
    }

    /** All values in JSON-like form, secrets included: what a cache key is computed from. */
    public Map<String, Object> toRaw() {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (ParamSpec<?> spec : specs) {
            Object value = values.get(spec.key());
            raw.put(spec.key(), value == null ? null : spec.toRawUnchecked(value));
        }
        return raw;
    }

    public List<ParamSpec<?>> specs() {
        return specs;
    }
}
