package io.newswire.streams.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.avro.Article;
import io.newswire.avro.Entity;
import io.newswire.avro.EntityRecord;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.InMemorySchemaRegistryClient;
import io.newswire.topics.NewswireTopics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

    private static final Instant T0 = Instant.parse("2024-06-03T08:00:00Z");

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final Serde<EntityRecord> serde = NewswireTopics.from(NewswireConfig.defaults(Map.of()), new InMemorySchemaRegistryClient())
            .storeSerde();
    private final KeyValueStore<CatalogueKey, EntityRecord> catalogue = store("catalogue", serde);
    private final EntityLinker linker = new EntityLinker(catalogue, store("names", Serdes.String()));

    private <V> KeyValueStore<CatalogueKey, V> store(String name, Serde<V> values) {
        KeyValueStore<CatalogueKey, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), CatalogueKey.serde(), values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private static Entity entity(String id, String name, String type) {
        return Entity.newBuilder().setId(id).setName(name).setType(type).setSurfaceForms(new ArrayList<>(List.of(name)))
                .setMentions(1).setSalience(1.0).build();
    }

    private static Article article(Entity... entities) {
        return article("en", entities);
    }

    private static Article article(String language, Entity... entities) {
        return Article.newBuilder().setId("a").setSource("s").setTitle("t").setBody("b").setIngestedAt(T0).setLanguage(language)
                .setEntities(new ArrayList<>(List.of(entities))).build();
    }

    private Entity linked(Entity entity) {
        return linked("en", entity);
    }

    private Entity linked(String language, Entity entity) {
        Article article = article(language, entity);
        linker.link(article, T0);
        return article.getEntities().get(0);
    }

    private static Entity[] salientPlacesThen(Entity ninth) {
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < EntityLinker.ALWAYS_LEARNED; i++) {
            entities.add(entity("place-" + i, "Place " + i, "LOCATION"));
        }
        entities.add(ninth);
        return entities.toArray(Entity[]::new);
    }

    @Test
    void shouldNotLearnAPassingMentionBelowTheMostSalientEntities() {
        linker.link(article(salientPlacesThen(entity("anna-berg", "Anna Berg", "PERSON"))), T0);
        assertEquals(null, catalogue.get(new CatalogueKey("en", "anna-berg")));
    }

    @Test
    void shouldLearnAnEntityBelowTheMostSalientWhenTheArticleNamesItTwice() {
        Entity twice = entity("anna-berg", "Anna Berg", "PERSON");
        twice.setMentions(2);
        linker.link(article(salientPlacesThen(twice)), T0);
        assertEquals("Anna Berg", catalogue.get(new CatalogueKey("en", "anna-berg")).getName());
    }

    @Test
    void shouldLinkASurnameToTheFullNameAlreadyKnown() {
        linked(entity("vladimir-putin", "Vladimir Putin", "PERSON"));
        Entity surname = linked(entity("putin", "Putin", "MISC"));
        assertEquals("vladimir-putin", surname.getId());
        assertEquals("Vladimir Putin", surname.getName());
    }

    @Test
    void shouldLinkAGermanGenitiveOfASurnameToTheFullNameAlreadyKnown() {
        linked("de", entity("donald-trump", "Donald Trump", "PERSON"));
        assertEquals("donald-trump", linked("de", entity("trumps", "Trumps", "PERSON")).getId());
    }

    @Test
    void shouldNotTakeAWordEndingInSForAGenitiveWhereTheLanguageWritesNone() {
        linked("en", entity("donald-trump", "Donald Trump", "PERSON"));
        assertEquals("trumps", linked("en", entity("trumps", "Trumps", "PERSON")).getId());
    }

    @Test
    void shouldMakeAnEarlierSurnameAnAliasOfTheFullNameThatFollows() {
        linked(entity("putin", "Putin", "PERSON"));
        linked(entity("vladimir-putin", "Vladimir Putin", "PERSON"));
        assertEquals("vladimir-putin", catalogue.get(new CatalogueKey("en", "putin")).getAliasOf());
        assertEquals("vladimir-putin", linked(entity("putin", "Putin", "PERSON")).getId());
    }

    @Test
    void shouldResolveANameOnlyAgainstTheCatalogueOfItsOwnLanguage() {
        linked("en", entity("vladimir-putin", "Vladimir Putin", "PERSON"));
        assertEquals("putin", linked("de", entity("putin", "Putin", "PERSON")).getId());
        assertEquals("vladimir-putin", linked("en", entity("putin", "Putin", "PERSON")).getId());
    }

    @Test
    void shouldKeepOneRecordPerLanguageForAnEntityNamedInTwo() {
        linked("en", entity("germany", "Germany", "LOCATION"));
        linked("de", entity("germany", "Germany", "LOCATION"));
        assertEquals(1, catalogue.get(new CatalogueKey("en", "germany")).getArticles());
        assertEquals("de", catalogue.get(new CatalogueKey("de", "germany")).getLanguage());
    }

    @Test
    void shouldLearnTheWordsArticlesUsedForAnEntityAsItsAliases() {
        Entity germany = entity("germany", "Germany", "LOCATION");
        germany.setSurfaceForms(new ArrayList<>(List.of("Deutschland")));
        linked("de", germany);
        assertEquals(List.of("Deutschland"), catalogue.get(new CatalogueKey("de", "germany")).getAliases());
    }

    @Test
    void shouldLinkFirstAndLastNameToTheFullNameWithAMiddleName() {
        linked(entity("george-w-bush", "George W. Bush", "PERSON"));
        assertEquals("george-w-bush", linked(entity("george-bush", "George Bush", "PERSON")).getId());
    }

    @Test
    void shouldNotReadAPlaceAsThePersonWithThatSurname() {
        linked(entity("michael-jordan", "Michael Jordan", "PERSON"));
        assertEquals("jordan", linked(entity("jordan", "Jordan", "LOCATION")).getId());
    }

    @Test
    void shouldTypeAnEntityByTheVotesOfItsArticles() {
        linked(entity("samsung", "Samsung", "ORGANIZATION"));
        linked(entity("samsung", "Samsung", "ORGANIZATION"));
        Entity guessedOtherwise = linked(entity("samsung", "Samsung", "PERSON"));
        assertEquals("samsung", guessedOtherwise.getId());
        assertEquals("ORGANIZATION", guessedOtherwise.getType());
    }

    @Test
    void shouldPublishAnEntityFromItsSecondArticleOnWhenItsCountDoubles() {
        List<Integer> published = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            if (!linker.link(article(entity("lindenholm", "Lindenholm", "LOCATION")), T0).isEmpty()) {
                published.add(i);
            }
        }
        assertEquals(List.of(2, 4), published);
    }

    @Test
    void shouldMergeTwoMentionsThatResolveToOneEntity() {
        linked(entity("vladimir-putin", "Vladimir Putin", "PERSON"));
        Article article = article(entity("vladimir-putin", "Vladimir Putin", "PERSON"), entity("putin", "Putin", "PERSON"));
        linker.link(article, T0);
        assertEquals(1, article.getEntities().size());
        assertEquals(2, article.getEntities().get(0).getMentions());
    }

    @Test
    void shouldLinkASurnameOnceTheVotesMakeTheFullNameAPerson() {
        linked(entity("donald-trump", "Donald Trump", "MISC"));
        assertEquals("trump", linked(entity("trump", "Trump", "MISC")).getId());
        linked(entity("donald-trump", "Donald Trump", "PERSON"));
        linked(entity("donald-trump", "Donald Trump", "PERSON"));
        assertEquals("donald-trump", linked(entity("trump", "Trump", "MISC")).getId());
    }

    private void linkedIn(int articles, Entity entity) {
        for (int i = 0; i < articles; i++) {
            Entity copy = Entity.newBuilder(entity).setSurfaceForms(new ArrayList<>(entity.getSurfaceForms())).build();
            Article article = article("en", copy);
            article.setId("article-" + i);
            linker.link(article, T0.plusSeconds(i));
        }
    }

    @Test
    void shouldCountEveryArticleWhileTheCountIsSmall() {
        linkedIn((int) ArticleCountSampler.EXACT, entity("anna-berg", "Anna Berg", "PERSON"));
        assertEquals(ArticleCountSampler.EXACT, catalogue.get(new CatalogueKey("en", "anna-berg")).getArticles());
    }

    @Test
    void shouldEstimateTheCountOfAnEntityInManyArticles() {
        linkedIn(1000, entity("anna-berg", "Anna Berg", "PERSON"));
        long estimate = catalogue.get(new CatalogueKey("en", "anna-berg")).getArticles();
        assertTrue(estimate >= 600 && estimate <= 1400, "estimate " + estimate);
    }

    @Test
    void shouldLearnANewNameFromAnArticleTheCountDoesNotSample() {
        linkedIn(1000, entity("anna-berg", "Anna Berg", "PERSON"));
        Entity variant = entity("anna-berg", "Anna Berg", "PERSON");
        variant.setSurfaceForms(new ArrayList<>(List.of("Anna Berg", "Frau Berg")));
        linkedIn(1, variant);
        assertTrue(catalogue.get(new CatalogueKey("en", "anna-berg")).getAliases().contains("Frau Berg"));
    }
}
