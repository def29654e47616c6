package io.newswire.app.cli;

import io.newswire.app.api.NewsroomServer;
import io.newswire.app.local.PerTopicTopics;
import io.newswire.app.local.TopicProvisioner;
import io.newswire.config.NewswireConfig;
import io.newswire.streams.NewswireStreams;
import io.newswire.topics.NewswireTopics;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "streams", mixinStandardHelpOptions = true,
        description = {"Run the stream processors alone against any Kafka cluster and Confluent-compatible registry.",
                "Start as many instances as there are partitions to scale out; each serves the dashboard and HTTP API",
                "(api.port, api.advertised.host) and answers for every story, asking the instance that holds it."})
public final class StreamsCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Kafka Streams state directory (default: Kafka's).")
    Path stateDir;

    @Override
    public Integer call() throws InterruptedException {
        NewswireConfig config = connection.load();
        NewswireTopics topics = TopicProvisioner.provisionPipeline(config);
        PerTopicTopics perTopic = new PerTopicTopics(config.clientProperties(), topics);
        KafkaStreams streams = NewswireStreams.create(config, stateDir, perTopic);
        // Serves 503 with Retry-After until the processors run.
        NewsroomServer api = NewsroomServer.start(config, topics, () -> streams);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            api.close();
            NewswireStreams.closeQuietly(streams);
            perTopic.close();
            stopped.countDown();
        }, "streams-shutdown"));
        streams.start();
        System.out.println("Newsroom dashboard and HTTP API on http://" + config.apiAdvertisedHost() + ":" + api.port() + "/");
        stopped.await();
        return 0;
    }
}
