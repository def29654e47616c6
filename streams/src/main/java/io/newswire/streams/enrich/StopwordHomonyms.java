package io.newswire.streams.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Function words a Snowball stopword list names but leaves out because a search engine must still find the noun
 * they are homonyms of: French "est" (east), "son" (sound), "été" (summer). In news text the verb and the
 * determiner outnumber the noun by far, so they are no keywords ("est" was among the keywords of most French
 * articles). Read from the list's own comments in Lucene's copy ("| est - Omitted because it is homonym of
 * "east""), not typed in here; only the French list has such lines.
 */
final class StopwordHomonyms {

    private static final Pattern OMITTED = Pattern.compile("^\\s*\\|\\s*(\\p{L}+)\\b.*Omitted because", Pattern.CASE_INSENSITIVE);
    /** "avions" stays a keyword: in news it is planes far more often than "nous avions". */
    private static final Set<String> NOUNS_IN_NEWS = Set.of("avions");
    private static final Map<String, Set<String>> BY_LANGUAGE = Map.of("fr", read("/org/apache/lucene/analysis/snowball/french_stop.txt"));

    private StopwordHomonyms() {
    }

    static Set<String> of(String language) {
        return BY_LANGUAGE.getOrDefault(language, Set.of());
    }

    private static Set<String> read(String resource) {
        InputStream in = StopwordHomonyms.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Lucene's stopword list is missing from the class path: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(OMITTED::matcher).filter(Matcher::find).map(m -> m.group(1)).filter(w -> !NOUNS_IN_NEWS.contains(w))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
