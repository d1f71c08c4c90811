package io.pipewright.bench;

import java.io.PrintStream;
import java.util.Map;

/**
 * A benchmark run by {@code pipewright bench NAME [key=value ...]}. It measures against a baseline
 * in the same process (this machine is noisy) and prints medians and the ratio.
 */
public interface Benchmark {
    String name();

    String description();

    void run(Map<String, String> options, PrintStream out) throws Exception;
}
