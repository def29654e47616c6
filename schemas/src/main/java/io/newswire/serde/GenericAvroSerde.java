package io.newswire.serde;

import io.newswire.registry.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Serde for records whose schema is only known at run time. */
public class GenericAvroSerde extends Serdes.WrapperSerde<GenericRecord> {

    public GenericAvroSerde() {
        super(new AvroSerializer<>(), new AvroDeserializer<>());
    }

    public GenericAvroSerde(SchemaRegistryClient registry) {
        super(new AvroSerializer<>(registry), new AvroDeserializer<>(registry, false));
    }
}
