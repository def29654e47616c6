package io.newswire.serde;

import io.newswire.registry.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Serde for generated Avro classes. */
public class SpecificAvroSerde<T extends SpecificRecord> extends Serdes.WrapperSerde<T> {

    public SpecificAvroSerde() {
        super(new AvroSerializer<>(), new AvroDeserializer<>());
    }

    public SpecificAvroSerde(SchemaRegistryClient registry) {
        super(new AvroSerializer<>(registry), new AvroDeserializer<>(registry, true));
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> specificConfigs = new HashMap<>(configs);
        specificConfigs.put(SerdeConfig.SPECIFIC_AVRO_READER, true);
        super.configure(specificConfigs, isKey);
    }
}
