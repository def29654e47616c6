package io.newswire.streams.enrich;

import java.util.List;
import java.util.Set;

/**
 * Types a name from its context when no list decides it: a title before it, a first name, an organisation's head
 * word or a club's, a place noun, a reporting verb after it, the language's part-of-speech dictionary; null for a
 * capitalised word that names nothing (a lone letter, a title alone, an ordinary word).
 */
final class NameContextTyper {

    private final Gazetteer gazetteer;
    private final WordStats words;
    private final NameChunker chunker;
    private final People personMentions;
    private final ReportingVerbs reportingVerbs;

    NameContextTyper(Gazetteer gazetteer, WordStats words, NameChunker chunker, People personMentions, ReportingVerbs reportingVerbs) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.chunker = chunker;
        this.personMentions = personMentions;
        this.reportingVerbs = reportingVerbs;
    }

    /** Roman numerals to 39 (centuries, monarchs, sequels); with L, C, D or M they spell acronyms (CD, DC, CL) as often. */
    private static final java.util.regex.Pattern ROMAN_NUMERAL = java.util.regex.Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

    EntityType classify(AnalyzedText text, Segment segment, Segment previous, LanguageProfile language) {
        EntityType type = typeByCues(text, segment, previous, language);
        return type == EntityType.PERSON && NameCues.articleBeforeInstitution(text, segment.tokens().get(0), language)
                ? EntityType.ORGANIZATION : type;
    }

    private EntityType typeByCues(AnalyzedText text, Segment segment, Segment previous, LanguageProfile language) {
        List<Token> tokens = segment.tokens();
        Token first = tokens.get(0);
        Token last = segment.last();
        int n = tokens.size();
        if (StreetNouns.opens(tokens, language)) {
            return EntityType.LOCATION;
        }
        if (n == 1 && Eponyms.after(text, first, language)) {
            return EntityType.MISC;
        }
        if (n == 1 && first.norm().length() == 1 && !People.initial(text.text(), first)) {
            // "N / A", "Group C", "Plan B": a lone capital letter names nothing a reader follows; with its dot it is an
            // initial the chunker left alone ("W. Smith" split by a line break), which may still be part of a name.
            return null;
        }
        if (n == 1 && ROMAN_NUMERAL.matcher(first.norm()).matches()) {
            // "siglo XVIII", "Grand Prix II": a numeral the chunker left alone; after a name it is part of that name.
            return null;
        }
        if (n == 1 && !language.isEnglish() && (NameCues.isTitle(first, language) || (language.capitalisesNouns() && GermanNouns.role(first.norm())))) {
            // "le Président a déclaré", "Behördenchef Kelber": a title or a role noun alone names no one, as in English.
            return null;
        }
        if (n == 1 && !language.isEnglish() && !language.capitalisesNouns() && !first.acronym()
                && Morphology.of(language.code()).capitalisedCommonNoun(first)) {
            // "de Amerikanen", "de Belgen": where nouns are written in lower case, the dictionary lists a capitalised noun
            // only for a people; a people's word alone is no person, organisation or place.
            return null;
        }
        if (n == 1 && !language.isEnglish() && !language.capitalisesNouns() && titleInLowerCaseAfter(text, first, language)) {
            // "le Premier ministre", "il Primo ministro": the capital opens the title, whose noun follows in lower case.
            return null;
        }
        boolean afterTitle = previous != null && previous.kind() == Segment.Kind.TITLE;
        if (afterTitle && n <= 4) {
            // "Minister van Buitenlandse Zaken Caspar Veldkamp": right after the title's "van" comes its portfolio, a ministry;
            // a person further on ("Minister van Cultuur Bert Anciaux", the portfolio an ordinary word) is still a person.
            return first.index() == previous.last().index() + 2 ? EntityType.ORGANIZATION : EntityType.PERSON;
        }
        boolean headOfName = n >= 3 && tokens.get(1).text().equals("of") && gazetteer.isOrgHead(first.norm());
        if (headOfName || SportsTeams.club(tokens) || clubOfPlace(tokens, language) || firm(tokens) || teamOfPlace(tokens, language)
                || (gazetteer.isOrgHead(last.norm()) && (n >= 2 || !words.isCommonWord(last.norm())))
                || (!language.isEnglish() && (OrganisationHeads.heads(tokens, language) || OrganisationHeads.namesInstitution(tokens, language)))) {
            return EntityType.ORGANIZATION;
        }
        if (n == 1 && gazetteer.isNonEntity(first.norm())) {
            // An abbreviation on the list (UTC, HIV, GDP) is still a thing articles about one event share; only no organisation.
            return first.acronym() ? EntityType.MISC : regionOfTheCompass(text, first, language) ? EntityType.LOCATION : null;
        }
        if ((n == 1 && first.acronym() && !amongCapitals(text, first)) || (n == 1 && NameCues.particleAcronym(first, language))
                || NameCues.acronymAfter(text, tokens)
                || NameCues.organisationBefore(text, first, language) || NameCues.ministryBefore(text, first, language)
                || NameCues.firmPartBefore(text, first, language) || NameCues.organisationAppositive(text, last, language)
                || NameCues.organisationAfter(text, last, language) || (n == 1 && institution(text, first, language))
                || SportsTeams.roleAfter(text, segment, language)) {
            return EntityType.ORGANIZATION;
        }
        if (NameCues.placeHead(tokens, language) || PlaceNouns.before(text, first, language)) {
            return EntityType.LOCATION;
        }
        boolean english = language.isEnglish();
        String lower = first.lower();
        if (n == 1 && (gazetteer.isNonEntity(first.norm()) || language.isStopword(lower)
                || isCompoundOfKnownNames(first) || (english && words.isCommonWord(first.norm()) && !isPersonCue(text, segment)))) {
            // "Bath 56", "Reading 2 Stoke 2": an ordinary word with a score in a result line is a team; not the rest of a
            // longer name whose first word the chunker left ("Star" of "Red Star 4 4 0 0", "Park" of "Queen 's Park", where
            // the tokens are Queen, s, Park).
            Token before = first.index() == 0 ? null : text.tokens().get(first.index() - 1);
            boolean alone = before == null || !(before.capitalised() || before.text().equals("s"))
                    || (!before.possessive() && !text.gap(before, first).isBlank());
            return english && alone && !language.isStopword(lower) && SportsTeams.plays(text, segment, false, language) ? EntityType.ORGANIZATION : null;
        }
        boolean compass = COMPASS_WORDS.contains(first.text());
        if (compass && partOfAPlace(tokens, language)) {
            // "Northampton 46 West Hartlepool 20": in a result line the town is its club.
            return SportsTeams.plays(text, segment, false, language) ? EntityType.ORGANIZATION : EntityType.LOCATION;
        }
        // North and West are surnames too (Oliver North), so the name lists say nothing of "West Hartlepool".
        // "Les Saisons russes", "La Voz de Galicia", "De Morgen": outside English a stopword before an ordinary word of
        // the language is the article it is, not the given name other languages' lists hold (Les, La, De); before a name
        // it may be a surname's particle ("Di Pietro", "De Coster").
        boolean article = !english && n >= 2 && language.isStopword(lower) && ordinaryWord(tokens.get(1), language);
        // "Gran Premio", "Santo Padre", "Soccorso Alpino": two ordinary words of the language name no one, though the lists
        // hold the first as a given name (es 0.7880 -> 0.7887, it 0.7057 -> 0.7063).
        boolean ordinaryPair = !english && n == 2
                && Morphology.lexicon(language.code()).ordinaryWord(first) && Morphology.lexicon(language.code()).ordinaryWord(last);
        Boolean givenName = compass || article || ordinaryPair ? null : gazetteer.firstName(first.norm());
        if (givenName == null && !english && n >= 2 && Morphology.of(language.code()).personNameOnly(first)) {
            // "Geert Sciot", "Milagros Poblador": the language's dictionary lists given names the lists of every language lack.
            givenName = false;
        }
        if (n <= 3 && Portfolios.portfolioBefore(text, first, language)) {
            return EntityType.MISC;
        }
        if ((givenName != null && n >= 2 && n <= (givenName ? 4 : 3) && (givenName || !words.isCommonWord(last.norm())))
                || personMentions.initialled(text, tokens, language) || isPersonCue(text, segment, language)
                || NameCues.titleBefore(text, first, language) || (!english && NameCues.surname(last, language))) {
            return EntityType.PERSON;
        }
        if (SportsTeams.plays(text, segment, false, language)) {
            return EntityType.ORGANIZATION;
        }
        if (language.capitalisesNouns()) {
            return EntityType.MISC;
        }
        EntityType listed = english ? null : listedType(segment, language);
        // English rules type one-word names better alone (CoNLL-2003: 0.796 without the other dictionaries' votes, 0.781
        // with, English words left out: Dole, Edberg, Derbyshire became places), and a name opening with an English
        // word is a brand before a person ("Red Bull").
        if (listed == null && (n == 1 ? !english : !words.isCommonWord(first.norm()))) {
            listed = ListedNames.type(segment, language);
            if (n == 1 && listed == EntityType.PERSON && NameCues.masculineArticleBefore(text, first, language)) {
                // "dell'Islam", "il Nobel", "della Rai" … "del Golan": the other languages' dictionaries list the word as a
                // person's name, but Italian writes no masculine article before a man's surname ("la Merkel" it does).
                listed = null;
            }
        }
        return listed == null ? EntityType.MISC : listed;
    }

    private static boolean titleInLowerCaseAfter(AnalyzedText text, Token word, LanguageProfile language) {
        int next = word.index() + 1;
        if (next >= text.tokens().size()) {
            return false;
        }
        Token title = text.tokens().get(next);
        return title.sentence() == word.sentence() && !title.capitalised() && text.gap(word, title).isBlank()
                && NameCues.isTitle(title, language);
    }

    /**
     * The language's dictionary holds the word as an ordinary word (in lower case, or as written as a common noun, as
     * German does), capitalised only where it opens a name or a sentence.
     */
    static boolean ordinaryWord(Token word, LanguageProfile language) {
        Morphology lexicon = Morphology.lexicon(language.code());
        return lexicon.ordinaryWord(word) || lexicon.capitalisedCommonNoun(word);
    }

    private static final Set<String> COMPASS_WORDS = Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western");

    /** "North Caucasus", "South China": a compass word before a known place names a part of it. */
    private boolean partOfAPlace(List<Token> tokens, LanguageProfile language) {
        Gazetteer.Known place = tokens.size() < 2 ? null : chunker.knownName(tokens.subList(1, tokens.size()), language);
        return place != null && place.type() == EntityType.LOCATION;
    }

    /**
     * "seized by the South during the war", "in the West": in English a compass noun after "the" with no name after it
     * is the region (of a divided country, of the world), as the CoNLL annotators read it; "the South Korean" is a
     * demonym's, "the Western" an adjective's.
     */
    private static boolean regionOfTheCompass(AnalyzedText text, Token word, LanguageProfile language) {
        int i = word.index();
        List<Token> tokens = text.tokens();
        if (!language.isEnglish() || word.text().endsWith("ern") || !COMPASS_WORDS.contains(word.text()) || i == 0
                || !tokens.get(i - 1).text().equals("the") || tokens.get(i - 1).sentence() != word.sentence()) {
            return false;
        }
        return i + 1 >= tokens.size() || tokens.get(i + 1).sentence() != word.sentence() || !tokens.get(i + 1).capitalised();
    }

    /** "Procter & Gamble", "Douglas & Lomason": names joined by an ampersand are a firm's. */
    private static boolean firm(List<Token> tokens) {
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (tokens.get(i).text().equals("&")) {
                return true;
            }
        }
        return false;
    }

    /** "TAJIK ARMY RETAKES TAVILDARA": a word in capitals beside other words in capitals is a headline's, no acronym. */
    private static boolean amongCapitals(AnalyzedText text, Token word) {
        List<Token> tokens = text.tokens();
        int i = word.index();
        return (i > 0 && wordInCapitals(tokens.get(i - 1), word)) || (i + 1 < tokens.size() && wordInCapitals(tokens.get(i + 1), word));
    }

    private static boolean wordInCapitals(Token neighbour, Token word) {
        return neighbour.sentence() == word.sentence() && neighbour.acronym() && neighbour.alphabetic();
    }

    /**
     * A capitalised common noun after a definite article ("el Gobierno", "la Junta", "o Governo", "de
     * Commissie") names the institution, as Spanish, Portuguese and Dutch capitalise a noun only for that
     * (Italian also writes "il Paese", "il Ministro" so: on KIND it cost as much precision as it gave
     * recall, so Italian is left out). An institution that speaks is still one ("de Commissie zei").
     */
    private static boolean institution(AnalyzedText text, Token word, LanguageProfile language) {
        return NameCues.definiteArticleBefore(text, word, language) && Morphology.of(language.code()).commonNounOnly(word);
    }

    /**
     * A name no gazetteer knows, typed by the language's part-of-speech dictionary: a one-word name by the
     * types it lists ("Rivaldo", "Petrobras"), a longer one as a person's when each of its words is listed as
     * a person's name ("Wim Kok").
     */
    private EntityType listedType(Segment segment, LanguageProfile language) {
        Morphology morphology = Morphology.of(language.code());
        if (!morphology.known()) {
            return null;
        }
        List<Token> tokens = segment.tokens();
        if (tokens.size() > 1) {
            return ListedNames.listedAsPeople(tokens, List.of(morphology)) ? EntityType.PERSON : null;
        }
        // Where the language's own dictionary lists a word as several kinds of name (Dutch: Clinton and Johnson as
        // places and surnames), the other languages' dictionaries decide, unless our lists know the word
        // (the city Palma, which Dutch and Portuguese list as a given name).
        if (morphology.capitalisedAdjectiveOrNoun(tokens.get(0))) {
            // "drie Franse luchtvaartmaatschappijen", "De Fransen lieten weten": a people's word, not the surname it also is.
            return null;
        }
        Set<EntityType> types = morphology.nameTypes(tokens.get(0));
        if (types.size() > 1 && gazetteer.lookup(Lexicon.key(tokens.get(0).norm())) == null) {
            EntityType voted = ListedNames.type(segment, language);
            if (types.contains(voted)) {
                return voted;
            }
        }
        return ListedNames.reading(types);
    }

    /** "US-Russia relations": both halves are known places, the compound itself is no new entity. */
    private boolean isCompoundOfKnownNames(Token token) {
        String[] parts = token.norm().split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (gazetteer.lookupAcronym(part) == null) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> OF_WORDS = Set.of("of", "at", "from", "in");

    boolean isPersonCue(AnalyzedText text, Segment segment, LanguageProfile language) {
        if (Portfolios.portfolioBefore(text, segment.first(), language)) {
            return false; // "el ministro de Defensa dijo": the minister speaks, not the ministry's name
        }
        return NameCues.ageAfter(text, segment)
                || (language.isEnglish() ? isPersonCue(text, segment) : reportingVerbs.around(text, segment.first(), segment.last(), language));
    }

    /** "Putin said", "Lavrov has said", "said Haley": only people (and speakers) report. */
    boolean isPersonCue(AnalyzedText text, Segment segment) {
        List<Token> tokens = text.tokens();
        int before = segment.first().index() - 1;
        boolean complement = before >= 0 && tokens.get(before).sentence() == segment.first().sentence()
                && OF_WORDS.contains(tokens.get(before).text());
        // "Jonas Berg of Nordbank said", "officials in Trenton said": the verb is Berg's, the officials'; a name after
        // "of"/"at"/"from"/"in" only completes the speaker.
        if (!complement && !segment.last().possessive() && reportingVerbs.follow(text, segment.last())) {
            return true;
        }
        return before >= 0 && tokens.get(before).sentence() == segment.first().sentence()
                && (tokens.get(before).text().equals("said") || tokens.get(before).text().equals("says"));
    }

    /**
     * "Minnesota Vikings", "Wolverhampton Wanderers", "Houston Texans": in English a known place and one capitalised plural
     * after it is a team, not a people or a place of its own.
     */
    private boolean teamOfPlace(List<Token> tokens, LanguageProfile language) {
        int n = tokens.size();
        if (n < 2 || n > 4 || !SportsTeams.nicknameAfterPlace(tokens.subList(0, n - 1), tokens.get(n - 1), gazetteer, language)) {
            return false;
        }
        Gazetteer.Known place = gazetteer.lookup(Lexicon.key(NameChunker.join(tokens.subList(0, n - 1))), language);
        return place != null && place.type() == EntityType.LOCATION;
    }

    /** "Real Madrid", "Dynamo Moscow", "Inter de Milán": a club's word before a known place. */
    private boolean clubOfPlace(List<Token> tokens, LanguageProfile language) {
        int place = SportsTeams.placeAfterClubWord(tokens);
        Gazetteer.Known known = place < 0 ? null : chunker.knownWord(tokens.get(place), language);
        return known != null && known.type() == EntityType.LOCATION;
    }
}
