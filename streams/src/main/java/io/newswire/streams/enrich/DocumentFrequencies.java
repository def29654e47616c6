package io.newswire.streams.enrich;

/** How many documents contain a term: the IDF side of TF-IDF. */
public interface DocumentFrequencies {

    long documents();

    long documentFrequency(String term);

    /** Records that a document with these distinct terms was seen. */
    void add(java.util.Set<String> terms);

    /** The frequencies of one language's documents; one set for all languages unless the implementation keeps more. */
    default DocumentFrequencies forLanguage(String code) {
        return this;
    }
}
