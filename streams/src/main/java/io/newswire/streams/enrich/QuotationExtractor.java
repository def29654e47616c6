package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations with their reporting verb and speaker. Handles {@code "…", Putin said},
 * {@code "…," said the minister}, {@code Lavrov said: "…"}, quotes split around the attribution
 * ({@code "…," she said, "…"}) and curly quotes. The speaker is the entity mentioned in the
 * attribution; "he"/"she" is the one person named nearby, if there is exactly one; anything else
 * unresolvable gives no speaker: none is better than a wrong one.
 */
public final class QuotationExtractor {

    /** A quotation; speaker fields are null when the text does not say who. */
    public record Quotation(String text, String speaker, String speakerId, String verb) {
    }

    private static final int MIN_WORDS = 3;
    private static final int ATTRIBUTION_WINDOW = 90;

    private final Set<String> verbs;
    private final Pattern after;
    private final Pattern saidFirst;
    private final Pattern before;

    public QuotationExtractor(Set<String> reportingVerbs) {
        this.verbs = Set.copyOf(reportingVerbs);
        String verbs = String.join("|", reportingVerbs.stream().filter(v -> !v.equals("according")).sorted().toList());
        after = Pattern.compile("^\\s*,?\\s*(?<speaker>[^,.;:!?\"\u201c\u201d]{1,70}?)\\s+(?:has\\s+|had\\s+)?(?<verb>" + verbs + ")\\b");
        saidFirst = Pattern.compile("^\\s*,?\\s*(?<verb>" + verbs + ")\\s+(?<speaker>[^,.;:!?\"\u201c\u201d]{1,70})");
        before = Pattern.compile("(?<speaker>[^,.;:!?\"\u201c\u201d]{1,70}?)\\s+(?:has\\s+|had\\s+)?(?<verb>" + verbs + ")(?:\\s+\\w+)?\\s*[:,]\\s*$");
    }

    public List<Quotation> extract(AnalyzedText text, List<ExtractedEntity> entities) {
        String s = text.text();
        List<int[]> spans = quoteSpans(s, text.bodyStart());
        List<Quotation> quotations = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            String inner = s.substring(span[0] + 1, span[1] - 1).strip();
            if (inner.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            int sentenceEnd = sentenceEnd(text, span[1]);
            String tail = s.substring(span[1], Math.min(sentenceEnd, span[1] + ATTRIBUTION_WINDOW));
            boolean attributionFollows = tail.startsWith(",") || inner.endsWith(",") || inner.endsWith("?") || inner.endsWith("!");
            Attribution attribution = null;
            if (attributionFollows) {
                attribution = match(after, tail, span[1]);
                if (attribution == null) {
                    attribution = match(saidFirst, tail, span[1]);
                }
            }
            if (attribution == null) {
                int sentenceStart = sentenceStart(text, span[0]);
                String head = s.substring(Math.max(sentenceStart, span[0] - ATTRIBUTION_WINDOW), span[0]);
                Matcher m = before.matcher(head);
                if (m.find()) {
                    int offset = span[0] - head.length();
                    attribution = new Attribution(m.group("verb"), offset + m.start("speaker"), offset + m.end("speaker"));
                }
            }
            String quote = trimPunctuation(inner);
            if (attribution != null && i + 1 < spans.size() && continuesAfter(s, attribution.end, spans.get(i + 1))) {
                int[] next = spans.get(++i);
                quote = quote + " \u2026 " + trimPunctuation(s.substring(next[0] + 1, next[1] - 1).strip());
            }
            ExtractedEntity speaker = attribution == null ? null : speaker(entities, attribution);
            if (speaker == null && attribution != null && PRONOUNS.contains(s.substring(attribution.start, attribution.end).strip().toLowerCase(Locale.ROOT))) {
                speaker = onlySpeakerNearby(text, entities, i > 0 ? spans.get(i - 1)[1] : 0, span[0]);
            }
            quotations.add(new Quotation(quote, speaker == null ? null : speaker.name(), speaker == null ? null : speaker.id(),
                    attribution == null ? null : attribution.verb.toLowerCase(Locale.ROOT)));
        }
        return quotations;
    }

    private record Attribution(String verb, int start, int end) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** Sentences before the quote in which the pronoun's person may be named (and no one else may). */
    private static final int PRONOUN_LOOKBACK = 2;

    /**
     * "…," she said: the pronoun is resolved only when exactly one person speaks ("Varga said", "Varga told")
     * in this sentence before the quote or the two before it. A person merely mentioned ("…over Syrian
     * President Bashar al-Assad") is no candidate, nor is one named before another quotation (quotes from
     * different people alternate), and with two speakers there is no gender data to choose by: a wrong
     * speaker is worse than none.
     */
    private ExtractedEntity onlySpeakerNearby(AnalyzedText text, List<ExtractedEntity> entities, int previousQuoteEnd, int quoteStart) {
        int sentence = sentenceIndex(text, quoteStart);
        ExtractedEntity found = null;
        for (ExtractedEntity entity : entities) {
            boolean speaks = entity.type() == EntityType.PERSON && entity.mentionTokens().stream()
                    .anyMatch(t -> t.start() < quoteStart && t.start() >= previousQuoteEnd
                            && t.sentence() >= sentence - PRONOUN_LOOKBACK && t.sentence() <= sentence
                            && followedByReportingVerb(text, t));
            if (speaks) {
                if (found != null) {
                    return null;
                }
                found = entity;
            }
        }
        return found;
    }

    private boolean followedByReportingVerb(AnalyzedText text, Token token) {
        List<Token> tokens = text.tokens();
        int next = token.index() + 1;
        if (next < tokens.size() && (tokens.get(next).text().equals("has") || tokens.get(next).text().equals("had"))) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).sentence() == token.sentence()
                && verbs.contains(tokens.get(next).text().toLowerCase(Locale.ROOT));
    }

    private static int sentenceIndex(AnalyzedText text, int offset) {
        List<int[]> sentences = text.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (offset >= sentences.get(i)[0] && offset < sentences.get(i)[1]) {
                return i;
            }
        }
        return sentences.size();
    }

    private static Attribution match(Pattern pattern, String tail, int offset) {
        Matcher m = pattern.matcher(tail);
        return m.find() ? new Attribution(m.group("verb"), offset + m.start("speaker"), offset + m.end("speaker")) : null;
    }

    /** The entity mentioned inside the attribution; people before organisations; never a place. */
    private static ExtractedEntity speaker(List<ExtractedEntity> entities, Attribution attribution) {
        ExtractedEntity best = null;
        for (ExtractedEntity entity : entities) {
            if (entity.type() == EntityType.LOCATION) {
                continue;
            }
            boolean mentioned = entity.mentionTokens().stream()
                    .anyMatch(t -> t.start() >= attribution.start && t.end() <= attribution.end);
            if (mentioned && (best == null || rank(entity.type()) < rank(best.type()))) {
                best = entity;
            }
        }
        return best;
    }

    private static int rank(EntityType type) {
        return switch (type) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            default -> 2;
        };
    }

    /** "…," she said, "…": the second part belongs to the same quotation. */
    private static boolean continuesAfter(String s, int attributionEnd, int[] next) {
        int verbEnd = attributionEnd;
        String between = s.substring(verbEnd, next[0]);
        return between.length() < 40 && between.matches("(?s)[^.!?\"\u201c\u201d]*,\\s*");
    }

    /** Quote spans as [open, close+1): straight quotes pair up in order, curly quotes by direction. */
    private static List<int[]> quoteSpans(String s, int from) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u201c' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '\u201d' || c == '"') && open >= 0) {
                spans.add(new int[] {open, i + 1});
                open = -1;
            } else if (c == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                open = -1;
            }
        }
        return spans;
    }

    private static int sentenceEnd(AnalyzedText text, int offset) {
        for (int[] sentence : text.sentences()) {
            if (offset < sentence[1] && offset >= sentence[0]) {
                return sentence[1];
            }
        }
        return text.text().length();
    }

    private static int sentenceStart(AnalyzedText text, int offset) {
        for (int[] sentence : text.sentences()) {
            if (offset >= sentence[0] && offset < sentence[1]) {
                return sentence[0];
            }
        }
        return 0;
    }

    private static String trimPunctuation(String quote) {
        return quote.replaceAll("[,\\s]+$", "");
    }
}
