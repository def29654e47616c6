package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations with their reporting verb and speaker. Handles {@code "…", Putin said},
 * {@code "…," said the minister}, {@code Lavrov said: "…"}, quotes split around the attribution
 * ({@code "…," she said, "…"}) and curly quotes; {@link QuoteSpeakers} decides who said each.
 */
public final class QuotationExtractor {

    /**
     * A quotation; speaker fields are null when the text does not say who. A partial quotation is a phrase
     * of one or two words inside the writer's own sentence: called the sanctions "illegal".
     */
    public record Quotation(String text, String speaker, String speakerId, String verb, boolean partial) {
    }

    private static final int MIN_WORDS = 3;
    private static final int ATTRIBUTION_WINDOW = 90;
    private static final int MAX_NAME_BEFORE_COLON = 60;

    private static final Pattern DASH_FIRST = Pattern.compile("\\s*[\u2014\u2013-]\\s");

    private final Pattern after;
    private final Pattern saidFirst;
    private final Pattern before;
    private final Pattern verbAlone;
    private final Pattern dashIncise;
    private final Pattern commaIncise;
    private final QuoteSpeakers speakers;
    private final QuoteStyle style;
    private final QuoteSpans quoteSpans;

    public QuotationExtractor(ReportingVerbs reportingVerbs, Gazetteer gazetteer) {
        this(reportingVerbs, gazetteer, QuoteStyle.english(reportingVerbs));
    }

    /** Quotations as one language writes them (its marks, verbs and auxiliaries). */
    QuotationExtractor(ReportingVerbs reportingVerbs, Gazetteer gazetteer, QuoteStyle style) {
        this.speakers = new QuoteSpeakers(reportingVerbs, gazetteer, style);
        this.style = style;
        this.quoteSpans = new QuoteSpans(style);
        String verbs = String.join("|", style.verbs().stream().filter(v -> !v.equals("according")).map(Pattern::quote).sorted().toList());
        String auxiliaries = style.auxiliaries().stream().map(a -> Pattern.quote(a) + "\\s+").sorted().reduce((x, y) -> x + "|" + y)
                .map(a -> "(?:" + a + ")?").orElse("");
        // "», a indiqué M. Poutine", "M.Poutine": outside English a capital's abbreviation point stays inside the name.
        String name = style.english() ? "[^,.;:!?" + style.marks() + "]{1,70}"
                : "(?:[^,.;:!?" + style.marks() + "]|(?<=\\b\\p{Lu})\\.){1,70}";
        // English keeps the patterns its quotation figures were measured with; other languages need Unicode
        // word and space classes (Cyrillic verbs, no-break spaces inside «…»).
        int flags = style.english() ? 0 : Pattern.UNICODE_CHARACTER_CLASS;
        String verbEnd = style.english() ? "\\b" : "(?![\\p{L}])";
        // "…," Ikhsan Asaad, an official at state firm PLN, told AFP: the appositive between the name and the verb is no speaker.
        String appositive = "(?:,\\s*[^,.;:!?" + style.marks() + "]{1,80},)?";
        after = Pattern.compile("^\\s*,?\\s*(?<speaker>" + name + "?)" + appositive + "\\s+" + auxiliaries + "(?<verb>" + verbs + ")" + verbEnd, flags);
        // «…», — заявила мэр: Russian and others set a dash between the quotation and its verb.
        // "», a ainsi estimé la députée X", "», avait notamment déclaré X": an adverb may stand between the auxiliary and the verb.
        String auxiliariesAndAdverb = auxiliaries.isEmpty() ? "" : "(?:" + auxiliaries.substring(0, auxiliaries.length() - 1) + "(?:\\p{Ll}+\\s+)?)?";
        saidFirst = Pattern.compile("^\\s*,?\\s*" + (style.english() ? "" : "(?:[\u2014\u2013-]\\s*)?" + auxiliariesAndAdverb) + "(?<verb>" + verbs
                + ")\\s+(?<speaker>" + name + ")", flags);
        // "», agregó.", "», a-t-il encore ajouté.", "— добавила.": the verb without a written subject (Spanish, Italian and
        // Portuguese drop it; French inverts a pronoun onto the verb); the speaker is then whom the verb can mean.
        String auxiliary = style.auxiliaries().stream().map(Pattern::quote).sorted().reduce((x, y) -> x + "|" + y).orElse("(?!)");
        verbAlone = Pattern.compile("^\\s*,?\\s*(?:[\u2014\u2013-]\\s*)?(?:(?:" + auxiliary + ")(?:-t)?(?:-(?<auxPronoun>\\p{L}+))?\\s+(?:\\p{Ll}+\\s+)?)?"
                + "(?<verb>" + verbs + ")(?:(?:-t)?-(?<verbPronoun>\\p{L}+))?(?![\\p{L}])(?<end>\\s*(?:[.;,!?]|$))?", flags);
        // A dash that sets off an incise: an en or em dash, or a hyphen standing alone between spaces.
        String dash = "(?:[\u2014\u2013]|(?<=\\s)-(?=\\s))";
        String clause = "(?<clause>[^\u2014\u2013.!?;:" + style.marks() + "]{2,90}?)";
        dashIncise = Pattern.compile("[,.!?\u2026]?\\s*" + dash + "\\s*" + clause + "\\s*[,.]?\\s*" + dash + "\\s*", flags);
        commaIncise = Pattern.compile(",\\s*" + clause.replace("{2,90}", "{2,60}").replace("[^", "[^,") + "\\s*,\\s", flags);
        before = Pattern.compile("(?<speaker>" + name + "?),?\\s+" + auxiliaries + "(?<verb>" + verbs + ")(?:\\s+\\w+)?\\s*[:,]\\s*$", flags);
    }

    public List<Quotation> extract(AnalyzedText text, List<ExtractedEntity> entities) {
        String s = text.text();
        if (style.verbs().isEmpty()) {
            // A language without listed reporting verbs: no attribution can be read, so none is guessed.
            return List.of();
        }
        List<int[]> spans = quoteSpans.in(s, text.bodyStart());
        List<Quotation> quotations = new ArrayList<>();
        ExtractedEntity previousSpeaker = null;
        // End of the last full quotation; partial ones do not count: "called the strike "a disaster".
        // "We saved…," he said" is still his.
        int lastFullQuoteEnd = 0;
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            String inner = s.substring(span[0] + 1, span[1] - 1).strip();
            if (inner.split("\\s+").length < MIN_WORDS) {
                if (!inner.isEmpty()) {
                    addPartial(quotations, inner, speakers.phraseOwner(text, entities, previousSpeaker, lastFullQuoteEnd, span[0]));
                }
                continue;
            }
            int sentenceEnd = sentenceEnd(text, span[1]);
            String tail = s.substring(span[1], Math.min(sentenceEnd, span[1] + ATTRIBUTION_WINDOW));
            // Polish and Russian may set only a dash after the quotation: „…” – powiedział.
            boolean attributionFollows = tail.startsWith(",") || inner.endsWith(",") || inner.endsWith("?") || inner.endsWith("!")
                    || !style.english() && DASH_FIRST.matcher(tail).lookingAt();
            Attribution attribution = null;
            if (attributionFollows) {
                attribution = mentionsVerb(tail) ? match(after, tail, span[1]) : null;
                String before = attribution == null ? "" : s.substring(attribution.start, attribution.end).strip();
                if (attribution != null && !style.english() && (style.auxiliaries().contains(before)
                        || style.auxiliaries().contains(before.substring(0, Math.max(0, before.indexOf('-'))))
                        || before.codePoints().noneMatch(Character::isLetter) || auxiliaryAndAdverb(before))) {
                    // "», a déclaré la maire", "», — заявила мэр", "», a-t-il ajouté", "», a ainsi estimé": an auxiliary (with
                    // its pronoun or an adverb) or a dash is no speaker; the name follows the verb, or the pronoun stands for it.
                    attribution = null;
                }
                if (attribution == null) {
                    attribution = mentionsVerb(tail) ? match(saidFirst, tail, span[1]) : null;
                }
                if (attribution == null && !style.english() && mentionsVerb(tail)) {
                    attribution = verbAlone(tail, span[1]);
                }
            }
            if (attribution == null) {
                int sentenceStart = sentenceStart(text, span[0]);
                String head = s.substring(Math.max(sentenceStart, span[0] - ATTRIBUTION_WINDOW), span[0]);
                Matcher m = before.matcher(head);
                if (endsWithVerb(head) && m.find()) {
                    int offset = span[0] - head.length();
                    int start = offset + m.start("speaker");
                    if (style.english() && s.substring(start, offset + m.end("speaker")).strip().matches("(?i)(who|which)\\b.*")) {
                        // "Lawyer Ines Schneider, who represented the villagers, said:" — the speaker stands before the clause.
                        start = sentenceStart;
                    }
                    attribution = new Attribution(m.group("verb"), start, offset + m.end("speaker"));
                }
            }
            Incise incise = attribution == null && !style.english() ? incise(s, span) : null;
            if (incise != null) {
                attribution = incise.attribution();
            }
            ExtractedEntity named = attribution == null ? namedBeforeColon(text, entities, span[0]) : null;
            if (attribution == null && named == null) {
                named = subjectBeforeColon(text, entities, span[0]);
            }
            if (attribution == null && named == null && !startsSentence(text, span[0]) && Character.isLowerCase(inner.codePointAt(0))) {
                // were "under real pressure": a phrase woven into the writer's sentence, however long.
                addPartial(quotations, inner, speakers.phraseOwner(text, entities, previousSpeaker, lastFullQuoteEnd, span[0]));
                continue;
            }
            String quote = incise != null ? incise.quote() : trimPunctuation(inner);
            if (attribution != null && i + 1 < spans.size() && continuesAfter(s, attribution.end, spans.get(i + 1))) {
                int[] next = spans.get(++i);
                quote = quote + " \u2026 " + trimPunctuation(s.substring(next[0] + 1, next[1] - 1).strip());
            }
            ExtractedEntity speaker = null;
            if (attribution != null) {
                speaker = speakers.attributed(text, entities, attribution.start, attribution.end, previousSpeaker, lastFullQuoteEnd, span[0]);
                if (incise != null && speaker != null && speaker.type() != EntityType.PERSON && !opens(speaker, s, attribution.start)) {
                    // "- spiega l' esponente di Forza Italia -": inside the quotation the writer names the speaker's role,
                    // and an organisation after it is whom the speaker belongs to.
                    speaker = null;
                }
            } else if (named != null) {
                speaker = named;
            } else if (startsSentence(text, span[0])) {
                speaker = speakers.continued(text, entities, previousSpeaker, lastFullQuoteEnd, span[0]);
            }
            quotations.add(new Quotation(quote, speaker == null ? null : speaker.name(), speaker == null ? null : speaker.id(),
                    attribution == null ? null : attribution.verb.toLowerCase(Locale.ROOT), false));
            previousSpeaker = speaker;
            lastFullQuoteEnd = spans.get(i)[1];
        }
        return quotations;
    }

    /**
     * "Voves: „Rückblickend absolut gelungen“", "Biden: "We will rebuild"": a sentence that opens with a
     * person's name and a colon gives the quotation after it that person (the shape of subheadings and
     * headlines, in every language). No verb is written. The person, or null when the name is no one's or
     * two people's.
     */
    private static ExtractedEntity namedBeforeColon(AnalyzedText text, List<ExtractedEntity> entities, int quoteStart) {
        int sentenceStart = sentenceStart(text, quoteStart);
        String head = text.text().substring(sentenceStart, quoteStart).stripTrailing();
        if (head.length() < 3 || head.length() > MAX_NAME_BEFORE_COLON || head.charAt(head.length() - 1) != ':') {
            return null;
        }
        String name = head.substring(0, head.length() - 1).strip();
        List<ExtractedEntity> people = entities.stream().filter(e -> e.type() == EntityType.PERSON
                && (e.surfaceForms().contains(name) || e.name().endsWith(" " + name))).toList();
        return people.size() == 1 ? people.get(0) : null;
    }

    /** The subject of the sentence that a colon right before the quotation ends (see {@link QuoteSpeakers#subjectBeforeColon}). */
    private ExtractedEntity subjectBeforeColon(AnalyzedText text, List<ExtractedEntity> entities, int quoteStart) {
        int sentenceStart = sentenceStart(text, quoteStart);
        int colon = skipSpaceBack(text.text(), quoteStart) - 1;
        if (colon <= sentenceStart || text.text().charAt(colon) != ':') {
            return null;
        }
        return speakers.subjectBeforeColon(text, entities, sentenceStart, colon);
    }

    /**
     * Whether a reporting verb stands in the text as a word of its own: every attribution pattern needs one,
     * and looking first spares the patterns' backtracking over the many quotations without one.
     */
    private boolean mentionsVerb(String segment) {
        int i = 0;
        while (i < segment.length()) {
            while (i < segment.length() && !Character.isLetter(segment.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < segment.length() && Character.isLetter(segment.charAt(i))) {
                i++;
            }
            if (i > start && style.verbs().contains(segment.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the last two words before a closing colon or comma is a reporting verb ("Ana Pérez dijo ayer:"):
     * the only shape the speaker-first pattern accepts. Its lazy name scan tries every start and length in the
     * window, so it runs only where this cheaper test has found one.
     */
    private boolean endsWithVerb(String head) {
        int end = skipSpaceBack(head, head.length());
        if (end == 0 || (head.charAt(end - 1) != ':' && head.charAt(end - 1) != ',')) {
            return false;
        }
        for (int word = 0; word < 2; word++) {
            end = skipSpaceBack(head, end - (word == 0 ? 1 : 0));
            int start = end;
            while (start > 0 && !isSpace(head.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return false;
            }
            if (style.verbs().contains(head.substring(start, end))) {
                return true;
            }
            end = start;
        }
        return false;
    }

    private static int skipSpaceBack(String s, int end) {
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Java's whitespace and Unicode's space separators both: the patterns' {@code \s} reads no-break spaces too. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A phrase is kept only with its owner: a partial quote nobody said tells a reader nothing. */
    private static void addPartial(List<Quotation> quotations, String phrase, ExtractedEntity owner) {
        if (owner != null) {
            quotations.add(new Quotation(trimPunctuation(phrase), owner.name(), owner.id(), null, true));
        }
    }

    private static boolean startsSentence(AnalyzedText text, int quoteStart) {
        int start = sentenceStart(text, quoteStart);
        return text.text().substring(start, quoteStart).isBlank();
    }

    private record Attribution(String verb, int start, int end) {
    }

    private record Incise(Attribution attribution, String quote) {
    }

    /**
     * «Мы готовы, – сказал Лавров. – Но условия прежние», « Nous sommes prêts, a déclaré Emmanuel Macron, à négocier »,
     * «Estamos listos —añadió Sánchez— para negociar»: outside English the writer sets the attribution inside the marks,
     * between dashes, or between commas where the verb comes first. The attribution, with the quotation's two parts
     * joined as a split quotation's are; null when no clause inside the marks is one.
     */
    private Incise incise(String s, int[] span) {
        for (Pattern pattern : List.of(dashIncise, commaIncise)) {
            Matcher m = pattern.matcher(s).region(span[0] + 1, span[1] - 1);
            while (m.find()) {
                String first = s.substring(span[0] + 1, m.start()).strip();
                String second = s.substring(m.end(), span[1] - 1).strip();
                Attribution attribution = clauseAttribution(m.group("clause"), m.start("clause"));
                if (attribution != null && !first.isEmpty() && !second.isEmpty()) {
                    return new Incise(attribution, trimPunctuation(first) + " \u2026 " + trimPunctuation(second));
                }
            }
        }
        return null;
    }

    private boolean auxiliaryAndAdverb(String words) {
        int space = words.indexOf(' ');
        return space > 0 && style.auxiliaries().contains(words.substring(0, space))
                && words.substring(space + 1).chars().allMatch(Character::isLowerCase);
    }

    /** Whether the entity's name is the first word at {@code start}: "ha riferito Radio Vaticana", not "l'esponente di Forza Italia". */
    private static boolean opens(ExtractedEntity entity, String s, int start) {
        int first = start;
        while (first < s.length() && !Character.isLetterOrDigit(s.charAt(first))) {
            first++;
        }
        int at = first;
        return entity.mentionTokens().stream().anyMatch(t -> t.start() == at);
    }

    /** A clause that is all attribution, verb first: "сказал Лавров", "a déclaré Emmanuel Macron", "a-t-il ajouté", "añadió". */
    private Attribution clauseAttribution(String clause, int offset) {
        if (!mentionsVerb(clause)) {
            return null;
        }
        Matcher m = saidFirst.matcher(clause);
        if (m.matches()) {
            return new Attribution(m.group("verb"), offset + m.start("speaker"), offset + m.end("speaker"));
        }
        return verbAlone.matcher(clause).matches() ? verbAlone(clause, offset) : null;
    }

    private static Attribution match(Pattern pattern, String tail, int offset) {
        Matcher m = pattern.matcher(tail);
        return m.find() ? new Attribution(m.group("verb"), offset + m.start("speaker"), offset + m.end("speaker")) : null;
    }

    /**
     * The attribution of "», agregó." (the verb ends the clause): an empty speaker span; or of "», a-t-il souligné
     * notamment": the span of the pronoun the verb carries.
     */
    private Attribution verbAlone(String tail, int offset) {
        Matcher m = verbAlone.matcher(tail);
        if (!m.find()) {
            return null;
        }
        String group = m.group("auxPronoun") != null ? "auxPronoun" : m.group("verbPronoun") != null ? "verbPronoun" : null;
        if (group == null && m.group("end") == null) {
            // "», señaló el ministro de Salud": words after the verb are its subject, which saidFirst reads.
            return null;
        }
        return group == null ? new Attribution(m.group("verb"), offset + m.end("verb"), offset + m.end("verb"))
                : new Attribution(m.group("verb"), offset + m.start(group), offset + m.end(group));
    }

    /** "…," she said, "…": the second part belongs to the same quotation. */
    private boolean continuesAfter(String s, int attributionEnd, int[] next) {
        int verbEnd = attributionEnd;
        String between = s.substring(verbEnd, next[0]);
        return between.length() < 40 && between.chars().noneMatch(c -> c == '.' || c == '!' || c == '?' || style.marks().indexOf(c) >= 0)
                && between.matches("(?s).*,\\s*");
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
