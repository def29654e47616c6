package io.newswire.streams;

import io.newswire.avro.Article;
import io.newswire.avro.RawArticle;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.enrich.LearnedDocumentFrequencies;
import io.newswire.streams.parse.ArticleLimits;
import io.newswire.streams.parse.ArticleParser;

/**
 * Raw article to enriched article: the one parse-and-enrich chain that the topology, {@code enrich}, the
 * benchmarks and the evaluations share. The topology runs the two steps as two named nodes; other callers
 * take {@link #process}.
 */
public final class ArticlePipeline {

    private final ArticleParser parser;
    private final Enricher enricher;

    private ArticlePipeline(ArticleParser parser, Enricher enricher) {
        this.parser = parser;
        this.enricher = enricher;
    }

    /** With the size and time limits users set for the pipeline. */
    public static ArticlePipeline withLimits(ArticleLimits limits) {
        return new ArticlePipeline(ArticleParser.withLimits(limits), Enricher.withDefaults());
    }

    /** With the default limits, for benchmarks and evaluations. */
    public static ArticlePipeline withDefaults() {
        return new ArticlePipeline(ArticleParser.withDefaults(), Enricher.withDefaults());
    }

    public Article parse(RawArticle raw) {
        Article article = parser.parse(raw);
        // Articles per stage on the instance's /metrics: parsed here, then enriched and clustered by language.
        PipelineMeters.parsed();
        return article;
    }

    public Enricher enricher() {
        return enricher;
    }

    /** Both steps, with the document frequencies the caller keeps (one set per stream task in the topology). */
    public Article process(RawArticle raw, LearnedDocumentFrequencies frequencies) {
        return enricher.enrich(parser.parse(raw), frequencies);
    }
}
