package io.pipewright.edit;

import java.util.Set;

/** How new node ids are chosen, the same way for a node added from the palette and for pasted nodes. */
public final class NodeIds {
    private NodeIds() {
    }

    /** {@code base} when free, else {@code base-2}, {@code base-3}, ... the first id not in {@code taken}. */
    public static String fresh(String base, Set<String> taken) {
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
