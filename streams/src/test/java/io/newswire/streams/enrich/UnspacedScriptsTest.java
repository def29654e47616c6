package io.newswire.streams.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnspacedScriptsTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private List<String> words(String body) {
        return analyzer.analyze("", body).bodyTokens().stream().map(Token::text).toList();
    }

    @Test
    void shouldCutAChineseRunIntoWords() {
        List<String> words = words("中国总理在北京会见德国总理。");
        assertTrue(words.containsAll(List.of("中国", "北京", "德国", "总理")), words.toString());
    }

    @Test
    void shouldJoinTheKatakanaPiecesOfAForeignName() {
        assertTrue(words("東京でマクロン大統領と会談した。").contains("マクロン"));
    }

    @Test
    void shouldCutThaiIntoWords() {
        List<String> words = words("ประเทศไทยและญี่ปุ่นลงนามข้อตกลง");
        assertTrue(words.size() > 3 && words.contains("และ"), words.toString());
    }

    @Test
    void shouldNumberTheWordsOfASentenceInOrder() {
        List<Token> tokens = analyzer.analyze("", "德国总理会见中国总理。").bodyTokens();
        for (int k = 0; k < tokens.size(); k++) {
            assertEquals(k, tokens.get(k).position());
        }
    }

    @Test
    void shouldLeaveScriptsWrittenWithSpacesToTheWordScanner() {
        assertFalse(UnspacedScripts.holds("Berlin Москва القاهرة", 0, 20));
    }

    @Test
    void shouldTellAWordInHiraganaAlone() {
        assertTrue(UnspacedScripts.hiraganaOnly("した"));
        assertFalse(UnspacedScripts.hiraganaOnly("会談"));
    }
}
