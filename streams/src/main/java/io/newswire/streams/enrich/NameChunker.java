package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds runs of capitalised words (joined by name particles such as "of", "al", "van") and splits
 * each run into known names (longest gazetteer match), titles, demonyms and unknown names:
 * "US Secretary of State Rex Tillerson" → [US: United States] [Secretary of State] [Rex Tillerson];
 * "Bank of England" stays one unknown name (an organisation), not a bank word and England.
 */
final class NameChunker {

    /**
     * Words that go on inside a name ("Bank of England", "Consiglio dei Ministri", "Alianza por el Cambio"). Not "y":
     * Spanish joins two names with it far more often than it writes "Ortega y Gasset" (es 0.714 → 0.734 without it).
     */
    static final Set<String> CONNECTORS = Set.of("&", "of", "the", "for", "de", "del", "della", "dei", "degli", "delle", "dello",
            "da", "di", "du", "des", "do", "dos", "das", "por", "para", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el");
    /** Connectors that are ordinary English words ("why do Democrats"): they join a name only outside English. */
    private static final Set<String> FOREIGN_CONNECTORS = Set.of("dei", "degli", "delle", "dello", "des", "do", "dos", "das");
    /** Languages whose own "al" is a preposition with its article: Italian, Spanish, Portuguese (of Arabic names too). */
    private static final Set<String> ROMANCE_ARTICLE_AL = Set.of("it", "es", "pt");
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "den", "die", "das", "des", "dem");
    private static final int LONGEST_TITLE = 4;
    private static final int SHOUTED_MIN_WORDS = 3;
    private static final double SHOUTED_SHARE = 0.8;

    private final Gazetteer gazetteer;
    private final WordStats words;
    private final KnownNames known;
    private final SegmentJoins joins;
    private final OfficeSplits splits;
    private final NameInsides insides;

    NameChunker(Gazetteer gazetteer, WordStats words) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.known = new KnownNames(gazetteer);
        this.joins = new SegmentJoins(gazetteer);
        this.splits = new OfficeSplits(this);
        this.insides = new NameInsides(gazetteer);
    }

    /** Segments in text order, each list being one run. */
    List<List<Segment>> chunk(AnalyzedText text) {
        return chunk(text, LanguageProfile.english());
    }

    /**
     * In a language other than English, a stopword of that language never starts a name ("Der", "В",
     * "El" opening a sentence), and a lone word opening a sentence is a name only if the article also
     * writes it capitalised inside a sentence or the gazetteer knows it: the English word statistics that
     * decide this for English say nothing about other languages.
     */
    List<List<Segment>> chunk(AnalyzedText text, LanguageProfile language) {
        List<List<Segment>> runs = new ArrayList<>();
        List<Token> tokens = text.tokens();
        Set<String> capitalisedInside = language.isEnglish() ? Set.of() : capitalisedInsideSentences(text);
        Set<Integer> shouted = shoutedSentences(text);
        Set<String> writtenAsNames = shouted.isEmpty() ? Set.of() : writtenAsNamesOutside(text, shouted, language);
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.capitalised() || (text.headlineCase() && text.inTitle(t)) || gazetteer.isRunBreaker(t.norm())
                    || (!language.isEnglish() && functionWord(t, language) && !opensName(text, t, language)
                        && !opensKnownName(text, i, language))) {
                i++;
                continue;
            }
            int end = language.isEnglish() ? runEnd(text, i, language) : withLowerCaseEnding(text, i, runEnd(text, i, language), language);
            if (end - i > 1 && opensSentenceAsOrdinaryWord(text, tokens.subList(i, end), language, capitalisedInside)) {
                // "Mañana el Ejecutivo": the word opening the sentence is the dictionary's adverb, the name starts after it.
                i++;
                continue;
            }
            int street = StreetNouns.start(text, t, language);
            if (street >= 0) {
                // "via Padova", "rue de Rivoli": the street is one name, not the city or person it is named after.
                runs.add(List.of(new Segment(Segment.Kind.UNKNOWN, List.copyOf(tokens.subList(street, end)), null)));
                i = end;
                continue;
            }
            List<Token> run = tokens.subList(i, end);
            i = end;
            if (!language.isEnglish() && run.size() == 1 && (t.position() == 0 || opensQuotation(text, t)) && !capitalisedInside.contains(t.norm())
                    && ((longestKnown(run, 0, language) == null || accentedWord(t, language)) && !t.acronym() && !headlineSubject(text, t, language)
                        || t.position() == 0 && acronymWrittenAsWord(t, language))) {
                continue;
            }
            List<Segment> segments = segment(text, run, language);
            if (shouted.contains(t.sentence())) {
                segments = withEvidence(segments, writtenAsNames, language);
            }
            if (!segments.isEmpty()) {
                runs.add(segments);
            }
        }
        return runs;
    }

    /**
     * A stopword of the language, or a sentence's first word that its dictionary lists only as a function word ("Далее",
     * "Alle"), which Lucene's stopword lists leave out: no name starts with it (nl 0.7951 -> 0.7964, ru 0.8349 -> 0.8354).
     */
    private static boolean functionWord(Token word, LanguageProfile language) {
        return language.isStopword(word.lower()) || (word.position() == 0 && Morphology.of(language.code()).functionWordOnly(word.lower()));
    }

    /**
     * "Cómo se obtiene …": a sentence's accented first word the gazetteer knows only without its accents (Como) is the
     * language's word when the language's dictionary holds it.
     */
    private boolean accentedWord(Token word, LanguageProfile language) {
        String key = Lexicon.key(word.norm());
        return Lexicon.fold(key) != key && !gazetteer.knowsAsWritten(key, language)
                && !Morphology.lexicon(language.code()).tagged(word.lower()).isEmpty();
    }

    /**
     * "De Morgen", "Los Angeles", "El País" opening a sentence or a line: the stopword is the first word of a name the
     * gazetteer knows (the article alone had left "Morgen", "Angeles").
     */
    private boolean opensKnownName(AnalyzedText text, int at, LanguageProfile language) {
        Token article = text.tokens().get(at);
        if (!gazetteer.beginsLongerName(Lexicon.key(article.norm()), language)) {
            return false;
        }
        List<Token> run = text.tokens().subList(at, runEnd(text, at, language));
        Segment known = longestKnown(run, 0, language);
        if (known == null || known.kind() != Segment.Kind.KNOWN || known.tokens().size() < 2 || gazetteer.isTown(known.known())) {
            // A small town named by an article and a word ("La Reforma", "La Unión") is as often that word.
            return false;
        }
        // "La Unión Europea": where the name after the article reaches further, it is that name.
        Segment after = longestKnown(run, 1, language);
        return after == null || after.kind() != Segment.Kind.KNOWN || after.tokens().size() < known.tokens().size();
    }

    /**
     * "l'Union européenne", "Nazioni Unite", "Европейского союза": outside English a known name may go on in
     * lower case after its capitalised words; the run takes those words when the gazetteer knows the longer name.
     */
    private int withLowerCaseEnding(AnalyzedText text, int start, int end, LanguageProfile language) {
        List<Token> tokens = text.tokens();
        if (end >= tokens.size() || !goesOnInLowerCase(text, tokens.get(end - 1), tokens.get(end))) {
            // Most runs end at a sentence's end or a capitalised word: no key is made for them.
            return end;
        }
        for (int from = start; from < end; from++) {
            String key = Lexicon.key(join(tokens.subList(from, end)));
            int longest = end;
            for (int to = end; to < tokens.size() && to - from < gazetteer.longestNameTokens() && gazetteer.beginsLongerName(key, language); to++) {
                if (!goesOnInLowerCase(text, tokens.get(to - 1), tokens.get(to))) {
                    break;
                }
                key = Lexicon.key(join(tokens.subList(from, to + 1)));
                if (gazetteer.lookup(key, language) != null) {
                    longest = to + 1;
                }
            }
            if (longest > end) {
                return longest;
            }
        }
        return withAdjectives(text, start, end, language);
    }

    /**
     * "Chiesa cattolica", "Corte suprema", "Conseil constitutionnel", "Cámara foral": in the Romance languages an
     * institution's noun alone goes on with the adjectives that follow it in lower case, which name which institution.
     * Only words the dictionary holds as adjectives alone: not a people's word, which is a noun too ("il Governo
     * italiano" is Italy's government, named so by the country), nor a participle or preposition ("Governo verso",
     * "Policía junto"). Measured against the noun alone: it 0.7011 -> 0.7022; with any adjective it read 0.7044 but es
     * 0.7880 -> 0.7841 (CoNLL's "Gobierno" without "británico"). The noun may end a longer run ("Presidente della Corte
     * costituzionale"), whose title the segments take off later.
     */
    private static int withAdjectives(AnalyzedText text, int start, int end, LanguageProfile language) {
        List<Token> tokens = text.tokens();
        if (language.isEnglish() || language.capitalisesNouns()
                || !OrganisationHeads.isHead(tokens.get(end - 1), language)) {
            return end;
        }
        Morphology lexicon = Morphology.lexicon(language.code());
        int to = end;
        while (to < tokens.size() && to - end < 2 && goesOnInLowerCase(text, tokens.get(to - 1), tokens.get(to))
                && lexicon.adjectiveOnly(tokens.get(to)) && !language.isStopword(tokens.get(to).lower())) {
            to++;
        }
        return to;
    }

    private static boolean goesOnInLowerCase(AnalyzedText text, Token previous, Token next) {
        return next.sentence() == previous.sentence() && !next.capitalised() && text.gap(previous, next).equals(" ");
    }

    /** A line in capitals ("SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN"): at least three words, nearly all upper case. */
    private static Set<Integer> shoutedSentences(AnalyzedText text) {
        Set<Integer> shouted = new HashSet<>();
        int[] words = new int[text.sentences().size()];
        int[] upper = new int[words.length];
        for (Token t : text.tokens()) {
            if (t.alphabetic() && t.norm().length() >= 2) {
                words[t.sentence()]++;
                upper[t.sentence()] += t.acronym() ? 1 : 0;
            }
        }
        for (int s = 0; s < words.length; s++) {
            if (words[s] >= SHOUTED_MIN_WORDS && upper[s] >= words[s] * SHOUTED_SHARE) {
                shouted.add(s);
            }
        }
        return shouted;
    }

    /**
     * Words the article writes capitalised outside such lines: "Shearer" for "SHEARER", "EFE" in "(EFE)"; not an
     * ordinary word that opens a sentence ("After" is no evidence for "AFTER"; "Romania" is for "ROMANIA").
     */
    private Set<String> writtenAsNamesOutside(AnalyzedText text, Set<Integer> shouted, LanguageProfile language) {
        Set<String> names = new HashSet<>();
        for (Token t : text.tokens()) {
            if (!shouted.contains(t.sentence()) && t.capitalised()
                    && (t.position() > 0 || !(language.isStopword(t.lower()) || (language.isEnglish() && words.isCommonWord(t.norm()))))) {
                names.add(t.lower());
            }
        }
        return names;
    }

    /**
     * In a line written in capitals, capitals say nothing: known names stay, and of the unknown words only those
     * written in mixed case there ("Mérida (EFE)") or as names elsewhere in the article, each stretch of them a name
     * of its own ("SHEARER" of "SHEARER NAMED AS"); never a stopword ("DE" of "JEFE DE ESTADO", though "De la Serna"
     * is written elsewhere).
     */
    private static List<Segment> withEvidence(List<Segment> segments, Set<String> writtenAsNames, LanguageProfile language) {
        List<Segment> kept = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.kind() != Segment.Kind.UNKNOWN) {
                kept.add(segment);
                continue;
            }
            List<Token> stretch = new ArrayList<>();
            for (Token token : segment.tokens()) {
                if (!token.acronym() || (writtenAsNames.contains(token.lower()) && !language.isStopword(token.lower()))) {
                    stretch.add(token);
                } else {
                    flush(stretch, kept);
                }
            }
            flush(stretch, kept);
        }
        return kept;
    }

    /**
     * "Nato a Roma nel 1952": an acronym the press writes as a word (Nato, Onu), opening a sentence, is the ordinary word
     * it also is (born) unless the article writes it so inside a sentence too.
     */
    private boolean acronymWrittenAsWord(Token word, LanguageProfile language) {
        if (word.acronym() || word.norm().length() < 3 || word.norm().length() > 5) {
            return false;
        }
        Gazetteer.Known known = gazetteer.lookup(Lexicon.key(word.norm()), language);
        Gazetteer.Known acronym = gazetteer.lookupAcronym(word.norm().toUpperCase(Locale.ROOT));
        return known != null && known.type() == EntityType.ORGANIZATION && acronym != null
                && acronym.canonical().equals(known.canonical()) && Morphology.lexicon(language.code()).lowerCaseTwin(word);
    }

    /**
     * "Berlusconi: voto anticipato", "Rai: dieci giorni di sospensione": a headline names its subject before a colon; a word
     * there that is no ordinary word of the language is a name, though it opens the sentence.
     */
    private static boolean headlineSubject(AnalyzedText text, Token word, LanguageProfile language) {
        int next = word.index() + 1;
        return word.position() == 0 && next < text.tokens().size() && text.gap(word, text.tokens().get(next)).strip().equals(":")
                && !language.isStopword(word.lower()) && !Morphology.lexicon(language.code()).ordinaryWord(word);
    }

    /**
     * "De Morgen", "El País", "La Coruña" inside a sentence: an article written with a capital where the
     * sentence does not start, right before another capitalised word, is the first word of a name.
     */
    private static boolean opensName(AnalyzedText text, Token article, LanguageProfile language) {
        int next = article.index() + 1;
        if (article.acronym() || next >= text.tokens().size()) {
            return false;
        }
        Token name = text.tokens().get(next);
        String gap = text.gap(article, name);
        boolean nameAfter = name.sentence() == article.sentence() && name.capitalised() && !language.isStopword(name.lower());
        if (gap.equals(". ") && NameCues.isTitle(article, language)) {
            return nameAfter; // French "M. Macron", also opening a sentence: the stopword is the abbreviated title
        }
        return nameAfter && gap.equals(" ") && article.position() != 0 && !opensQuotation(text, article);
    }

    /**
     * Whether the run's first word opens the sentence as the ordinary word it also is, no known name ("Nueva York") starts
     * with it, and it heads no institution's name ("Rada Ministrów przyjęła", "Narodowy Bank Polski").
     */
    private boolean opensSentenceAsOrdinaryWord(AnalyzedText text, List<Token> run, LanguageProfile language, Set<String> capitalisedInside) {
        Token t = run.get(0);
        return !language.isEnglish() && (t.position() == 0 || opensQuotation(text, t)) && !capitalisedInside.contains(t.norm())
                && !t.acronym() && Morphology.lexicon(language.code()).ordinaryWord(t) && longestKnown(run, 0, language) == null
                && !OrganisationHeads.opens(run, language);
    }

    /** «Ситуация…», „Wir…“, ": Die…": a quotation or a colon starts a sentence of its own. */
    private static boolean opensQuotation(AnalyzedText text, Token token) {
        int before = token.index() - 1;
        if (before < 0) {
            return false;
        }
        String gap = text.gap(text.tokens().get(before), token).strip();
        return !gap.isEmpty() && QUOTATION_OPENERS.indexOf(gap.charAt(gap.length() - 1)) >= 0;
    }

    private static final String QUOTATION_OPENERS = "\"\u201c\u201e\u00ab\u00bb\u201a\u300c\u300e:";

    private static Set<String> capitalisedInsideSentences(AnalyzedText text) {
        Set<String> words = new HashSet<>();
        for (Token t : text.tokens()) {
            if (t.position() > 0 && t.capitalised() && !opensQuotation(text, t)) {
                words.add(t.norm());
            }
        }
        return words;
    }

    private int runEnd(AnalyzedText text, int start, LanguageProfile language) {
        List<Token> tokens = text.tokens();
        int end = start + 1;
        int lastName = start;
        while (end < tokens.size()) {
            Token prev = tokens.get(end - 1);
            Token next = tokens.get(end);
            int nickname = end == start + 1 ? insides.nicknameEnd(text, end) : -1;
            if (nickname > 0) {
                lastName = nickname;
                end = nickname + 1;
                continue;
            }
            if (prev.possessive() || next.sentence() != prev.sentence() || !joined(text.gap(prev, next), prev, language)) {
                break;
            }
            if (!next.elided().isEmpty() && namedInFull(tokens, start, end, language) && gazetteer.firstName(tokens.get(start).norm()) != null) {
                // "Zack Handlen dell'AV Club", "Riccardo Coppini dell'Onda": a person's full name goes on with an elided
                // "of" only to say where the person belongs, as with "van" below ("Banca d'Italia" has one word before it,
                // "Départements Côte d'Or" no given name).
                break;
            }
            if (next.capitalised() && !gazetteer.isRunBreaker(next.norm())) {
                lastName = end;
            } else if (next.text().equals("van") && namedInFull(tokens, start, end, language)) {
                // "Patrick Du Bois van Sabena", "Pol Tansens van de Fortis Bank": a name whose given name and surname are
                // written goes on with "van" only to say whom the person works for ("Jan van Dijk" has one word before it).
                // Not German "von": nobles carry two given names ("Heinrich Gottlob von Miltitz").
                break;
            } else if (prev.capitalised() && particleBeforeAcronym(tokens, end) && !Morphology.lexicon(language.code()).ordinaryWord(prev)) {
                // "Etienne Schouppe van de NMBS", "Marcel Heymans van IFPI": a surname's particles never precede capitals;
                // a noun's "of" does ("Copa de la UEFA", "Gobierno de EEUU").
                break;
            } else if (next.text().equals("al") && end + 1 < tokens.size() && ROMANCE_ARTICLE_AL.contains(language.code())
                    && Morphology.lexicon(language.code()).ordinaryWord(tokens.get(end + 1))) {
                // "Berlusconi al Senato", "Berlusconi al Colle": Italian and Spanish "al" is "to the" before an ordinary word;
                // the Arabic article stays in "Bashar al Assad".
                break;
            } else if (!language.isEnglish() && insides.numberInsideName(text, end, language)) {
                end++;
                continue;
            } else if (next.text().equals("and") && isTitle(prev) && end + 1 < tokens.size() && isTitle(tokens.get(end + 1))) {
                // "Mr. and Mrs. John Smith": one title for the couple's name.
                end++;
                continue;
            } else if (!CONNECTORS.contains(next.text()) || (next.text().equals("of") && !headNoun(prev))
                    || (language.isEnglish() && FOREIGN_CONNECTORS.contains(next.text()))
                    || (language.code().equals("de") && GERMAN_ARTICLES.contains(next.text()) && !prev.text().equals("von"))) {
                // German "der", "den" join a name only after "von" (von der Leyen); elsewhere they are articles.
                break;
            }
            end++;
        }
        return lastName + 1;
    }

    /** A given name of the lists (a strong one), or a word the language's dictionary lists only as a person's ("Geert"). */
    boolean givenName(Token word, LanguageProfile language) {
        return Boolean.TRUE.equals(gazetteer.firstName(word.norm())) || Morphology.of(language.code()).personNameOnly(word);
    }

    /**
     * The words from {@code start} to {@code end} are two names or more, none a stopword ("De Baai van Heist" is a place)
     * and the last no ordinary word ("Gemeenschapscommissie van Brussel" is one body).
     */
    private static boolean namedInFull(List<Token> tokens, int start, int end, LanguageProfile language) {
        Token last = tokens.get(end - 1);
        if (end - start < 2 || !last.capitalised() || Morphology.lexicon(language.code()).ordinaryWord(last)) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (language.isStopword(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** The connector at {@code at}, and any after it, lead to a word in capitals; "of" and "&" excepted ("Bank of NATO"). */
    private static boolean particleBeforeAcronym(List<Token> tokens, int at) {
        String connector = tokens.get(at).text();
        if (connector.equals("of") || connector.equals("&") || !CONNECTORS.contains(connector)) {
            return false;
        }
        int k = at;
        while (k < tokens.size() && CONNECTORS.contains(tokens.get(k).text()) && k - at < 3) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).acronym() && tokens.get(k).norm().length() >= 2;
    }

    private boolean isTitle(Token token) {
        return gazetteer.isTitle(Lexicon.key(token.norm()));
    }

    /**
     * Only spaces join names, or an abbreviation's dot ("Mr. Kennedy", "John F. Kennedy", "FC. Barcelona", "Sr. Alckmin"), or an elided
     * "d'" or "dell'" ("Côte d'Ivoire", "Banca d'Italia"), which French and Italian write where a name goes on with "de".
     */
    private boolean joined(String gap, Token prev, LanguageProfile language) {
        if (gap.isBlank()) {
            return true;
        }
        if (Character.isWhitespace(gap.charAt(0)) && Elisions.isOf(gap.strip())) {
            return true;
        }
        if (gap.equals(".") && initial(prev)) {
            return true; // "Folha de S.Paulo", "J.Smith": an initial written against the next word
        }
        return gap.length() >= 2 && gap.charAt(0) == '.' && gap.substring(1).isBlank()
                && (initial(prev) || gazetteer.isTitle(Lexicon.key(prev.norm())) || SportsTeams.clubPrefix(prev)
                    || (!language.isEnglish() && NameCues.isTitle(prev, language)));
    }

    private static boolean initial(Token token) {
        return token.norm().length() == 1 && Character.isUpperCase(token.norm().charAt(0));
    }

    /**
     * "Bank of England", "Secretary of State", "House of Commons": a capitalised common noun or title
     * heads a name that goes on after "of"; "Kennedy of Massachusetts" is two names.
     */
    private boolean headNoun(Token token) {
        return gazetteer.isOrgHead(token.norm()) || gazetteer.isTitle(Lexicon.key(token.norm())) || words.isCommonWord(token.norm())
                || (token.acronym() && token.norm().length() <= 3);
    }

    private List<Segment> segment(AnalyzedText text, List<Token> run, LanguageProfile language) {
        List<Segment> segments = new ArrayList<>();
        List<Token> unknown = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            Segment match = longestKnown(run, i, language);
            if (match == null && i == 0 && run.get(0).position() == 0 && language.isEnglish() && opensSentence(run.get(0))
                    && !(run.size() == 1 && SportsTeams.plays(text, new Segment(Segment.Kind.UNKNOWN, List.copyOf(run), null), false, language))) {
                // "Reading 2 Stoke 2": an ordinary word opening a result line is a team, not the sentence's first word.
                i++;
                continue;
            }
            if (match == null) {
                unknown.add(run.get(i));
                i++;
                continue;
            }
            if (match.kind() == Segment.Kind.TITLE && surnameAfterGivenName(unknown, match)) {
                // "John Major", "Carole King", "Martin Luther King": a title's word right after a given name is a surname.
                unknown.addAll(match.tokens());
                i += match.tokens().size();
                continue;
            }
            if (givenNameAfterTitle(segments, unknown, match)) {
                // "Queen Sofia", "Doña Sofía": a city that is also a given name, right after a title, is the person's name
                // (a country or region stays itself: "Miss Italia").
                unknown.addAll(match.tokens());
                i += match.tokens().size();
                continue;
            }
            if (townInLongerName(unknown, match)) {
                // "Leonardo da Vinci", "Antonello da Messina": a town after a given name and a particle is the person's
                // name; after a full name it is where the person is from ("Benito Stirpe di Frosinone").
                unknown.addAll(match.tokens());
                i += match.tokens().size();
                continue;
            }
            boolean opensClub = (unknown.size() == 1 && SportsTeams.clubPrefix(unknown.get(0))) || (match.kind() == Segment.Kind.KNOWN
                    && match.known().type() == EntityType.LOCATION && SportsTeams.opensClubBeforePlace(unknown));
            boolean namesOrganisation = headsOrganisation(unknown) || headsNamedAfterPlace(unknown, language) || opensClub
                    || besideAmpersand(run, i, match, unknown);
            if (namesOrganisation && match.kind() == Segment.Kind.KNOWN) {
                // "Bank of America", "University of Chicago", "FC Barcelona", "Douglas & Lomason": the place names the
                // organisation, it is not a mention of it.
                unknown.addAll(match.tokens());
                i += match.tokens().size();
                continue;
            }
            int after = i + match.tokens().size();
            if (unknown.isEmpty() && after == run.size() - 1 && match.kind() == Segment.Kind.KNOWN
                    && match.known().type() == EntityType.LOCATION
                    && SportsTeams.nicknameAfterPlace(match.tokens(), run.get(after), gazetteer, language)) {
                // "Kansas City Chiefs", "San Diego Padres": the known city and the plural after it are one team's name.
                List<Token> team = List.copyOf(run.subList(i, run.size()));
                segments.add(new Segment(Segment.Kind.KNOWN, team, new Gazetteer.Known(join(team), EntityType.ORGANIZATION)));
                i = run.size();
                continue;
            }
            flush(unknown, segments);
            segments.add(match);
            i += match.tokens().size();
        }
        flush(unknown, segments);
        return splits.withOfficesApart(splits.withPeopleApart(text, joins.withoutPartialMatches(SegmentJoins.withAffiliationsInNames(segments), language), language), language);
    }

    private boolean givenNameAfterTitle(List<Segment> segments, List<Token> unknown, Segment match) {
        return unknown.isEmpty() && !segments.isEmpty() && segments.get(segments.size() - 1).kind() == Segment.Kind.TITLE
                && match.kind() == Segment.Kind.KNOWN && match.known().type() == EntityType.LOCATION && match.tokens().size() == 1
                && gazetteer.firstName(match.first().norm()) != null && gazetteer.isCity(match.known());
    }

    private boolean surnameAfterGivenName(List<Token> unknown, Segment title) {
        if (title.tokens().size() != 1 || unknown.isEmpty()) {
            return false;
        }
        Token given = unknown.get(unknown.size() - 1);
        return given.index() + 1 == title.first().index() && Boolean.TRUE.equals(gazetteer.firstName(given.norm()));
    }

    /** A given name and a particle, then a town ({@link Gazetteer#isTown}). */
    private boolean townInLongerName(List<Token> unknown, Segment match) {
        return unknown.size() == 2 && CONNECTORS.contains(unknown.get(unknown.size() - 1).text()) && match.kind() == Segment.Kind.KNOWN
                && gazetteer.isTown(match.known()) && Boolean.TRUE.equals(gazetteer.firstName(unknown.get(0).norm()));
    }

    /** The known name is one of the names an ampersand joins into a firm's ("Douglas & Lomason"; Douglas is a town). */
    private static boolean besideAmpersand(List<Token> run, int at, Segment match, List<Token> unknown) {
        int after = at + match.tokens().size();
        return (!unknown.isEmpty() && unknown.get(unknown.size() - 1).text().equals("&"))
                || (after < run.size() && run.get(after).text().equals("&"));
    }

    /**
     * "Banco de España", "Copa de Europa", "Università di Bologna", "Ministerie van Financiën": outside English a
     * capitalised common noun of the language (or, where no dictionary says so, an institution's noun: "Banque de
     * France", or a place's: "Lago di Ginevra", "Provincia di Bolzano"), then "of", heads a name the place after it
     * ends; the place is not mentioned on its own. A place's noun heads one without "of" too ("Piazza San Pietro"):
     * it 0.7044 -> 0.7052.
     */
    private static boolean headsNamedAfterPlace(List<Token> unknown, LanguageProfile language) {
        int n = unknown.size();
        if (n == 1 && NameCues.placeHeadWord(unknown.get(0), language)) {
            return true; // "Piazza San Pietro", "Borgo Santa Maria", "Corso Buenos Aires": the place named after a known one
        }
        return !language.isEnglish() && n >= 2 && OrganisationHeads.OF.contains(unknown.get(n - 1).text())
                && (Morphology.of(language.code()).ordinaryWord(unknown.get(n - 2)) || OrganisationHeads.isHead(unknown.get(n - 2), language)
                        || NameCues.placeHeadWord(unknown.get(n - 2), language));
    }

    /** Unknown words so far end in "Org-head of": what follows completes the organisation's name. */
    private boolean headsOrganisation(List<Token> unknown) {
        int n = unknown.size();
        return n >= 2 && unknown.get(n - 1).text().equals("of") && gazetteer.isOrgHead(unknown.get(n - 2).norm());
    }

    /** A capitalised first word that is an ordinary word ("Many", "Though") and not a first name. */
    private boolean opensSentence(Token token) {
        return words.isCommonWord(token.norm()) && !Boolean.TRUE.equals(gazetteer.firstName(token.norm()));
    }

    private Segment longestKnown(List<Token> run, int from, LanguageProfile language) {
        int longest = Math.min(run.size(), from + gazetteer.longestNameTokens());
        // keys.get(k - 1) is the key of the run's first k words from here. No longer span can match once its first
        // words begin no known name, so most runs stop at one or two words; each key is made once.
        List<String> keys = new ArrayList<>();
        keys.add(Lexicon.key(run.get(from).norm()));
        while (from + keys.size() < longest && gazetteer.beginsLongerName(keys.get(keys.size() - 1), language)) {
            keys.add(Lexicon.key(join(run.subList(from, from + keys.size() + 1))));
        }
        for (int to = from + keys.size(); to > from; to--) {
            List<Token> span = run.subList(from, to);
            if (CONNECTORS.contains(span.get(span.size() - 1).text())) {
                continue;
            }
            String key = keys.get(to - from - 1);
            Gazetteer.Known name = known.lookup(span, key, language);
            if (name != null && span.size() == 1 && startsPersonName(run, from, language)) {
                name = null;
            }
            if (name != null) {
                return new Segment(Segment.Kind.KNOWN, List.copyOf(span), name);
            }
            if (to - from <= LONGEST_TITLE && gazetteer.isTitle(key)) {
                return new Segment(Segment.Kind.TITLE, List.copyOf(span), null);
            }
        }
        if (titleOpening(run, from, language)) {
            return new Segment(Segment.Kind.TITLE, List.of(run.get(from)), null);
        }
        Token token = run.get(from);
        if (gazetteer.isDemonym(token.norm(), language)) {
            return new Segment(Segment.Kind.DEMONYM, List.of(token), null);
        }
        return null;
    }

    /**
     * "Presidente Mattarella", "el Rey Felipe", "Papież Franciszek": outside English a capitalised title of the
     * language before another capitalised word is the title, not the first word of one name (they had been one MISC
     * name, "presidente-mattarella"). Only where the title opens the run: inside one it is part of an institution's
     * name ("Residencia Príncipe Felipe", "Escuela Reina Sofía"). English titles come from the gazetteer's list above.
     */
    private static boolean titleOpening(List<Token> run, int from, LanguageProfile language) {
        return !language.isEnglish() && from == 0 && run.size() > 1 && run.get(1).capitalised()
                && NameCues.isTitle(run.get(from), language);
    }

    /**
     * "Vladimir Putin": a city that is also a given name, followed by another name, is a person's name. A word in
     * capitals before one in mixed case is not ("EFE José Palomares": the agency, though Efe is a Turkish given name).
     */
    private boolean startsPersonName(List<Token> run, int from, LanguageProfile language) {
        return from + 1 < run.size() && run.get(from + 1).capitalised() && gazetteer.firstName(run.get(from).norm()) != null
                && !(run.get(from).acronym() && !run.get(from + 1).acronym())
                && known.lookup(run.subList(from + 1, from + 2), language) == null;
    }

    /** The gazetteer's entry for one word, found as the chunker finds it (by its lemma too), or null. */
    Gazetteer.Known knownWord(Token word, LanguageProfile language) {
        return known.lookup(List.of(word), language);
    }

    /** The gazetteer's entry for words written together, found as the chunker finds them, or null. */
    Gazetteer.Known knownName(List<Token> span, LanguageProfile language) {
        return known.lookup(span, language);
    }

    static String join(List<Token> span) {
        StringBuilder sb = new StringBuilder();
        for (Token t : span) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.norm());
        }
        return sb.toString();
    }

    private static void flush(List<Token> unknown, List<Segment> segments) {
        while (!unknown.isEmpty() && CONNECTORS.contains(unknown.get(unknown.size() - 1).text())) {
            unknown.remove(unknown.size() - 1);
        }
        while (!unknown.isEmpty() && CONNECTORS.contains(unknown.get(0).text())) {
            unknown.remove(0);
        }
        if (!unknown.isEmpty()) {
            segments.add(new Segment(Segment.Kind.UNKNOWN, List.copyOf(unknown), null));
            unknown.clear();
        }
    }
}
