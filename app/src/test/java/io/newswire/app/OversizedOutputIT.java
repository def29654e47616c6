package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.DeadLetter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the article limits raised past what a producer accepts, an article's output is too large for Kafka:
 * it is dead-lettered once, as a bounded copy, before the transactional producer sees it (a refused send
 * poisons the transaction; the handler used to wrap each refused letter in a bigger one until
 * OutOfMemoryError), and the next article still comes out.
 */
class OversizedOutputIT {

    @TempDir
    static Path dataDir;

    private static TestStack stack;

    @BeforeAll
    static void start() {
        Map<String, String> settings = new HashMap<>(TestStack.localSettings(dataDir));
        settings.put("max.article.bytes", String.valueOf(4 * 1024 * 1024));
        settings.put("max.body.chars", String.valueOf(4 * 1024 * 1024));
        settings.put("parse.budget.ms", "60000");
        stack = TestStack.start(settings);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldDeadLetterAnOutputTheBrokerRefusesOnceAndProcessTheNextArticle() {
        PoisonPillIT.send(stack, PoisonPillIT.raw("oversized", "Quotes\n\n" + quotedProse(9_000, 7)));
        PoisonPillIT.send(stack, PoisonPillIT.raw("after-oversized", "Ferry strike ends\n\nFerry crews ended their strike on Friday."));
        PoisonPillIT.awaitArticle(stack, "Ferry strike ends");
        List<DeadLetter> letters = stack.readUntil(stack.stack.topics().deadLetters(),
                records -> records.stream().anyMatch(r -> "serialize".equals(r.value().getStage())), Duration.ofSeconds(60))
                .stream().map(ConsumerRecord::value).toList();
        DeadLetter letter = letters.stream().filter(l -> "serialize".equals(l.getStage())).findFirst().orElseThrow();
        assertTrue(letter.getReason().contains("max.request.size"), letter.getReason());
        assertTrue(letter.getValue().remaining() < 64 * 1024, "kept " + letter.getValue().remaining() + " bytes");
        assertTrue(letters.stream().noneMatch(l -> stack.stack.topics().deadLetters().name().equals(l.getTopic())),
                "a dead letter was dead-lettered");
    }

    private static final String[] ENGLISH_STOPWORDS = {"the", "of", "and", "to", "in", "that", "was", "for", "on", "with", "as", "by"};

    /**
     * Quoted sentences of random words: text that compresses poorly and is carried twice in the enriched
     * record (body and quotations), so that the output outgrows the 1 MiB limit while the input fits. Every
     * other word is an English stopword: quotations are extracted from English articles only.
     */
    private static String quotedProse(int sentences, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append('“');
            for (int w = 0; w < 12; w++) {
                if (w % 2 == 1) {
                    text.append(ENGLISH_STOPWORDS[random.nextInt(ENGLISH_STOPWORDS.length)]);
                } else {
                    int length = 3 + random.nextInt(7);
                    for (int c = 0; c < length; c++) {
                        text.append((char) ('a' + random.nextInt(26)));
                    }
                }
                text.append(w == 11 ? "," : " ");
            }
            text.append("” said Mara Quell. ");
        }
        return text.toString();
    }
}
