package io.newswire.streams.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A bot check or an access block that a site served in place of the article ("Przykro nam, ale z adresu IP … zaznacz
 * NIE JESTEM ROBOTEM", "Checking your browser before accessing …"): no news to enrich or cluster, and two of them would
 * be each other's duplicates. Only a short text counts: an article may quote such a phrase, and a newsletter box
 * inside a long article asks "verify you're not a robot" too.
 */
final class InterstitialPages {

    /** Longer texts are articles whatever they quote (the pages seen run to a few hundred characters). */
    static final int MAX_CHARS = 800;

    private final List<String> phrases;

    private InterstitialPages(List<String> phrases) {
        this.phrases = phrases;
    }

    static InterstitialPages load() {
        try (InputStream in = InterstitialPages.class.getResourceAsStream("interstitial-phrases.txt")) {
            if (in == null) {
                throw new IllegalStateException("interstitial-phrases.txt is missing from the classpath");
            }
            return new InterstitialPages(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The phrase that makes a short text a bot check or an access block, if it is one. */
    Optional<String> phraseIn(String body) {
        if (body.length() > MAX_CHARS) {
            return Optional.empty();
        }
        String lower = body.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return phrases.stream().filter(lower::contains).findFirst();
    }
}
