package io.pipewright.format;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The one chain of format migrations. Every way of loading a pipeline goes through
 * {@link #migrate}: a file of version k passes through the steps k -> k+1 -> ... -> {@link #CURRENT_VERSION}
 * on its raw JSON tree, before anything is bound to the model, so binding only ever knows the current shape.
 *
 * <p>Versions:
 * <ul>
 *   <li><b>0</b>, the pre-release draft, marked by {@code "formatVersion": 0} ({@code "format"} may be absent).
 *       Nodes are {@code {"id", "kind", "settings"}}; edges are {@code "links": [{"source": "a.data",
 *       "target": "b.data"}]} with a dot between node id and port (the node id is everything before the
 *       last dot); positions are {@code "positions": {"id": [x, y]}}.</li>
 *   <li><b>1</b>, the current one: {@code "format": "pipewright.pipeline"}, nodes {@code {"id", "type",
 *       "typeVersion", "params"}}, {@code "edges": [{"from": "a:data", "to": "b:data"}]},
 *       {@code "layout": {"id": {"x", "y"}}}.</li>
 * </ul>
 * To change the format: add a step from the current version, bump {@link #CURRENT_VERSION}, keep a
 * fixture of the old version under {@code src/test/resources/format/} and test that it still loads.
 */
public final class Migrations {
    /** The format version this build writes, and the newest it reads. */
    public static final int CURRENT_VERSION = 1;

    /** One step of the chain: turns a raw tree of version {@link #from()} into version {@code from() + 1}. */
    interface Step {
        int from();

        /** Returns the upgraded tree; may change and return {@code root} itself. */
        ObjectNode apply(ObjectNode root);
    }

    private static final List<Step> STEPS = List.of(new FormatV0ToV1());

    static {
        for (int i = 0; i < STEPS.size(); i++) {
            if (STEPS.get(i).from() != i) {
                throw new IllegalStateException("migration step " + i + " starts at version " + STEPS.get(i).from());
            }
        }
        if (STEPS.size() != CURRENT_VERSION) {
            throw new IllegalStateException("migration steps reach version " + STEPS.size() + ", not " + CURRENT_VERSION);
        }
    }

    private Migrations() {
    }

    /**
     * Upgrades a raw tree of {@code version} to {@link #CURRENT_VERSION}. The given tree is not changed.
     *
     * @throws IllegalArgumentException if the version is negative or newer than this build knows; the
     *                                  reader checks this first and reports it to the user
     */
    public static ObjectNode migrate(ObjectNode root, int version) {
        if (version < 0 || version > CURRENT_VERSION) {
            throw new IllegalArgumentException("no migration from format version " + version
                    + "; this build knows versions 0 to " + CURRENT_VERSION);
        }
        ObjectNode tree = root.deepCopy();
        for (int v = version; v < CURRENT_VERSION; v++) {
            tree = STEPS.get(v).apply(tree);
        }
        return tree;
    }
}
