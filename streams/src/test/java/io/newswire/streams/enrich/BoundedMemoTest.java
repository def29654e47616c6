package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    private final AtomicInteger calls = new AtomicInteger();

    private String upperCase(String word) {
        calls.incrementAndGet();
        return word.toUpperCase();
    }

    @Test
    void shouldComputeAnAnswerOnce() {
        BoundedMemo<String> memo = new BoundedMemo<>(10);
        memo.get("rom", this::upperCase);
        assertEquals("ROM", memo.get("rom", this::upperCase));
        assertEquals(1, calls.get());
    }

    @Test
    void shouldKeepNoAnswerToo() {
        BoundedMemo<String> memo = new BoundedMemo<>(10);
        memo.get("rom", word -> {
            calls.incrementAndGet();
            return null;
        });
        assertNull(memo.get("rom", this::upperCase));
        assertEquals(1, calls.get());
    }

    @Test
    void shouldForgetEverythingOnceFull() {
        BoundedMemo<String> memo = new BoundedMemo<>(2);
        memo.get("rom", this::upperCase);
        memo.get("paris", this::upperCase);
        memo.get("wien", this::upperCase);
        memo.get("rom", this::upperCase);
        assertEquals(4, calls.get());
    }
}
