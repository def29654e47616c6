package io.newswire.app.bench;

import io.newswire.avro.Article;
import io.newswire.avro.RawArticle;
import io.newswire.streams.enrich.AnalyzedText;
import io.newswire.streams.enrich.CategoryClassifier;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.enrich.EntityExtractor;
import io.newswire.streams.enrich.ExtractedEntity;
import io.newswire.streams.enrich.Gazetteer;
import io.newswire.streams.enrich.KeywordExtractor;
import io.newswire.streams.enrich.LanguageIdentifier;
import io.newswire.streams.enrich.LearnedDocumentFrequencies;
import io.newswire.streams.enrich.MinHasher;
import io.newswire.streams.enrich.QuotationExtractor;
import io.newswire.streams.enrich.TextAnalyzer;
import io.newswire.streams.enrich.ToneScorer;
import io.newswire.streams.enrich.WordStats;
import io.newswire.streams.parse.ArticleParser;
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
        long heapBefore = usedHeapAfterGc();
        Gazetteer gazetteer = Gazetteer.get();
        WordStats words = WordStats.get();
        Enricher enricher = new Enricher(gazetteer, words);
        ArticleParser parser = ArticleParser.withDefaults();
        List<Article> parsed = new ArrayList<>(articles);
        long bytes = 0;
        for (byte[] raw : new ArticleGenerator(seed, 4).generate(articles)) {
            bytes += raw.length;
            parsed.add(parser.parse(RawArticle.newBuilder().setId("bench-" + parsed.size()).setSource("bench").setContentType("text/plain")
                    .setBody(ByteBuffer.wrap(raw)).setFetchedAt(Instant.EPOCH).build()));
        }
        // The n-gram detector only loads for non-English text; load it so its heap is counted too.
        new LanguageIdentifier(words).identify(List.of(), "Le conseil municipal a voté une hausse des tarifs du port.");
        double lexiconMb = (usedHeapAfterGc() - heapBefore) / (1024.0 * 1024.0);

        LearnedDocumentFrequencies frequencies = new LearnedDocumentFrequencies(words);
        for (int round = 0; round < warmupRounds; round++) {
            parsed.forEach(a -> enricher.enrich(a, frequencies));
            stages(parsed, gazetteer, words);
        }
        long start = System.nanoTime();
        for (Article article : parsed) {
            enricher.enrich(article, frequencies);
        }
        double whole = (System.nanoTime() - start) / 1000.0 / parsed.size();
        return new Result(articles, bytes / (double) articles, whole, stages(parsed, gazetteer, words), lexiconMb);
    }

    private static Map<String, Double> stages(List<Article> articles, Gazetteer gazetteer, WordStats words) {
        TextAnalyzer analyzer = new TextAnalyzer();
        LanguageIdentifier language = new LanguageIdentifier(words);
        EntityExtractor entities = new EntityExtractor(gazetteer, words);
        KeywordExtractor keywords = new KeywordExtractor(words);
        CategoryClassifier categories = new CategoryClassifier();
        ToneScorer tone = new ToneScorer();
        QuotationExtractor quotations = new QuotationExtractor(entities.reportingVerbs(), gazetteer);
        MinHasher minHasher = new MinHasher();
        LearnedDocumentFrequencies frequencies = new LearnedDocumentFrequencies(words);
        long[] nanos = new long[8];
        for (Article article : articles) {
            long t0 = System.nanoTime();
            AnalyzedText text = analyzer.analyze(article.getTitle(), article.getBody());
            long t1 = System.nanoTime();
            language.identify(text.tokens(), article.getBody());
            long t2 = System.nanoTime();
            List<ExtractedEntity> found = entities.extract(text);
            long t3 = System.nanoTime();
            Map<String, Integer> terms = keywords.termCounts(text);
            keywords.extract(terms, frequencies);
            frequencies.add(terms.keySet());
            long t4 = System.nanoTime();
            categories.classify(terms);
            long t5 = System.nanoTime();
            tone.score(text.bodyTokens());
            long t6 = System.nanoTime();
            quotations.extract(text, found);
            long t7 = System.nanoTime();
            minHasher.sign(text.bodyTokens());
            long t8 = System.nanoTime();
            long[] marks = {t0, t1, t2, t3, t4, t5, t6, t7, t8};
            for (int i = 0; i < 8; i++) {
                nanos[i] += marks[i + 1] - marks[i];
            }
        }
        String[] names = {"tokens + sentences", "language", "entities", "keywords (tf-idf)", "categories", "tone", "quotations", "minhash"};
        Map<String, Double> result = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            result.put(names[i], nanos[i] / 1000.0 / articles.size());
        }
        return result;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
