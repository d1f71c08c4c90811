package io.pipewright.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs a {@link BatchRunner} on every batch file in a folder, in name order, once each. A file counts
 * as done when a finished run of the project has read it (so a restart does not run it again) or when
 * this watch already tried it. {@link #watch} keeps going: it waits on a {@link WatchService} and
 * rescans at least every {@code settle} period, and takes a file only once it has not been modified
 * for {@code settle}, so a file still being copied in is not read half-written.
 */
public final class FolderWatch {
    private final Path folder;
    private final PathMatcher matcher;
    private final BatchRunner runner;
    private final Duration settle;
    private final Set<Path> skipped = new HashSet<>();
    private final Set<Path> tried = new HashSet<>();
    private volatile boolean stopped;

    /**
     * @param pattern a glob on file names, e.g. {@code *.csv}
     * @param newOnly leave the files already in the folder alone; run only those that arrive later
     * @param settle  how long a file must be unmodified before it is run (zero: at once)
     */
    private Set<Path> done;

    public FolderWatch(Path folder, String pattern, boolean newOnly, BatchRunner runner, Duration settle) {
        this.folder = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.folder)) {
            throw new IllegalArgumentException(this.folder + " is not a folder");
        }
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        this.runner = runner;
        this.settle = settle;
        if (newOnly) {
            skipped.addAll(matching());
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * The batch files not yet run, in name order (files still being written included). What earlier runs
     * processed is read from the workspace once; what this watch runs is remembered in {@code tried}.
     */
    public List<Path> pending() {
        if (done == null) {
            done = runner.processed();
        }
        return matching().stream().filter(f -> !skipped.contains(f) && !tried.contains(f) && !done.contains(f)).toList();
    }

    /** Runs every pending file that has settled, in name order; returns what became of each. */
    public List<BatchOutcome> processPending(Consumer<BatchOutcome> each) throws InterruptedException {
        List<BatchOutcome> out = new ArrayList<>();
        Instant settledBefore = Instant.now().minus(settle);
        for (Path file : pending()) {
            if (stopped) {
                break;
            }
            if (!settle.isZero() && modified(file).isAfter(settledBefore)) {
                continue;
            }
            tried.add(file);
            BatchOutcome outcome = runner.run(file);
            out.add(outcome);
            each.accept(outcome);
        }
        return out;
    }

    /** Processes what is there, then every new file, until {@link #stop} or an interrupt. */
    public void watch(Consumer<BatchOutcome> each) throws IOException, InterruptedException {
        try (WatchService service = folder.getFileSystem().newWatchService()) {
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            long waitMillis = Math.max(200, settle.toMillis());
            while (!stopped) {
                processPending(each);
                WatchKey key = service.poll(waitMillis, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
    }

    /** Ends {@link #watch} after the batch running now; cancel that batch with {@link BatchRunner#cancel}. */
    public void stop() {
        stopped = true;
    }

    private List<Path> matching() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && matcher.matches(f.getFileName()))
                    .map(f -> f.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the watched folder " + folder + " cannot be listed: " + e.getMessage(), e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }
}
