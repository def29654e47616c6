package io.newswire.streams.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswire.avro.StoryEntity;
import io.newswire.avro.StoryLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAccumulatorTest {

    private static StoryEntity entity(String id, String type, Double latitude, Double longitude) {
        return new StoryEntity(id, id, type, 1.0, latitude == null ? null : "DE", latitude, longitude);
    }

    @Test
    void shouldLocateAStoryAtItsMostSalientPlaceWithCoordinates() {
        StoryLocation location = StoryAccumulator.location(List.of(entity("olaf-scholz", "PERSON", null, null),
                entity("lindenholm", "LOCATION", null, null), entity("berlin", "LOCATION", 52.52, 13.41), entity("germany", "LOCATION", 51.0, 9.0)));
        assertEquals("berlin", location.getEntityId());
        assertEquals(52.52, location.getLatitude(), 1e-9);
        assertEquals("DE", location.getCountryCode());
    }

    @Test
    void shouldLeaveAStoryWithoutAKnownPlaceUnlocated() {
        assertNull(StoryAccumulator.location(List.of(entity("olaf-scholz", "PERSON", null, null), entity("lindenholm", "LOCATION", null, null))));
    }
}
