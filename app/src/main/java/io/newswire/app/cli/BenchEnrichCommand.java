package io.newswire.app.cli;

import io.newswire.app.bench.EnrichmentBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-enrich", mixinStandardHelpOptions = true,
        description = "Microseconds per article for the enrichment chain on one core, by enricher, over generated ~3 KB articles.")
public final class BenchEnrichCommand implements Callable<Integer> {

    @Option(names = "--articles", description = "Articles per measured round (default ${DEFAULT-VALUE}).")
    int articles = 2000;

    @Option(names = "--warmup", description = "Warm-up rounds before measuring (default ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--seed", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    public Integer call() {
        System.out.print(new EnrichmentBenchmark().run(articles, warmup, seed).report());
        return 0;
    }
}
