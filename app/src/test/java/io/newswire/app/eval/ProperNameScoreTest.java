package io.newswire.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProperNameScoreTest {

    private static final String TAGGED = "\tThe/at Bank/nn-tl of/in-tl Lindholm/np-tl said/vbd Mrs./np Varga/np left/vbd ./.\n";

    @Test
    void shouldRebuildPlainTextWithWordOffsets() {
        TaggedText text = TaggedText.parse(TAGGED);
        assertEquals("The Bank of Lindholm said Mrs. Varga left.", text.text());
        TaggedText.Word varga = text.words().get(6);
        assertEquals("Varga", text.text().substring(varga.start(), varga.end()));
    }

    @Test
    void shouldTreatProperAndTitleTagsAsGold() {
        assertEquals(true, TaggedText.isGold("np$"));
        assertEquals(true, TaggedText.isGold("in-tl"));
        assertEquals(false, TaggedText.isGold("vbd"));
    }

    @Test
    void shouldScoreStrictAndLenient() {
        TaggedText text = TaggedText.parse("\tBank/nn-tl and/cc Trust/nn-tl said/vbd Varga/np left/vbd\n");
        ProperNameScore score = new ProperNameScore();
        // predicted: Bank, and, Trust, said  → "and" sits inside a gold name, "said" is wrong; Varga missed.
        score.add(text, new boolean[] {true, true, true, true, false, false});
        assertEquals(0.5, score.precision());
        assertEquals(2 / 3.0, score.recall(), 1e-9);
        assertEquals(0.75, score.lenientPrecision());
    }

    @Test
    void shouldCountOnlyProperNounsInTheStricterView() {
        TaggedText text = TaggedText.parse(TAGGED);
        ProperNameScore properNouns = new ProperNameScore(TaggedText.Word::properNoun);
        // predicted: Bank, of, Lindholm, Mrs., Varga; gold in this view: Lindholm, Mrs., Varga (np, np-tl), not Bank or of.
        properNouns.add(text, new boolean[] {false, true, true, true, false, true, true, false, false});
        assertEquals(3 / 5.0, properNouns.precision(), 1e-9);
        assertEquals(1.0, properNouns.recall(), 1e-9);
    }

    @Test
    void shouldPredictEveryCapitalisedWordAsTheBaseline() {
        TaggedText text = TaggedText.parse(TAGGED);
        assertEquals(java.util.List.of("The", "Bank", "Lindholm", "Mrs.", "Varga"),
                text.words().stream().filter(TaggedText.Word::capitalised).map(TaggedText.Word::word).toList());
    }
}
