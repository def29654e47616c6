package io.newswire.streams.enrich;

/** How many documents contain a term: the IDF side of TF-IDF. */
public interface DocumentFrequencies {

    long documents();

    long documentFrequency(String term);

    /** Records that a document with these distinct terms was seen. */
    void add(java.util.Set<String> terms);
}
