package io.newswire.serde;

import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClients;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent wire-format Avro. With {@code specific.avro.reader=true} records come back as
 * generated classes, resolved against the class's own schema so older writers stay readable.
 */
public class AvroDeserializer<T> implements Deserializer<T> {

    private SchemaRegistryClient registry;
    private boolean specific;
    private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    /** For Kafka's reflective instantiation: the registry comes from {@code schema.registry.url}. */
    public AvroDeserializer() {
    }

    public AvroDeserializer(SchemaRegistryClient registry, boolean specific) {
        this.registry = registry;
        this.specific = specific;
        TrustedAvroPackages.register();
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        specific = SerdeConfig.flag(configs, SerdeConfig.SPECIFIC_AVRO_READER, specific);
        if (registry == null) {
            registry = SchemaRegistryClients.fromConfigs(configs);
        }
        TrustedAvroPackages.register();
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (registry == null) {
            throw new SerializationException("AvroDeserializer used before configure(): no schema registry");
        }
        ByteBuffer buffer = WireFormat.payload(data);
        int id = buffer.getInt();
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(
                    data, buffer.position(), buffer.remaining(), null);
            return (T) readerFor(id).read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Could not deserialize Avro record with schema id " + id + " from " + topic + ": " + e.getMessage(), e);
        }
    }

    private DatumReader<Object> readerFor(int id) {
        return readers.computeIfAbsent(id, i -> {
            Schema writer = registry.getById(i);
            if (!specific) {
                return new GenericDatumReader<>(writer, writer, GenericData.get());
            }
            SpecificData model = SpecificData.getForSchema(writer);
            Class<?> type = model.getClass(writer);
            if (type == null) {
                throw new SerializationException("No generated class for " + writer.getFullName() + " (specific.avro.reader=true)");
            }
            Schema reader = model.getSchema(type);
            return new SpecificDatumReader<>(writer, reader, model);
        });
    }
}
