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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs every enricher on a parsed article, analysing the text once: language first, then in that
 * language entities, keywords, categories, tone, quotations and the MinHash fingerprint. Stateless apart from the document
 * frequencies passed in; near-duplicate matching happens downstream, where all fingerprints meet.
 */
public final class Enricher {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final LanguageIdentifier language;
    private final EntityExtractor entities;
    private final KeywordExtractor keywords;
    private final CategoryClassifier categories = new CategoryClassifier();
    private final ToneScorer tone = new ToneScorer();
    private final Map<String, QuotationExtractor> quotations = new ConcurrentHashMap<>();
    private final Gazetteer gazetteer;
    private final MinHasher minHasher = new MinHasher();
    private final PlaceLocations places = PlaceLocations.get();

    public Enricher(Gazetteer gazetteer, WordStats words) {
        this(gazetteer, words, true);
    }

    private Enricher(Gazetteer gazetteer, WordStats words, boolean learnedNames) {
        this.language = new LanguageIdentifier(words);
        this.entities = new EntityExtractor(gazetteer, words, learnedNames);
        this.keywords = new KeywordExtractor(words, entities.reportingVerbs());
        this.gazetteer = gazetteer;
    }

    public static Enricher withDefaults() {
        return new Enricher(Gazetteer.get(), WordStats.get());
    }

    /** The chain with the rule-based name finder alone, no learned tagger: the baseline a tagger is measured against. */
    public static Enricher rulesOnly() {
        return new Enricher(Gazetteer.get(), WordStats.get(), false);
    }

    /**
     * Told when each enricher finishes, so a benchmark times the very chain the processor runs instead of
     * a copy of it; the processor passes {@link #NO_LAPS}.
     */
    public interface Laps {
        void lap(String stage);
    }

    public static final Laps NO_LAPS = stage -> { };

    public Article enrich(Article article, DocumentFrequencies frequencies) {
        return enrich(article, frequencies, NO_LAPS);
    }

    /** The language, the analysed text and its entities: the first steps of {@link #enrich}, which evaluations score. */
    public record Analysis(LanguageIdentifier.Language language, LanguageProfile profile, AnalyzedText text, List<ExtractedEntity> entities) {
    }

    public Analysis analyse(String title, String body) {
        return analyse(title, body, NO_LAPS);
    }

    private Analysis analyse(String title, String body, Laps laps) {
        AnalyzedText text = analyzer.analyze(title, body);
        laps.lap("tokens + sentences");
        // The title too: a short item's body may be no more than a dateline.
        LanguageIdentifier.Language lang = language.identify(text.tokens(), text.text());
        laps.lap("language");
        LanguageProfile profile = LanguageProfile.of(lang.code());
        List<ExtractedEntity> found = entities.extract(text, profile, laps);
        return new Analysis(lang, profile, text, found);
    }

    private Entity entity(ExtractedEntity e) {
        Entity.Builder entity = Entity.newBuilder().setId(e.id()).setName(e.name()).setType(e.type().name())
                .setSurfaceForms(e.surfaceForms()).setMentions(e.mentions()).setSalience(e.salience())
                .setTitles(e.titles()).setRefersTo(e.refersTo());
        if (e.type() == EntityType.LOCATION) {
            places.locate(e.name()).ifPresent(where -> entity.setCountryCode(where.countryCode())
                    .setLatitude(where.latitude()).setLongitude(where.longitude()));
        }
        return entity.build();
    }

    public Article enrich(Article article, DocumentFrequencies frequencies, Laps laps) {
        Analysis analysis = analyse(article.getTitle(), article.getBody(), laps);
        AnalyzedText text = analysis.text();
        LanguageIdentifier.Language lang = analysis.language();
        List<ExtractedEntity> found = analysis.entities();
        Map<String, Integer> terms = keywords.termCounts(text, analysis.profile());
        // Each language's own frequencies: a German article's keywords must not depend on the English ones a task saw.
        DocumentFrequencies ofLanguage = frequencies.forLanguage(lang.code());
        List<KeywordExtractor.Keyword> topKeywords = keywords.extract(terms, ofLanguage, analysis.profile());
        ofLanguage.add(terms.keySet());
        laps.lap("keywords (tf-idf)");
        Map<String, Integer> inNames = keywords.termCounts(text, CategoryClassifier.peoplesNameTokens(text, found), analysis.profile());
        List<CategoryClassifier.Category> topCategories = categories.classify(terms, analysis.profile(), inNames);
        laps.lap("categories");
        ToneScorer.Tone articleTone = tone.score(text.bodyTokens(), analysis.profile());
        laps.lap("tone");
        List<QuotationExtractor.Quotation> quotes = quotations.computeIfAbsent(analysis.profile().code(),
                code -> new QuotationExtractor(entities.reportingVerbs(), gazetteer, QuoteStyle.of(analysis.profile(), entities.reportingVerbs())))
                .extract(text, found);
        laps.lap("quotations");
        MinHasher.Signature signature = minHasher.sign(text.bodyTokens());
        laps.lap("minhash");
        Article enriched = Article.newBuilder(article)
                .setLanguage(lang.code())
                .setLanguageConfidence(lang.confidence())
                .setEntities(found.stream().map(this::entity).toList())
                .setKeywords(topKeywords.stream().map(k -> new Keyword(k.term(), k.score())).toList())
                .setCategories(topCategories.stream().map(c -> new Category(c.code(), c.label(), c.score(), c.mediaTopic())).toList())
                .setTone(articleTone == null ? null : new Tone(articleTone.positive(), articleTone.negative(), articleTone.polarity(),
                        articleTone.score(), articleTone.wordCount()))
                .setQuotations(quotes.stream().map(q -> new Quotation(q.text(), q.speaker(), q.speakerId(), q.verb(), q.partial())).toList())
                .setFingerprint(new Fingerprint(ByteBuffer.wrap(signature.toBytes()), signature.shingles()))
                .build();
        laps.lap("Avro record");
        return enriched;
    }
}
