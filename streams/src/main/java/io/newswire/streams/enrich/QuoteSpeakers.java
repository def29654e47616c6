package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who said a quotation that {@link QuotationExtractor} found: the entity its attribution names, "he"/"she"
 * resolved to the one compatible person who spoke nearby, "the minister" to the one person with that title,
 * the previous speaker for a quotation standing alone. Anything unresolvable gives nobody: no speaker is
 * better than a wrong one.
 */
final class QuoteSpeakers {

    /** The gender of a subject the verb implies but no word names ("», agregó."): any person's. */
    static final char ANY = '?';

    private final ReportingVerbs verbs;
    private final Gazetteer gazetteer;
    private final QuoteStyle style;

    QuoteSpeakers(ReportingVerbs verbs, Gazetteer gazetteer, QuoteStyle style) {
        this.verbs = verbs;
        this.gazetteer = gazetteer;
        this.style = style;
    }

    /**
     * The speaker of a quotation whose attribution spans [start, end) of the text: an entity mentioned there
     * (people before organisations, never a place), else the person "he"/"she" ("er", "elle", "он"), the
     * unwritten subject of "», agregó." or "the ambassador" stands for.
     */
    ExtractedEntity attributed(AnalyzedText text, List<ExtractedEntity> entities, int start, int end, ExtractedEntity previousSpeaker,
                               int previousQuoteEnd, int quoteStart) {
        ExtractedEntity named = mentionedIn(text, entities, start, end);
        if (named != null) {
            return named;
        }
        String who = text.text().substring(start, end).strip().toLowerCase(Locale.ROOT);
        Character gender = who.isEmpty() ? Character.valueOf(ANY) : style.pronouns().get(who);
        if (gender == null && !style.english() && who.indexOf(' ') > 0) {
            // "», sagte er dem «Kölner Stadt-Anzeiger»", "warnte er mit Blick auf …": the pronoun, then whom and how.
            gender = style.pronouns().get(who.substring(0, who.indexOf(' ')));
        }
        if (gender != null) {
            return pronounSpeaker(text, entities, previousSpeaker, previousQuoteEnd, quoteStart, gender, true);
        }
        ExtractedEntity role = personInRole(entities, who);
        return role != null ? role : apposed(text, entities, end);
    }

    /**
     * "…", said the finance minister, Joaquim Sarmento: the person named right after the comma that closes an
     * attribution naming no one is the role's holder; anything else after the comma ("adding that …") names no speaker.
     */
    private static ExtractedEntity apposed(AnalyzedText text, List<ExtractedEntity> entities, int end) {
        String rest = text.text().substring(end, Math.min(text.text().length(), end + 3));
        int comma = rest.indexOf(',');
        if (comma < 0 || !rest.substring(0, comma).isBlank()) {
            return null;
        }
        int from = end + comma + 1;
        Token next = text.tokens().stream().filter(t -> t.start() >= from).findFirst().orElse(null);
        if (next == null || !text.text().substring(from, next.start()).isBlank()) {
            return null;
        }
        return entities.stream().filter(e -> e.type() == EntityType.PERSON && e.mentionTokens().stream().anyMatch(t -> t.index() == next.index()))
                .findFirst().orElse(null);
    }

    /**
     * A quotation standing alone as its own sentence continues the speaker of the quotation just before
     * (the next paragraph of the same person, as reporters write it), or belongs to the one person who
     * spoke in the sentence before it ("Varga said the port would close. "We have no choice.""); with
     * anyone else speaking in between, nobody.
     */
    ExtractedEntity continued(AnalyzedText text, List<ExtractedEntity> entities, ExtractedEntity previousSpeaker, int previousEnd,
                              int quoteStart) {
        List<ExtractedEntity> between = speakersNearby(text, entities, previousEnd, quoteStart, null, 1, false);
        if (previousSpeaker != null && sentenceIndex(text, quoteStart) - sentenceIndex(text, previousEnd - 1) <= 1) {
            return between.isEmpty() || (between.size() == 1 && between.get(0) == previousSpeaker) ? previousSpeaker : null;
        }
        return between.size() == 1 ? between.get(0) : null;
    }

    /**
     * "…," the ambassador said: the one person of the article written with that title ("US Ambassador
     * Nikki Haley"); none when no one, or more than one, carries it.
     */
    private static ExtractedEntity personInRole(List<ExtractedEntity> entities, String attribution) {
        String[] words = attribution.split("\\s+");
        if (words.length < 2 || !(words[0].equals("the") || words[0].equals("a"))) {
            return null;
        }
        String role = words[words.length - 1];
        ExtractedEntity found = null;
        for (ExtractedEntity entity : entities) {
            boolean holds = entity.type() == EntityType.PERSON && entity.titles().stream()
                    .anyMatch(t -> (" " + t.toLowerCase(Locale.ROOT)).endsWith(" " + role));
            if (holds) {
                if (found != null) {
                    return null;
                }
                found = entity;
            }
        }
        return found;
    }

    /**
     * Lavrov called the sanctions "illegal": a quoted phrase belongs to the one person of its sentence who
     * says or calls something before it; "She called it "a promise"" to the one earlier speaker "she" can
     * be. A person merely named before the phrase ("Trump's desire … stay at the "low" mentioned by
     * Tillerson") owns nothing; with none or several, the phrase is not kept.
     */
    ExtractedEntity phraseOwner(AnalyzedText text, List<ExtractedEntity> entities, ExtractedEntity lastSpeaker, int previousQuoteEnd,
                                int quoteStart) {
        int sentence = sentenceIndex(text, quoteStart);
        List<ExtractedEntity> owners = entities.stream().filter(e -> e.type() == EntityType.PERSON && e.mentionTokens().stream()
                .anyMatch(t -> t.sentence() == sentence && t.end() <= quoteStart && saysBefore(text, t, quoteStart))).toList();
        if (!owners.isEmpty()) {
            return owners.size() == 1 ? owners.get(0) : null;
        }
        Token first = text.tokens().stream().filter(t -> t.sentence() == sentence).findFirst().orElse(null);
        Character gender = first == null ? null : style.pronouns().get(first.text().toLowerCase(Locale.ROOT));
        if (gender == null || !saysBefore(text, first, quoteStart)) {
            return null;
        }
        return pronounSpeaker(text, entities, lastSpeaker, previousQuoteEnd, first.start(), gender, false);
    }

    /**
     * "…," said Marta Horvath. "…," she said: the speaker of the quotation just before counts as having
     * spoken too ("said X" has no verb after the name); still exactly one compatible person, or nobody.
     */
    private ExtractedEntity pronounSpeaker(AnalyzedText text, List<ExtractedEntity> entities, ExtractedEntity previousSpeaker,
                                           int previousQuoteEnd, int pronounAt, char gender, boolean withSubjects) {
        List<ExtractedEntity> speakers = new ArrayList<>(
                speakersNearby(text, entities, previousQuoteEnd, pronounAt, gender, PRONOUN_LOOKBACK, withSubjects));
        int sentence = sentenceIndex(text, pronounAt);
        if (previousSpeaker != null && !speakers.contains(previousSpeaker) && previousQuoteEnd > 0
                && sentence - sentenceIndex(text, previousQuoteEnd - 1) <= PRONOUN_LOOKBACK
                && previousSpeaker.type() == EntityType.PERSON && !Objects.equals(gender(previousSpeaker), oppositeOf(gender))
                && !namedFrom(previousSpeaker, sentence, pronounAt)) {
            speakers.add(previousSpeaker);
        }
        return speakers.size() == 1 ? speakers.get(0) : null;
    }

    private static char oppositeOf(char gender) {
        return gender == ANY ? ANY : gender == 'm' ? 'f' : 'm';
    }

    private static final Set<String> PHRASE_VERBS = Set.of("called", "calls", "described", "describes", "branded", "dubbed");
    private static final int PHRASE_VERB_DISTANCE = 14;

    /** A reporting verb, or "called"/"described", follows the mention closely and comes before the phrase. */
    private boolean saysBefore(AnalyzedText text, Token mention, int quoteStart) {
        List<Token> tokens = text.tokens();
        for (int k = mention.index() + 1; k < tokens.size() && k <= mention.index() + PHRASE_VERB_DISTANCE; k++) {
            Token t = tokens.get(k);
            if (t.start() >= quoteStart || t.sentence() != mention.sentence()) {
                return false;
            }
            String word = t.text().toLowerCase(Locale.ROOT);
            if (verbs.contains(word) || PHRASE_VERBS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, Character> TITLE_GENDERS = Map.ofEntries(Map.entry("mr", 'm'), Map.entry("sir", 'm'),
            Map.entry("king", 'm'), Map.entry("lord", 'm'), Map.entry("father", 'm'), Map.entry("prince", 'm'),
            Map.entry("mrs", 'f'), Map.entry("ms", 'f'), Map.entry("miss", 'f'), Map.entry("dame", 'f'), Map.entry("queen", 'f'),
            Map.entry("lady", 'f'), Map.entry("sister", 'f'), Map.entry("princess", 'f'), Map.entry("congresswoman", 'f'),
            Map.entry("chairwoman", 'f'), Map.entry("spokeswoman", 'f'), Map.entry("congressman", 'm'), Map.entry("spokesman", 'm'));
    /** Sentences before the quote in which the pronoun's person may be named (and no one else may). */
    private static final int PRONOUN_LOOKBACK = 2;

    /** People who speak (name + reporting verb) after the previous quotation, in the quote's sentence or {@code lookback} before. */
    private List<ExtractedEntity> speakersNearby(AnalyzedText text, List<ExtractedEntity> entities, int previousQuoteEnd, int quoteStart,
                                                 Character pronounGender, int lookback, boolean withSubjects) {
        int sentence = sentenceIndex(text, quoteStart);
        List<ExtractedEntity> found = new ArrayList<>(2);
        for (ExtractedEntity entity : entities) {
            Character gender = pronounGender == null ? null : gender(entity);
            if (entity.type() != EntityType.PERSON || (gender != null && pronounGender != ANY && !gender.equals(pronounGender))
                    || (pronounGender != null && namedFrom(entity, sentence, quoteStart))) {
                continue;
            }
            boolean speaks = false;
            for (Token t : entity.mentionTokens()) {
                if (t.start() < quoteStart && t.start() >= previousQuoteEnd && t.sentence() >= sentence - lookback && t.sentence() <= sentence) {
                    speaks |= speaks(text, t) || (withSubjects && opensItsSentence(text, t));
                }
            }
            if (speaks) {
                found.add(entity);
            }
        }
        if (withSubjects && found.stream().noneMatch(e -> e.mentionTokens().stream().anyMatch(
                t -> t.start() >= previousQuoteEnd && t.sentence() >= sentence - lookback && speaks(text, t)))) {
            // Only subjects, no one who spoke: the subject must be the latest sentence's, with no other subject before it.
            List<ExtractedEntity> latest = found.stream().filter(e -> e.mentionTokens().stream()
                    .anyMatch(t -> t.sentence() == sentence - 1 && t.start() >= previousQuoteEnd && opensItsSentence(text, t))).toList();
            return found.size() == 1 && latest.size() == 1 ? latest : List.of();
        }
        return found;
    }

    /**
     * "Bayerns Kunstminister Bernd Sibler (CSU) teilte am Dienstag mit: „…“", "Michael Müller würdigte Kupfer: „…“":
     * a quotation after a colon belongs to the person who is the subject of the sentence that introduces it — the
     * first person named, among the sentence's first words — when no other person is named before that one and the
     * sentence names no other person among its first words. News in every language introduces quotations so, with
     * verbs no list holds (würdigte, kritisierte, teilte … mit); anyone else nearby, and it is nobody's.
     */
    ExtractedEntity subjectBeforeColon(AnalyzedText text, List<ExtractedEntity> entities, int sentenceStart, int colon) {
        ExtractedEntity subject = null;
        int subjectAt = Integer.MAX_VALUE;
        for (ExtractedEntity person : entities) {
            for (Token t : person.type() == EntityType.PERSON ? person.mentionTokens() : List.<Token>of()) {
                if (t.start() >= sentenceStart && t.end() <= colon && t.position() < SUBJECT_POSITION) {
                    if (subject != null && subject != person) {
                        return null;
                    }
                    subject = person;
                    subjectAt = Math.min(subjectAt, t.start());
                }
            }
        }
        for (ExtractedEntity person : entities) {
            for (Token t : person.type() == EntityType.PERSON && person != subject ? person.mentionTokens() : List.<Token>of()) {
                if (t.start() >= sentenceStart && t.start() < subjectAt) {
                    return null;
                }
            }
        }
        return subject;
    }

    /**
     * "Putin said", "Lavrov has said"; in other languages also "Edith agregó", "sagte Merkel": a reporting verb of the
     * article's language right after the name (an auxiliary between), or, outside English, right before it.
     */
    private boolean speaks(AnalyzedText text, Token mention) {
        if (style.english()) {
            return verbs.follow(text, mention);
        }
        List<Token> tokens = text.tokens();
        int next = mention.index() + 1;
        if (next < tokens.size() && style.auxiliaries().contains(tokens.get(next).text())) {
            next++;
        }
        int before = mention.index() - 1;
        return next < tokens.size() && tokens.get(next).sentence() == mention.sentence() && isVerb(tokens.get(next))
                || before >= 0 && tokens.get(before).sentence() == mention.sentence() && isVerb(tokens.get(before));
    }

    private boolean isVerb(Token token) {
        return style.verbs().contains(token.text().toLowerCase(Locale.ROOT));
    }

    /** "He said this was "concluded" during Tillerson's visit": whoever the sentence names after the quote or pronoun is not "he". */
    private static boolean namedFrom(ExtractedEntity entity, int sentence, int from) {
        return entity.mentionTokens().stream().anyMatch(t -> t.sentence() == sentence && t.start() >= from);
    }

    private static final int SUBJECT_POSITION = 6;
    private static final Set<String> VERBS_BEFORE_OBJECT = Set.of("is", "was", "are", "were", "met", "told", "said", "saw", "called",
            "asked", "named", "hit", "beat", "with", "by", "over", "against", "to", "for", "and", "or");

    /**
     * "Port director Anna de Wit welcomed the deal. "…," she said": a pronoun also refers back to the subject
     * of the sentence just before — a name among its first words with no verb or preposition before it ("Police
     * arrested John Smith" makes Smith no subject). A rough test, so it is used only with a gender check.
     */
    private static boolean opensItsSentence(AnalyzedText text, Token mention) {
        if (mention.position() >= SUBJECT_POSITION) {
            return false;
        }
        List<Token> tokens = text.tokens();
        for (int k = mention.index() - mention.position(); k < mention.index(); k++) {
            String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (!tokens.get(k).capitalised() && (word.endsWith("ed") || VERBS_BEFORE_OBJECT.contains(word))) {
                return false;
            }
        }
        return true;
    }

    /** From a gendered title (Mrs, Sir) or a given name on only one of the first-name lists; else null. */
    private Character gender(ExtractedEntity person) {
        for (String title : person.titles()) {
            Character g = TITLE_GENDERS.get(title.toLowerCase(Locale.ROOT).replace(".", ""));
            if (g != null) {
                return g;
            }
        }
        int space = person.name().indexOf(' ');
        return space < 0 ? null : gazetteer.gender(person.name().substring(0, space));
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

    /** Words of an attribution before an organisation that speaks: "la Tageszeitung Der Standard", not "el ganador de dos anillos de la NBA". */
    private static final int ORGANISATION_POSITION = 3;

    /**
     * The entity mentioned inside the attribution; people before organisations; never a place. An organisation
     * counts only at the head of the attribution: further in, it is what the speaker is described by.
     */
    private static ExtractedEntity mentionedIn(AnalyzedText text, List<ExtractedEntity> entities, int start, int end) {
        ExtractedEntity best = null;
        for (ExtractedEntity entity : entities) {
            if (entity.type() == EntityType.LOCATION) {
                continue;
            }
            boolean mentioned = entity.mentionTokens().stream().anyMatch(t -> t.start() >= start && t.end() <= end
                    && (entity.type() == EntityType.PERSON || wordsBetween(text, start, t) < ORGANISATION_POSITION));
            if (mentioned && (best == null || rank(entity.type()) < rank(best.type()))) {
                best = entity;
            }
        }
        return best;
    }

    private static int wordsBetween(AnalyzedText text, int start, Token mention) {
        int words = 0;
        for (int k = mention.index() - 1; k >= 0 && text.tokens().get(k).start() >= start; k--) {
            words++;
        }
        return words;
    }

    private static int rank(EntityType type) {
        return switch (type) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            default -> 2;
        };
    }
}
