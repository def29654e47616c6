package io.newswire.streams.enrich;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a function of static data, kept up to a bound and then dropped all at once rather than kept in
 * order: news vocabulary is Zipfian, so the common words are back after one refill. No answer ("not a name") is
 * kept too. The stream threads may share one.
 */
final class BoundedMemo<V> {

    private static final Object NONE = new Object();

    private final int bound;
    private final Map<String, Object> answers = new ConcurrentHashMap<>();

    BoundedMemo(int bound) {
        this.bound = bound;
    }

    @SuppressWarnings("unchecked")
    V get(String key, Function<String, V> compute) {
        Object answer = answers.get(key);
        if (answer == null) {
            if (answers.size() >= bound) {
                answers.clear();
            }
            V computed = compute.apply(key);
            answer = computed == null ? NONE : computed;
            answers.put(key, answer);
        }
        return answer == NONE ? null : (V) answer;
    }
}
