package io.newswire.registry;

import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry API that serdes need.
 * Implementations cache: ids and schemas never change once assigned.
 */
public interface SchemaRegistryClient {

    /** Registers the schema under the subject (idempotent) and returns its global id. */
    int register(String subject, Schema schema);

    /** Returns the id of a schema already registered under the subject; fails if it is not. */
    int lookupId(String subject, Schema schema);

    /** Returns the schema with the given global id. */
    Schema getById(int id);

    /** Fails fast, naming the address, when the registry cannot be reached or refuses the credentials. */
    default void ping() {
    }
}
