package io.newswire.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlAndJsonParsingTest {

    @TempDir
    Path stateDir;

    private static RawArticle raw(String id, String contentType, String charset, byte[] body) {
        return RawArticle.newBuilder().setId(id).setSource("coastal-herald").setContentType(contentType).setCharset(charset)
                .setBody(ByteBuffer.wrap(body)).setFetchedAt(TestPipeline.FETCHED).build();
    }

    private static Article parse(TestPipeline pipeline, RawArticle raw) {
        pipeline.raw.pipeInput(raw.getId(), raw);
        return pipeline.enriched.readValue();
    }

    @Test
    void shouldExtractArticleBodyAndMetadataFromHtmlPage() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            Article article = parse(pipeline, raw("page", "text/html", null, TestPipeline.fixture("harbour-page.html")));
            assertEquals("Harbour workers sign three-year pay deal", article.getTitle());
            assertEquals(LocalDate.of(2024, 6, 7), article.getPublishedDate());
            assertEquals(Instant.parse("2024-06-07T07:30:00Z"), article.getPublishedAt());
            assertEquals("Business", article.getSection());
            assertEquals(List.of("Owen Pritchard"), article.getAuthors());
            assertEquals("https://coastal-herald.example/business/harbour-deal", article.getUrl());
            String body = article.getBody();
            assertTrue(body.startsWith("Dock workers at the northern harbour"), body);
            assertTrue(body.endsWith("recover by July."), body);
            for (String junk : List.of("recipes", "Share on", "All rights reserved", "second month", "Home")) {
                assertFalse(body.contains(junk), junk + " in " + body);
            }
        }
    }

    private static byte[] page(String charsetMeta, byte[] paragraph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("<html><head>" + charsetMeta + "<title>Café opens</title></head><body><article><p>").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(paragraph);
        out.writeBytes("</p></article></body></html>".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void shouldHonourUtf8ByteOrderMark() {
        byte[] text = "The new café by the harbour opened on Friday with a queue around the block.".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(page("", text));
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            assertTrue(parse(pipeline, raw("bom", "text/html", null, bom.toByteArray())).getBody().contains("new café by"));
        }
    }

    @Test
    void shouldReadIso88591DeclaredInMetaTag() {
        byte[] text = "The new café by the harbour opened on Friday with a queue around the block.".getBytes(StandardCharsets.ISO_8859_1);
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            Article article = parse(pipeline, raw("latin1", "text/html", null, page("<meta charset=\"ISO-8859-1\">", text)));
            assertTrue(article.getBody().contains("new café by"), article.getBody());
        }
    }

    @Test
    void shouldReadWindows1252SmartQuotes() {
        byte[] text = "\u201cWe are open,\u201d the owner said on Friday morning as the first customers arrived."
                .getBytes(Charset.forName("windows-1252"));
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            Article article = parse(pipeline, raw("cp1252", "text/html", "windows-1252", page("", text)));
            assertTrue(article.getBody().startsWith("\u201cWe are open,\u201d"), article.getBody());
        }
    }

    @Test
    void shouldParseJsonLineArticle() {
        String line = "{\"title\":\"Ferry fares frozen\",\"body\":\"The council froze ferry fares for a year.\\n\\nMore news: Ten recipes\","
                + "\"published\":\"2024-03-02T09:00:00Z\",\"section\":\"Local\",\"authors\":[\"Ines Moreau\"]}";
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            Article article = parse(pipeline, raw("json-1", "application/json", "UTF-8", line.getBytes(StandardCharsets.UTF_8)));
            assertEquals("Ferry fares frozen", article.getTitle());
            assertEquals("The council froze ferry fares for a year.", article.getBody());
            assertEquals(Instant.parse("2024-03-02T09:00:00Z"), article.getPublishedAt());
            assertEquals(List.of("Ines Moreau"), article.getAuthors());
        }
    }

    @Test
    void shouldDeadLetterPageWithoutArticleText() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            pipeline.raw.pipeInput("empty", raw("empty", "text/html", null, "<html><head><title>T</title></head><body></body></html>"
                    .getBytes(StandardCharsets.UTF_8)));
            DeadLetter letter = pipeline.deadLetters.readValue();
            assertTrue(letter.getReason().startsWith("empty body"), letter.getReason());
        }
    }

    @Test
    void shouldDeadLetterABotCheckServedInPlaceOfTheArticle() {
        try (TestPipeline pipeline = new TestPipeline(stateDir)) {
            String line = "{\"id\":\"bot\",\"title\":\"\",\"body\":\"Przykro nam, ale z adresu IP odnotowaliśmy ogromną "
                    + "ilość połączeń.\\n\\nJeśli chcesz połączyć się z nami zaznacz \\\"NIE JESTEM ROBOTEM\\\".\"}";
            pipeline.raw.pipeInput("bot", raw("bot", "application/json", "UTF-8", line.getBytes(StandardCharsets.UTF_8)));
            DeadLetter letter = pipeline.deadLetters.readValue();
            assertTrue(letter.getReason().startsWith("not an article: a bot check"), letter.getReason());
        }
    }
}
