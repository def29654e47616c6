package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanNounsTest {

    private static final Morphology GERMAN = Morphology.of("de");
    private final TextAnalyzer analyzer = new TextAnalyzer();

    private static List<MentionGroup> cleaned(MentionGroup group) {
        return GermanNouns.withoutCompounds(new java.util.ArrayList<>(List.of(group)), GERMAN, Gazetteer.get());
    }

    /** The German pass over one mention group that drops nouns the article writes as nouns. */
    private static List<MentionGroup> writtenAsNouns(AnalyzedText text, MentionGroup group) {
        return GermanNouns.withoutNounsWrittenAsNouns(text, new java.util.ArrayList<>(List.of(group)), GERMAN);
    }

    @Test
    void shouldDropAMiscNameThatIsACompoundOfANameAndACommonNoun() {
        AnalyzedText text = analyzer.analyze("", "Die US-Truppen bleiben im Land.");
        assertTrue(cleaned(Mentions.group(text, EntityType.MISC, "US-Truppen")).isEmpty());
    }

    @Test
    void shouldDropAHeadlinesNounThatTheArticleWritesAsANounElsewhere() {
        AnalyzedText text = analyzer.analyze("Elf Verletzte wegen Grill", "Die Familie hatte in der Wohnung einen Grill angezündet.");
        MentionGroup grill = Mentions.group(text, EntityType.LOCATION, "Grill");
        assertTrue(writtenAsNouns(text, grill).isEmpty());
    }

    @Test
    void shouldDropACompoundOfARoleStandingAlone() {
        AnalyzedText text = analyzer.analyze("", "Der Behördenchef sprach am Montag.");
        MentionGroup chief = Mentions.group(text, EntityType.PERSON, "Behördenchef");
        assertTrue(writtenAsNouns(text, chief).isEmpty());
    }

    @Test
    void shouldDropAOneWordPersonThatIsACommonNoun() {
        AnalyzedText text = analyzer.analyze("", "Am Donnerstag stellen beide Parteien das Regierungsprogramm vor.");
        MentionGroup programme = Mentions.group(text, EntityType.PERSON, "Regierungsprogramm");
        assertTrue(writtenAsNouns(text, programme).isEmpty());
    }

    @Test
    void shouldKeepAOneWordPersonThatARoleNames() {
        AnalyzedText text = analyzer.analyze("", "Der Ball ging an Löwen-Keeper Hofmann vorbei.");
        MentionGroup keeper = Mentions.group(text, EntityType.PERSON, "Hofmann");
        assertEquals(1, writtenAsNouns(text, keeper).size());
    }

    @Test
    void shouldDropAHeadlinesNounReadAsAPlaceThoughTheArticleNeverWritesIt() {
        AnalyzedText text = analyzer.analyze("Partei legt in Umfragen zu", "Die Partei gewann am Sonntag.");
        MentionGroup polls = Mentions.group(text, EntityType.LOCATION, "Umfragen");
        assertTrue(writtenAsNouns(text, polls).isEmpty());
    }

    @Test
    void shouldDropACompoundNounReadAsAPlaceWhoseHeadEndsNoTown() {
        AnalyzedText text = analyzer.analyze("", "Ein Mann in Militäruniform wurde festgenommen.");
        MentionGroup uniform = Mentions.group(text, EntityType.LOCATION, "Militäruniform");
        assertTrue(GermanNouns.withoutNounsReadAsPlaces(new java.util.ArrayList<>(List.of(uniform)), GERMAN).isEmpty());
    }

    @Test
    void shouldKeepAPlaceWhoseHeadEndsTownsToo() {
        AnalyzedText text = analyzer.analyze("", "Das Fest fand in Unterkleinkirchen statt.");
        MentionGroup village = Mentions.group(text, EntityType.LOCATION, "Unterkleinkirchen");
        assertEquals(1, GermanNouns.withoutNounsReadAsPlaces(new java.util.ArrayList<>(List.of(village)), GERMAN).size());
    }

    @Test
    void shouldKeepAPersonWhoseFullNameTheArticleGives() {
        AnalyzedText text = analyzer.analyze("Streit um Grill", "Der Abgeordnete Kurt Grill stritt lange.");
        MentionGroup grill = Mentions.group(text, EntityType.PERSON, "Grill");
        grill.segments.add(Mentions.segment(text, "Kurt", "Grill"));
        assertEquals(1, writtenAsNouns(text, grill).size());
    }

    @Test
    void shouldTakeARoleCompoundOffThePersonNamedAfterIt() {
        AnalyzedText text = analyzer.analyze("", "FDP-Chef Guido Westerwelle sprach am Montag.");
        List<MentionGroup> groups = cleaned(Mentions.group(text, EntityType.ORGANIZATION, "FDP-Chef", "Guido", "Westerwelle"));
        assertEquals(EntityType.PERSON, groups.get(0).type);
        assertEquals("Guido Westerwelle", groups.get(0).canonical);
    }

    @Test
    void shouldTakeARoleNounOffTheFrontOfAPersonsName() {
        AnalyzedText text = analyzer.analyze("", "Der Opernregisseur Harry Kupfer ist tot.");
        assertEquals("Harry Kupfer", cleaned(Mentions.group(text, EntityType.PERSON, "Opernregisseur", "Harry", "Kupfer")).get(0).segments.get(0).surface());
    }

    @Test
    void shouldKeepAOneWordSurnameThatIsAlsoANoun() {
        AnalyzedText text = analyzer.analyze("", "Trainer Hans Fischer lobte das Team.");
        assertEquals("Hans Fischer", cleaned(Mentions.group(text, EntityType.PERSON, "Hans", "Fischer")).get(0).segments.get(0).surface());
    }

    @Test
    void shouldKeepACompoundTypedAsAPlace() {
        AnalyzedText text = analyzer.analyze("", "Die Osnatel-Arena war voll.");
        assertEquals(1, cleaned(Mentions.group(text, EntityType.LOCATION, "Osnatel-Arena")).size());
    }

    @Test
    void shouldKeepABuildingNamedAfterAPerson() {
        AnalyzedText text = analyzer.analyze("", "Sie trafen sich im Konrad-Adenauer-Haus.");
        assertEquals(1, cleaned(Mentions.group(text, EntityType.MISC, "Konrad-Adenauer-Haus")).size());
    }

    @Test
    void shouldReadTheHeadOfACompoundByItsLongestKnownEnding() {
        assertTrue(GERMAN.commonNounHead("EU-Kommissionspräsidentin"));
        assertTrue(!GERMAN.commonNounHead("Tel-Aviv"));
    }
}
