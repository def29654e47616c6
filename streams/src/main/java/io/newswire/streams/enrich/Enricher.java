package io.newswire.streams.enrich;

import io.newswire.avro.Article;
import io.newswire.avro.Category;
import io.newswire.avro.Entity;
import io.newswire.avro.Fingerprint;
import io.newswire.avro.Keyword;
import io.newswire.avro.Quotation;
import io.newswire.avro.Tone;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * Runs every enricher on a parsed article, analysing the text once: language, entities, keywords,
 * categories, tone, quotations and the MinHash fingerprint. Stateless apart from the document
 * frequencies passed in; near-duplicate matching happens downstream, where all fingerprints meet.
 */
public final class Enricher {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final LanguageIdentifier language;
    private final EntityExtractor entities;
    private final KeywordExtractor keywords;
    private final CategoryClassifier categories = new CategoryClassifier();
    private final ToneScorer tone = new ToneScorer();
    private final QuotationExtractor quotations;
    private final MinHasher minHasher = new MinHasher();

    public Enricher(Gazetteer gazetteer, WordStats words) {
        this.language = new LanguageIdentifier(words);
        this.entities = new EntityExtractor(gazetteer, words);
        this.keywords = new KeywordExtractor(words);
        this.quotations = new QuotationExtractor(entities.reportingVerbs(), gazetteer);
    }

    public static Enricher withDefaults() {
        return new Enricher(Gazetteer.get(), WordStats.get());
    }

    public Article enrich(Article article, DocumentFrequencies frequencies) {
        AnalyzedText text = analyzer.analyze(article.getTitle(), article.getBody());
        LanguageIdentifier.Language lang = language.identify(text.tokens(), article.getBody());
        List<ExtractedEntity> found = entities.extract(text);
        Map<String, Integer> terms = keywords.termCounts(text);
        List<KeywordExtractor.Keyword> topKeywords = keywords.extract(terms, frequencies);
        frequencies.add(terms.keySet());
        ToneScorer.Tone articleTone = tone.score(text.bodyTokens());
        MinHasher.Signature signature = minHasher.sign(text.bodyTokens());
        return Article.newBuilder(article)
                .setLanguage(lang.code())
                .setLanguageConfidence(lang.confidence())
                .setEntities(found.stream().map(e -> Entity.newBuilder().setId(e.id()).setName(e.name()).setType(e.type().name())
                        .setSurfaceForms(e.surfaceForms()).setMentions(e.mentions()).setSalience(e.salience())
                        .setTitles(e.titles()).setRefersTo(e.refersTo()).build()).toList())
                .setKeywords(topKeywords.stream().map(k -> new Keyword(k.term(), k.score())).toList())
                .setCategories(categories.classify(terms).stream().map(c -> new Category(c.code(), c.label(), c.score())).toList())
                .setTone(new Tone(articleTone.positive(), articleTone.negative(), articleTone.polarity(), articleTone.score(),
                        articleTone.wordCount()))
                .setQuotations(quotations.extract(text, found).stream()
                        .map(q -> new Quotation(q.text(), q.speaker(), q.speakerId(), q.verb(), q.partial())).toList())
                .setFingerprint(new Fingerprint(ByteBuffer.wrap(signature.toBytes()), signature.shingles()))
                .build();
    }
}
