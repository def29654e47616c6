package io.newswire.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.app.print.AvroJson;
import io.newswire.app.print.RecordLine;
import io.newswire.app.print.TopicTail;
import io.newswire.app.local.Reachability;
import io.newswire.config.NewswireConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "subscribe", mixinStandardHelpOptions = true,
        description = {"Follow output topics as a downstream consumer: read_committed, Avro decoded through the registry.",
                "Prints one readable line per record, or one JSON object per line with --json."})
public final class SubscribeCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "TOPIC", arity = "1..*", description = "Topics to follow, e.g. news.articles.enriched.")
    List<String> topics;

    @Option(names = "--from-beginning", description = "Start at the earliest offset instead of the end.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    long max = Long.MAX_VALUE;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long without a new record (e.g. 30s, 2m).")
    Duration timeout;

    @Option(names = "--json", description = "Print each record as JSON: topic, partition, offset, key, value.")
    boolean json;

    @Option(names = "--group", paramLabel = "ID", description = "Consume in this consumer group, committing offsets.")
    String group;

    @Override
    public Integer call() {
        NewswireConfig config = connection.load();
        Reachability.check(config);
        try (TopicTail tail = new TopicTail(config.clientProperties(), group).start(topics, fromBeginning)) {
            Runtime.getRuntime().addShutdownHook(new Thread(tail::wakeup, "subscribe-shutdown"));
            tail.follow(record -> System.out.println(json ? toJson(record) : RecordLine.format(record.topic(), record.key(), record.value())),
                    max, timeout);
        }
        return 0;
    }

    private static String toJson(ConsumerRecord<String, GenericRecord> record) {
        ObjectNode node = JSON.createObjectNode()
                .put("topic", record.topic()).put("partition", record.partition()).put("offset", record.offset())
                .put("key", record.key());
        node.set("value", record.value() == null ? null : AvroJson.toJson(record.value(), record.value().getSchema()));
        return node.toString();
    }
}
