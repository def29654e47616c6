package io.newswire.streams.enrich;

/** The entity types we extract; MISC is a proper name whose type the text does not settle. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
