package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Speaker precision and recall on the hand-labelled articles in {@code quotations/labelled.txt}. These
 * are our own fixtures, so the floors below guard against regressions; they are no evidence of quality
 * on real news (the README says which figures are).
 */
class QuotationFixturesTest {

    private record Labelled(String prefix, String speaker) {
    }

    private record Article(String title, String body, List<Labelled> quotes) {
    }

    private final EntityExtractor entities = new EntityExtractor(Gazetteer.get(), WordStats.get());
    private final QuotationExtractor extractor = new QuotationExtractor(entities.reportingVerbs(), Gazetteer.get());
    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void shouldNameSpeakersWithHighPrecisionAndRecallOnTheLabelledArticles() throws IOException {
        int labelled = 0;
        int named = 0;
        int right = 0;
        int goldNamed = 0;
        List<String> errors = new ArrayList<>();
        for (Article article : articles()) {
            AnalyzedText text = analyzer.analyze(article.title(), article.body());
            List<QuotationExtractor.Quotation> found = new ArrayList<>(extractor.extract(text, entities.extract(text)));
            for (Labelled gold : article.quotes()) {
                labelled++;
                QuotationExtractor.Quotation q = found.stream().filter(f -> f.text().startsWith(gold.prefix())).findFirst().orElse(null);
                if (q != null) {
                    found.remove(q);
                }
                String speaker = q == null ? null : q.speaker();
                goldNamed += gold.speaker() == null ? 0 : 1;
                named += speaker == null ? 0 : 1;
                if (speaker != null && speaker.equals(gold.speaker())) {
                    right++;
                } else if (speaker != null || gold.speaker() != null) {
                    errors.add(String.format("%s: \"%s\" expected %s, got %s", article.title(), gold.prefix(), gold.speaker(),
                            q == null ? "no quotation" : speaker));
                }
            }
            assertEquals(List.of(), found, "quotations found but not labelled in " + article.title());
        }
        double precision = named == 0 ? 0 : right / (double) named;
        double recall = goldNamed == 0 ? 0 : right / (double) goldNamed;
        System.out.printf(Locale.ROOT, "Quotation speakers on %d labelled quotes (%d with a named speaker): precision %.3f recall %.3f%n",
                labelled, goldNamed, precision, recall);
        errors.forEach(e -> System.out.println("  " + e));
        assertTrue(labelled >= 40, "at least 40 labelled quotes");
        assertTrue(precision >= 0.95, "precision " + precision + "; " + errors);
        assertTrue(recall >= 0.85, "recall " + recall + "; " + errors);
    }

    private static List<Article> articles() throws IOException {
        String all;
        try (InputStream in = QuotationFixturesTest.class.getResourceAsStream("/quotations/labelled.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Article> articles = new ArrayList<>();
        for (String block : all.split("\n=== ")) {
            if (block.startsWith("#")) {
                continue;
            }
            String[] lines = block.split("\n");
            StringBuilder body = new StringBuilder();
            List<Labelled> quotes = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].startsWith(">> ")) {
                    String[] parts = lines[i].substring(3).split(" \\| ");
                    quotes.add(new Labelled(parts[0].strip(), parts[1].strip().equals("-") ? null : parts[1].strip()));
                } else {
                    body.append(lines[i]).append('\n');
                }
            }
            articles.add(new Article(lines[0].strip(), body.toString().strip(), quotes));
        }
        return articles;
    }
}
