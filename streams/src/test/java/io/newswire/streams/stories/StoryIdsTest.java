package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class StoryIdsTest {

    /** Ids already published must not change: the first 8 bytes of the SHA-256 of the first article's id, in hex. */
    @Test
    void shouldNameAStoryAsItAlwaysHas() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("article-1".getBytes(StandardCharsets.UTF_8));

        assertEquals("story-" + HexFormat.of().formatHex(digest, 0, 8), StoryIds.forFirstArticle("article-1"));
    }

    @Test
    void shouldUnpackToTheStoryIdItWasPackedFrom() {
        String id = StoryIds.forFirstArticle("article-1");

        assertEquals(id, StoryIds.unpack(StoryIds.pack(id)));
    }

    @Test
    void shouldRejectWhatIsNotAStoryId() {
        assertThrows(IllegalArgumentException.class, () -> StoryIds.pack("story-12"));
        assertThrows(IllegalArgumentException.class, () -> StoryIds.pack("tale-0123456789abcdef"));
        assertThrows(IllegalArgumentException.class, () -> StoryIds.pack("story-0123456789abcdeg"));
    }

    @Test
    void shouldKeepTheNewestIdsInOrderWhenFull() {
        StoryIds ids = StoryIds.EMPTY;
        for (long id = 1; id <= 5; id++) {
            ids = ids.with(id, 3);
        }

        assertEquals(List.of(3L, 4L, 5L), values(ids));
    }

    @Test
    void shouldNotAddAnIdTwice() {
        StoryIds ids = StoryIds.EMPTY.with(7, 3);

        assertSame(ids, ids.with(7, 3));
    }

    @Test
    void shouldRemoveOnlyTheGivenId() {
        StoryIds ids = StoryIds.EMPTY.with(1, 5).with(2, 5).with(3, 5).without(2);

        assertEquals(List.of(1L, 3L), values(ids));
        assertFalse(ids.contains(2));
        assertTrue(ids.contains(3));
    }

    @Test
    void shouldSurviveTheSerdeWithHighBitIds() {
        Serde<StoryIds> serde = StoryIds.serde();
        StoryIds ids = StoryIds.EMPTY.with(-1L, 5).with(Long.MIN_VALUE, 5).with(42, 5);

        assertEquals(values(ids), values(serde.deserializer().deserialize("t", serde.serializer().serialize("t", ids))));
    }

    private static List<Long> values(StoryIds ids) {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            values.add(ids.get(i));
        }
        return values;
    }
}
