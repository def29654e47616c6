package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser (Debian's chromium, driven by Playwright from npm: src/test/browser) against
 * a real local stack: a story appears without a reload when articles are ingested, and its page lists its
 * articles. .ci/run installs both; elsewhere the test is skipped when they are missing, except under CI.
 */
class NewsroomBrowserIT {

    private static final Path SCRIPT = Path.of("src", "test", "browser", "newsroom-check.mjs");
    private static final Path PLAYWRIGHT = Path.of("src", "test", "browser", "node_modules", "playwright-core");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @TempDir
    Path dataDir;

    @Test
    void shouldShowANewStoryLiveAndItsArticles() throws Exception {
        requireBrowser();
        Path screenshot = Path.of("target", "newsroom-live.png");
        Path storyShot = Path.of("target", "newsroom-story.png");
        Files.createDirectories(screenshot.getParent());
        try (TestStack stack = TestStack.start(dataDir)) {
            Process browser = new ProcessBuilder("node", SCRIPT.toString(), stack.stack.dashboardUrl(), screenshot.toString(), storyShot.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                BlockingQueue<String> lines = lines(browser);
                assertEquals("READY", next(lines, browser));
                long ingestStarted = System.currentTimeMillis();
                assertTrue(stack.ingest(List.of(Path.of("..", "samples"))).success());

                long cold = storyShownAt(next(lines, browser)) - ingestStarted;
                String articles = next(lines, browser);
                assertTrue(articles.startsWith("ARTICLES ") && Integer.parseInt(articles.substring(9)) >= 1, articles);

                assertEquals("AGAIN", next(lines, browser));
                Path more = dataDir.resolve("more");
                Files.createDirectories(more);
                Files.writeString(more.resolve("volcano.txt"), "Arenal volcano erupts as villagers flee the ash\n\n"
                        + "The Arenal volcano in Costa Rica erupted on Tuesday, and civil defence officials evacuated hundreds of residents "
                        + "of nearby villages as ash fell on farms and roads.\n");
                ingestStarted = System.currentTimeMillis();
                assertTrue(stack.ingest(List.of(more)).success());
                long warm = storyShownAt(next(lines, browser)) - ingestStarted;
                System.out.printf("Ingest to story on the page: first (cold) %d ms, next (warm) %d ms%n", cold, warm);

                assertEquals("RULE", next(lines, browser));
                Files.writeString(more.resolve("volcano-2.txt"), "Arenal eruption: ash closes roads around the volcano\n\n"
                        + "Ash from the Arenal volcano eruption closed roads in Costa Rica on Wednesday as civil defence officials kept "
                        + "hundreds of evacuated residents away from their villages.\n");
                assertTrue(stack.ingest(List.of(more.resolve("volcano-2.txt"))).success());
                String topic = next(lines, browser);
                assertTrue(topic.startsWith("TOPIC ") && topic.toLowerCase(java.util.Locale.ROOT).contains("volcano"), topic);
                assertTrue(browser.waitFor(60, TimeUnit.SECONDS), "browser script did not finish");
                assertEquals(0, browser.exitValue());
                assertTrue(Files.size(screenshot) > 10_000, "screenshot is empty");
            } finally {
                browser.destroyForcibly();
            }
        }
    }

    private static long storyShownAt(String line) {
        assertTrue(line.startsWith("STORY "), line);
        return Long.parseLong(line.substring(6));
    }

    private static void requireBrowser() {
        boolean ready = Files.isDirectory(PLAYWRIGHT) && Files.isExecutable(CHROMIUM);
        String missing = "needs " + CHROMIUM + " (apt-get install chromium) and " + PLAYWRIGHT + " (npm ci --prefix src/test/browser)";
        if (System.getenv("CI") != null) {
            assertTrue(ready, missing);
        }
        Assumptions.assumeTrue(ready, missing);
    }

    private static BlockingQueue<String> lines(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (IOException e) {
                lines.add("READ FAILED " + e);
            }
        }, "browser-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String next(BlockingQueue<String> lines, Process browser) throws InterruptedException {
        String line = lines.poll(150, TimeUnit.SECONDS);
        assertNotNull(line, "no word from the browser script (alive: " + browser.isAlive() + ")");
        return line;
    }
}
