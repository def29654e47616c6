package io.newswire.streams.processors;

import java.util.function.ToLongFunction;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Re-stamps a record with the time it is about, so that windows downstream count by event time (when
 * the news happened) rather than by arrival. Only for internal hops: public topics keep arrival time,
 * because a broker's time-based retention would drop a back-filled record stamped years ago at once.
 */
public final class EventTimeStamp<V> implements FixedKeyProcessor<String, V, V> {

    private final ToLongFunction<V> eventTime;
    private FixedKeyProcessorContext<String, V> context;

    public EventTimeStamp(ToLongFunction<V> eventTime) {
        this.eventTime = eventTime;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        context.forward(record.withTimestamp(eventTime.applyAsLong(record.value())));
    }
}
