package io.pipewright.app.models;

import io.pipewright.store.ModelSummary;

/** One line of the models list, as shown: the alias columns read "v2", or a dash when the alias is unset. */
public record ModelListRow(String name, String project, int versions, String champion, String challenger) {
    static final String NONE = "\u2014";

    static ModelListRow of(ModelSummary m) {
        return new ModelListRow(m.name(), m.project() == null ? NONE : m.project(), m.versions(), version(m.champion()),
                version(m.challenger()));
    }

    static String version(Integer v) {
        return v == null ? NONE : "v" + v;
    }
}
