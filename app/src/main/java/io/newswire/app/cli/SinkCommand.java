package io.newswire.app.cli;

import io.newswire.app.local.Reachability;
import io.newswire.app.sink.WebhookDelivery;
import io.newswire.app.sink.WebhookSink;
import io.newswire.config.NewswireConfig;
import io.newswire.config.UserFacingException;
import io.newswire.registry.SchemaRegistryClients;
import io.newswire.topics.NewswireTopics;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sink", mixinStandardHelpOptions = true, description = "Deliver what Newswire publishes somewhere else, without writing a consumer.",
        subcommands = {SinkCommand.Webhook.class})
public final class SinkCommand {

    @Command(name = "webhook", mixinStandardHelpOptions = true,
            description = {"POST each story event of a news topic to a URL as JSON, at least once: retried with backoff,",
                    "signed with HMAC-SHA256 when a secret is given (X-Newswire-Signature: sha256=...), dead-lettered on news.dlq",
                    "with the reason once the retries run out; offsets are committed only after an event is settled."})
    static final class Webhook implements Callable<Integer> {

        @Option(names = "--topic", paramLabel = "SLUG", description = "The news topic (news.topic.SLUG); default: every story event (news.events).")
        String slug;

        @Option(names = "--url", required = true, paramLabel = "URL", description = "Where to POST the events.")
        URI url;

        @Option(names = "--secret", paramLabel = "S", defaultValue = "${env:NEWSWIRE_WEBHOOK_SECRET}",
                description = "HMAC-SHA256 key for the X-Newswire-Signature header (default: $NEWSWIRE_WEBHOOK_SECRET).")
        String secret;

        @Option(names = "--max-attempts", defaultValue = "8", description = "Attempts per event before its dead letter (default: ${DEFAULT-VALUE}).")
        int maxAttempts;

        @Option(names = "--group", paramLabel = "ID", description = "Consumer group, which remembers what was delivered (default: newswire-webhook-SLUG).")
        String group;

        @Option(names = "--from-beginning", description = "A new group starts at the topic's first event instead of its next one.")
        boolean fromBeginning;

        @Mixin
        ConnectionOptions connection;

        @Override
        public Integer call() throws InterruptedException {
            if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
                throw new UserFacingException("--url must be an http or https URL, not '" + url + "'");
            }
            NewswireConfig config = connection.load();
            Reachability.check(config);
            NewswireTopics topics = NewswireTopics.from(config, SchemaRegistryClients.fromConfigs(config.clientProperties()));
            String topic = slug == null ? topics.events().name() : topics.perTopicName(slug);
            WebhookDelivery delivery = new WebhookDelivery(url, secret, maxAttempts, Duration.ofMillis(500), Duration.ofSeconds(60));
            try (WebhookSink sink = new WebhookSink(config.clientProperties(), group == null ? "newswire-webhook-" + (slug == null ? "all" : slug) : group,
                    fromBeginning, topics.deadLetters(), delivery, Clock.systemUTC())) {
                Thread main = Thread.currentThread();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    sink.wakeup();
                    try {
                        main.join(10_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "webhook-shutdown"));
                System.out.println("Posting the story events of " + topic + " to " + url + (secret == null || secret.isEmpty() ? "" : ", signed"));
                sink.run(topic);
                System.out.println("Delivered " + sink.delivered() + ", dead-lettered " + sink.deadLettered());
            }
            return 0;
        }
    }
}
