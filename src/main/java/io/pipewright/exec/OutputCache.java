package io.pipewright.exec;

import java.util.Map;
import java.util.Optional;

/**
 * Stores node outputs by cache key. A hit gives the node's report sections at once and its values
 * on demand, so a run whose downstream nodes are all cached never loads large upstream tables.
 */
public interface OutputCache {
    OutputCache NONE = new OutputCache() {
        @Override
        public Optional<Entry> find(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, Map<String, Object> reports, Map<String, Object> outputs) {
        }
    };

    Optional<Entry> find(String key);

    /** Stores outputs; a value that cannot be stored makes the entry absent, never a half entry. */
    void put(String key, Map<String, Object> reports, Map<String, Object> outputs);

    interface Entry {
        Map<String, Object> reports();

        Map<String, Object> loadOutputs() throws java.io.IOException;
    }
}
