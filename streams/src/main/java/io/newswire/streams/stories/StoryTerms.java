package io.newswire.streams.stories;

import io.newswire.streams.enrich.LanguageProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms stories compare, and the words they show for them. Outside English inflected forms of one word
 * (wojna, wojny, wojnę) are one term, its stem; English keeps its surface words, with which its clustering
 * was measured. A stem is no word to show a reader ("пригроз", "нов"), so a story's keywords are shown as
 * an article wrote them: the word its previous summary showed for the stem, else the newest article's.
 */
final class StoryTerms {

    private StoryTerms() {
    }

    static boolean stemmed(LanguageProfile language) {
        return !language.isEnglish() && language.hasStemmer();
    }

    /** The term an article's keyword counts as. */
    static String term(LanguageProfile language, String word) {
        return stemmed(language) ? language.stem(word) : word;
    }

    /**
     * @param terms  the story's top terms, best first
     * @param shown  the words the story showed before
     * @param fresh  term → word, from the article just absorbed (may be empty)
     */
    static List<String> words(String languageCode, List<String> terms, List<String> shown, Map<String, String> fresh) {
        LanguageProfile language = LanguageProfile.of(languageCode);
        if (!stemmed(language)) {
            return terms;
        }
        Map<String, String> known = new HashMap<>(fresh);
        shown.forEach(word -> known.put(language.stem(word), word));
        List<String> words = new ArrayList<>(terms.size());
        terms.forEach(term -> words.add(known.getOrDefault(term, term)));
        return words;
    }
}
