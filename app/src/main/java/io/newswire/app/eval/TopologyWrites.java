package io.newswire.app.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * What the topology wrote to each topic, changelogs and repartition topics included: records and key plus value
 * bytes before compression. The test driver commits after every input record, so a store changed twice is
 * logged twice, as a live pipeline logs it when articles arrive more than a commit interval apart.
 */
public final class TopologyWrites {

    private final Map<String, long[]> byTopic = new TreeMap<>();
    private final Map<String, TestOutputTopic<byte[], byte[]>> outputs = new HashMap<>();

    /** Tallies every record written since the last call and returns those of the topics asked for, by topic. */
    Map<String, List<KeyValue<byte[], byte[]>>> drain(TopologyTestDriver driver, Set<String> wanted) {
        Map<String, List<KeyValue<byte[], byte[]>>> kept = new HashMap<>();
        for (String topic : driver.producedTopicNames()) {
            List<KeyValue<byte[], byte[]>> records = outputs.computeIfAbsent(topic,
                    t -> driver.createOutputTopic(t, new ByteArrayDeserializer(), new ByteArrayDeserializer())).readKeyValuesToList();
            long[] tally = byTopic.computeIfAbsent(topic, t -> new long[2]);
            for (KeyValue<byte[], byte[]> record : records) {
                tally[0]++;
                tally[1] += (record.key == null ? 0 : record.key.length) + (record.value == null ? 0 : record.value.length);
            }
            if (wanted.contains(topic)) {
                kept.put(topic, records);
            }
        }
        return kept;
    }

    /** Records and bytes per article, by topic and in all. */
    public String report(int articles) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-64s %8s %9s%n", "written per article (uncompressed)", "records", "bytes"));
        long records = 0;
        long bytes = 0;
        for (Map.Entry<String, long[]> topic : byTopic.entrySet()) {
            records += topic.getValue()[0];
            bytes += topic.getValue()[1];
            out.append(String.format(Locale.ROOT, "%-64s %8.2f %9.1f%n", topic.getKey(),
                    (double) topic.getValue()[0] / articles, (double) topic.getValue()[1] / articles));
        }
        return out.append(String.format(Locale.ROOT, "%-64s %8.2f %9.1f%n", "all topics", (double) records / articles, (double) bytes / articles))
                .toString();
    }
}
