package io.newswire.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void shouldGiveTheSameContentIdWhateverTheWhitespace() {
        assertEquals(ArticleIds.contentId("Port strike ends.\n\nCrews are back."), ArticleIds.contentId("  Port strike ends. Crews\tare back. "));
    }

    @Test
    void shouldNameTheOutletByItsHostWithoutWww() {
        assertEquals(Optional.of("lemonde.fr"), ArticleIds.outlet("https://www.LeMonde.fr/international/article/x.html"));
    }

    @Test
    void shouldNameTheArchivedPagesOutletForAWaybackCopy() {
        assertEquals(Optional.of("wnp.pl"), ArticleIds.outlet("https://web.archive.org/web/20200102210450id_/https:/www.wnp.pl/rynki/x,364103.html"));
    }

    @Test
    void shouldNameNoOutletForAnAddressWithoutHost() {
        assertEquals(Optional.empty(), ArticleIds.outlet("not a url"));
    }
}
