package io.newswire.streams.enrich;

/**
 * The entity types we extract; MISC is a proper name whose type the text does not settle; NORP (as in
 * OntoNotes) is a nationality, religious or political group: "American", "Catholics", "Democrats".
 */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, NORP, MISC
}
