package io.newswire.app.bench;

import io.newswire.avro.Article;
import io.newswire.avro.RawArticle;
import io.newswire.streams.ArticlePipeline;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.enrich.LanguageIdentifier;
import io.newswire.streams.enrich.LearnedDocumentFrequencies;
import io.newswire.streams.enrich.WordStats;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Microseconds per article for the enrichment chain on one thread, whole and by enricher, over
 * generated ~3 KB articles, after a warm-up long enough for the JIT; plus the heap the lexicons take.
 */
public final class EnrichmentBenchmark {

    /** What one run measured. */
    public record Result(int articles, double avgBytes, double wholeChainMicros, Map<String, Double> stageMicros, double lexiconHeapMb) {

        public String report() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "%d articles, %.0f bytes each on average; lexicons and models %.0f MB of heap%n"
                            + "whole chain (Enricher.enrich, Avro record included): %.1f µs/article = %.0f articles/s on one core%n",
                    articles, avgBytes, lexiconHeapMb, wholeChainMicros, 1e6 / wholeChainMicros));
            stageMicros.forEach((stage, us) -> sb.append(String.format(Locale.ROOT, "  %-22s %8.1f µs%n", stage, us)));
            return sb.toString();
        }
    }

    public Result run(int articles, int warmupRounds, long seed) {
        Loaded loaded = load();
        List<Article> parsed = new ArrayList<>(articles);
        long bytes = 0;
        for (byte[] raw : new ArticleGenerator(seed, 4).generate(articles)) {
            bytes += raw.length;
            parsed.add(loaded.pipeline().parse(RawArticle.newBuilder().setId("bench-" + parsed.size()).setSource("bench")
                    .setContentType("text/plain").setBody(ByteBuffer.wrap(raw)).setFetchedAt(Instant.EPOCH).build()));
        }
        return measure(parsed, bytes, warmupRounds, loaded);
    }

    /** The chain over articles already parsed, e.g. real text of one language. */
    public Result run(List<Article> parsed, long bytes, int warmupRounds) {
        return measure(parsed, bytes, warmupRounds, load());
    }

    private static final int MIN_PASSES = 5;
    private static final int MIN_MEASURED_ARTICLES = 2_000;

    private record Loaded(ArticlePipeline pipeline, double lexiconMb) {
    }

    /** The pipeline, with the heap its lexicons and models take. */
    private static Loaded load() {
        long heapBefore = usedHeapAfterGc();
        ArticlePipeline pipeline = ArticlePipeline.withDefaults();
        // The n-gram detector only loads for non-English text; load it so its heap is counted too.
        new LanguageIdentifier(WordStats.get()).identify(List.of(), "Le conseil municipal a voté une hausse des tarifs du port.");
        return new Loaded(pipeline, (usedHeapAfterGc() - heapBefore) / (1024.0 * 1024.0));
    }

    private Result measure(List<Article> parsed, long bytes, int warmupRounds, Loaded loaded) {
        int articles = parsed.size();
        Enricher enricher = loaded.pipeline().enricher();
        double lexiconMb = loaded.lexiconMb();
        WordStats words = WordStats.get();
        LearnedDocumentFrequencies frequencies = new LearnedDocumentFrequencies(words);
        for (int round = 0; round < warmupRounds; round++) {
            parsed.forEach(a -> enricher.enrich(a, frequencies));
            stages(parsed, enricher);
        }
        // The median of many timed passes: one pass over a hundred real articles lasts less than a tenth of a
        // second, which a single collection or compilation on a shared two-core machine could double.
        int passes = Math.max(MIN_PASSES, (MIN_MEASURED_ARTICLES + articles - 1) / articles);
        double[] perPass = new double[passes];
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            for (Article article : parsed) {
                enricher.enrich(article, frequencies);
            }
            perPass[pass] = (System.nanoTime() - start) / 1000.0 / articles;
        }
        java.util.Arrays.sort(perPass);
        double whole = perPass[passes / 2];
        return new Result(articles, bytes / (double) articles, whole, medianStages(parsed, enricher, passes), lexiconMb);
    }

    /** Each stage's median over as many lapped passes as the whole chain had: one pass's laps drift as much as its whole. */
    private static Map<String, Double> medianStages(List<Article> parsed, Enricher enricher, int passes) {
        Map<String, double[]> perPass = new LinkedHashMap<>();
        for (int pass = 0; pass < passes; pass++) {
            int at = pass;
            stages(parsed, enricher).forEach((stage, micros) -> perPass.computeIfAbsent(stage, s -> new double[passes])[at] = micros);
        }
        Map<String, Double> result = new LinkedHashMap<>();
        perPass.forEach((stage, values) -> {
            java.util.Arrays.sort(values);
            result.put(stage, values[passes / 2]);
        });
        return result;
    }

    /** The same chain, {@link Enricher#enrich}, timed between the laps it reports. */
    private static Map<String, Double> stages(List<Article> articles, Enricher enricher) {
        LearnedDocumentFrequencies frequencies = new LearnedDocumentFrequencies(WordStats.get());
        Map<String, Long> nanos = new LinkedHashMap<>();
        long[] last = new long[1];
        Enricher.Laps laps = stage -> {
            long now = System.nanoTime();
            nanos.merge(stage, now - last[0], Long::sum);
            last[0] = now;
        };
        for (Article article : articles) {
            last[0] = System.nanoTime();
            enricher.enrich(article, frequencies, laps);
        }
        Map<String, Double> result = new LinkedHashMap<>();
        nanos.forEach((stage, total) -> result.put(stage, total / 1000.0 / articles.size()));
        return result;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
