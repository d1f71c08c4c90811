package io.pipewright.cli;

import io.pipewright.exec.DiskOutputCache;
import io.pipewright.exec.OutputCache;

import java.nio.file.Path;

/** Where the command line keeps its cache: {@code $PIPEWRIGHT_HOME/cache}, else {@code ~/.pipewright/cache}. */
final class EngineSetup {
    static final long CACHE_LIMIT_BYTES = 4L << 30;

    private EngineSetup() {
    }

    static Path home() {
        String env = System.getenv("PIPEWRIGHT_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".pipewright");
    }

    static OutputCache cache(Path cacheDir, boolean enabled) {
        if (!enabled) {
            return OutputCache.NONE;
        }
        return new DiskOutputCache(cacheDir != null ? cacheDir : home().resolve("cache"), CACHE_LIMIT_BYTES);
    }
}
