package io.pipewright.cli;

import io.pipewright.bench.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Runs a benchmark against its baseline in the same process and prints medians and "
        + "ratios. Without a name, lists the benchmarks.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the benchmark to run")
    String name;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "options, e.g. rows=1000000 reps=5")
    List<String> options = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Benchmark> all = ServiceLoader.load(Benchmark.class).stream().map(ServiceLoader.Provider::get).toList();
        if (name == null) {
            all.forEach(b -> spec.commandLine().getOut().printf("%-12s %s%n", b.name(), b.description()));
            spec.commandLine().getOut().flush();
            return ExitCodes.SUCCEEDED;
        }
        Benchmark bench = all.stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
        if (bench == null) {
            spec.commandLine().getErr().println("no benchmark '" + name + "'; known: "
                    + String.join(", ", all.stream().map(Benchmark::name).toList()));
            return ExitCodes.INVALID;
        }
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                spec.commandLine().getErr().println("option '" + option + "' is not KEY=VALUE");
                return ExitCodes.INVALID;
            }
            parsed.put(option.substring(0, eq), option.substring(eq + 1));
        }
        bench.run(parsed, new PrintStream(System.out, true));
        return ExitCodes.SUCCEEDED;
    }
}
