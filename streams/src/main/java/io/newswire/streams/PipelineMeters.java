package io.newswire.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Newswire's own meters, in Micrometer's global registry (which the instance's {@code /metrics} exports):
 * articles parsed, enrichment time and articles clustered by language, story events by type, dead letters
 * by stage and error class. Each meter is made once and kept, since most are counted per article. Each name
 * keeps one set of labels, as Prometheus requires.
 */
public final class PipelineMeters {

    private static final Counter PARSED = Counter.builder("newswire.articles.parsed")
            .description("Articles parsed (every partition)").register(Metrics.globalRegistry);
    private static final Map<String, Timer> ENRICHMENT = new ConcurrentHashMap<>();
    private static final Map<String, Counter> CLUSTERED = new ConcurrentHashMap<>();
    private static final Map<String, Counter> STORY_EVENTS = new ConcurrentHashMap<>();
    private static final Map<String, Counter> DEAD_LETTERS = new ConcurrentHashMap<>();

    private PipelineMeters() {
    }

    public static void parsed() {
        PARSED.increment();
    }

    public static void enriched(String language, long nanos) {
        ENRICHMENT.computeIfAbsent(known(language), l -> Timer.builder("newswire.enrichment")
                .description("Enrichment of one article, by the language identified").tag("language", l)
                .register(Metrics.globalRegistry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    public static void clustered(String language) {
        CLUSTERED.computeIfAbsent(known(language), l -> Counter.builder("newswire.articles.clustered")
                .description("Articles clustered into stories, by language (the per-language stage)").tag("language", l)
                .register(Metrics.globalRegistry)).increment();
    }

    /** CREATED minus CLOSED and MERGED is the stories open. */
    public static void storyEvent(String type) {
        STORY_EVENTS.computeIfAbsent(type, t -> Counter.builder("newswire.story.events").description("Story events by type")
                .tag("type", t).register(Metrics.globalRegistry)).increment();
    }

    /** Labelled by the error's class, not its message: a label's values must stay few. */
    public static void deadLetter(String stage, Throwable error) {
        String errorClass = error.getClass().getSimpleName();
        DEAD_LETTERS.computeIfAbsent(stage + "\u0000" + errorClass, k -> Counter.builder("newswire.dead.letters")
                .description("Dead letters by stage and error class").tag("stage", stage).tag("error", errorClass)
                .register(Metrics.globalRegistry)).increment();
    }

    private static String known(String language) {
        return language == null ? "unknown" : language;
    }
}
