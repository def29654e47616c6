package io.newswire.serde;

import io.newswire.registry.SchemaRegistryClient;
import io.newswire.registry.SchemaRegistryClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/** Writes specific or generic Avro records in the Confluent wire format, registering schemas by TopicNameStrategy. */
public class AvroSerializer<T> implements Serializer<T> {

    private SchemaRegistryClient registry;
    private boolean autoRegister = true;
    private boolean isKey;
    private int maxValueBytes = SerdeConfig.maxValueBytes(Map.of());
    private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();
    private BinaryEncoder reusableEncoder;

    /** For Kafka's reflective instantiation: the registry comes from {@code schema.registry.url}. */
    public AvroSerializer() {
    }

    public AvroSerializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        this.autoRegister = SerdeConfig.flag(configs, SerdeConfig.AUTO_REGISTER_SCHEMAS, true);
        this.maxValueBytes = SerdeConfig.maxValueBytes(configs);
        if (registry == null) {
            registry = SchemaRegistryClients.fromConfigs(configs);
        }
        // Specific records are resolved by class name; Avro refuses classes outside trusted packages.
        TrustedAvroPackages.register();
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        if (!(data instanceof GenericContainer container)) {
            throw new SerializationException("Only Avro records can be serialized, got " + data.getClass().getName());
        }
        if (registry == null) {
            throw new SerializationException("AvroSerializer used before configure(): no schema registry");
        }
        Schema schema = container.getSchema();
        String subject = SerdeConfig.subject(topic, isKey);
        try {
            int id = autoRegister ? registry.register(subject, schema) : registry.lookupId(subject, schema);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(WireFormat.MAGIC_BYTE);
            out.write(ByteBuffer.allocate(4).putInt(id).array());
            synchronized (this) {
                reusableEncoder = EncoderFactory.get().binaryEncoder(out, reusableEncoder);
                writerFor(schema, data).write(data, reusableEncoder);
                reusableEncoder.flush();
            }
            if (out.size() > maxValueBytes) {
                throw new RecordTooLargeForProducerException(schema.getFullName() + " for " + topic + " is " + out.size()
                        + " bytes serialized, over the " + maxValueBytes + " bytes a producer with max.request.size accepts");
            }
            return out.toByteArray();
        } catch (RecordTooLargeForProducerException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Could not serialize " + schema.getFullName() + " for subject " + subject + ": " + e.getMessage(), e);
        }
    }

    private DatumWriter<Object> writerFor(Schema schema, Object data) {
        return writers.computeIfAbsent(schema, s -> data instanceof SpecificRecord
                ? new SpecificDatumWriter<>(s, SpecificData.getForSchema(s))
                : new GenericDatumWriter<>(s, GenericData.get()));
    }

    /**
     * A value no producer would send. Thrown here rather than left to the producer because, inside a
     * transaction, a send the producer refuses poisons the whole transaction whatever the exception
     * handler decides; a serialization error is handled before the producer ever sees the record.
     */
    public static final class RecordTooLargeForProducerException extends SerializationException {
        RecordTooLargeForProducerException(String message) {
            super(message);
        }
    }
}
