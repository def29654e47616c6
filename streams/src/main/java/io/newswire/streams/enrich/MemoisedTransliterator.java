package io.newswire.streams.enrich;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ICU transliterator that remembers, per thread, what it wrote for the last words it saw: running the
 * rules costs some microseconds a word, and news repeats its names. ICU transliterators are not
 * thread-safe, hence one per thread.
 */
final class MemoisedTransliterator {

    private static final int BOUND = 20_000;

    private final ThreadLocal<Transliterator> transliterator;
    private final ThreadLocal<Map<String, String>> memo = ThreadLocal.withInitial(() -> new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > BOUND;
        }
    });

    MemoisedTransliterator(String id) {
        this.transliterator = ThreadLocal.withInitial(() -> Transliterator.getInstance(id));
    }

    String transliterate(String text) {
        return memo.get().computeIfAbsent(text, t -> transliterator.get().transliterate(t));
    }
}
