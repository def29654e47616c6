package io.newswire.streams.processors;

import io.newswire.avro.Article;
import io.newswire.streams.stories.ClusterKeyAssigner;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Sets {@code cluster_key}, the partition key of story clustering (see ClusterKeyAssigner). */
public final class ClusterKeyProcessor implements FixedKeyProcessor<String, Article, Article> {

    public static final String ENTITY_STORE = "cluster-key-entities";
    public static final String ARTICLE_STORE = "cluster-key-articles";

    private final Duration retention;
    private FixedKeyProcessorContext<String, Article> context;
    private ClusterKeyAssigner assigner;

    public ClusterKeyProcessor(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.assigner = new ClusterKeyAssigner(context.getStateStore(ENTITY_STORE), context.getStateStore(ARTICLE_STORE));
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, now -> assigner.evictOlderThan(now - retention.toMillis()));
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        String key = assigner.assign(record.value(), record.timestamp());
        // The value is this task's own deserialised copy: setting the field avoids a deep copy per article.
        record.value().setClusterKey(key);
        context.forward(record);
    }
}
