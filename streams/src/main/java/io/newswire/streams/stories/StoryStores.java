package io.newswire.streams.stories;

import io.newswire.avro.internal.StoryActivity;
import io.newswire.avro.internal.StoryState;
import io.newswire.streams.ArticleMemories;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;

/**
 * The state the clusterer works on, opened by its processor; {@code vectors} holds each story's {@link StoryVector} bytes,
 * {@code articles} each article's story (shared with the near-duplicate detector).
 */
public record StoryStores(KeyValueStore<String, StoryState> stories, KeyValueStore<String, StoryIds> index,
                          KeyValueStore<String, StoryActivity> activity, KeyValueStore<String, byte[]> vectors,
                          ArticleMemories articles, TimestampedKeyValueStore<String, String> redirects) {
}
