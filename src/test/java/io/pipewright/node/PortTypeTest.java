package io.pipewright.node;

import org.junit.jupiter.api.Test;

import java.io.Serializable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Port type compatibility, including union types that accept only their members. */
class PortTypeTest {
    private record Table(int rows) implements Serializable {
    }

    private record Summary(String text) implements Serializable {
    }

    private record Model(String name) implements Serializable {
    }

    private static final PortType<Table> TABLE = new PortType<>("table", Table.class, "a table");
    private static final PortType<Summary> SUMMARY = new PortType<>("summary", Summary.class, "a summary");
    private static final PortType<Model> MODEL = new PortType<>("model", Model.class, "a model");
    private static final PortType<Serializable> TABLE_OR_SUMMARY =
            PortType.anyOf("table-or-summary", Serializable.class, "a table or its summary", TABLE, SUMMARY);

    @Test
    void unionAcceptsEachMemberAndItself() {
        assertThat(TABLE_OR_SUMMARY.accepts(TABLE)).isTrue();
        assertThat(TABLE_OR_SUMMARY.accepts(SUMMARY)).isTrue();
        assertThat(TABLE_OR_SUMMARY.accepts(TABLE_OR_SUMMARY)).isTrue();
    }

    @Test
    void unionRefusesATypeThatOnlySharesItsJavaSupertype() {
        assertThat(TABLE_OR_SUMMARY.accepts(MODEL)).isFalse();
    }

    @Test
    void memberInputDoesNotAcceptTheUnion() {
        assertThat(TABLE.accepts(TABLE_OR_SUMMARY)).isFalse();
    }

    @Test
    void plainTypesStillMatchByIdOrJavaType() {
        assertThat(TABLE.accepts(new PortType<>("table", Table.class, "same id"))).isTrue();
        assertThat(TABLE.accepts(MODEL)).isFalse();
    }

    @Test
    void unionWhoseJavaTypeCannotHoldAMemberIsRefused() {
        assertThatThrownBy(() -> PortType.anyOf("bad", Table.class, "bad", TABLE, SUMMARY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot hold its member 'summary'");
    }
}
