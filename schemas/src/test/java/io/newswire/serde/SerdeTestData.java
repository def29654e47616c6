package io.newswire.serde;

import io.newswire.avro.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

final class SerdeTestData {

    private SerdeTestData() {
    }

    static Article article() {
        return Article.newBuilder()
                .setId("https://example.org/harbour-bridge")
                .setSource("coastal-herald")
                .setUrl("https://example.org/harbour-bridge")
                .setTitle("Harbour bridge reopens after storm repairs")
                .setPublishedDate(LocalDate.of(2024, 3, 9))
                .setPublishedAt(Instant.parse("2024-03-09T08:30:00Z"))
                .setPublishedZone("+01:00")
                .setSection("Local")
                .setAuthors(List.of("Ines Moreau"))
                .setBody("The bridge reopened on Saturday.")
                .setIngestedAt(Instant.parse("2024-03-09T09:00:00Z"))
                .build();
    }
}
