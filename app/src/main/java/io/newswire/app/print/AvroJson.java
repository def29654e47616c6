package io.newswire.app.print;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Renders Avro records (generic, or specific with logical-type conversions) as plain JSON for people and scripts: unions unwrapped, timestamps and
 * dates as ISO-8601 strings, bytes as UTF-8 text when they are text, else base64.
 */
public final class AvroJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AvroJson() {
    }

    public static JsonNode toJson(Object value, Schema schema) {
        if (value == null) {
            return NODES.nullNode();
        }
        LogicalType logical = schema.getLogicalType();
        switch (schema.getType()) {
            case UNION:
                List<Schema> branches = schema.getTypes().stream().filter(b -> b.getType() != Schema.Type.NULL).toList();
                return toJson(value, branches.size() == 1 ? branches.get(0)
                        : schema.getTypes().get(GenericData.get().resolveUnion(schema, value)));
            case RECORD:
                GenericRecord record = (GenericRecord) value;
                ObjectNode object = NODES.objectNode();
                for (Schema.Field field : schema.getFields()) {
                    object.set(field.name(), toJson(record.get(field.pos()), field.schema()));
                }
                return object;
            case ARRAY:
                ArrayNode array = NODES.arrayNode();
                ((Collection<?>) value).forEach(item -> array.add(toJson(item, schema.getElementType())));
                return array;
            case MAP:
                ObjectNode map = NODES.objectNode();
                ((Map<?, ?>) value).forEach((k, v) -> map.set(k.toString(), toJson(v, schema.getValueType())));
                return map;
            case LONG:
                if (value instanceof Instant instant) {
                    return NODES.textNode(instant.toString());
                }
                if (logical != null && logical.getName().equals("timestamp-millis")) {
                    return NODES.textNode(Instant.ofEpochMilli((Long) value).toString());
                }
                return NODES.numberNode((Long) value);
            case INT:
                if (value instanceof LocalDate date) {
                    return NODES.textNode(date.toString());
                }
                if (logical != null && logical.getName().equals("date")) {
                    return NODES.textNode(LocalDate.ofEpochDay((Integer) value).toString());
                }
                return NODES.numberNode((Integer) value);
            case BYTES:
                return bytes((ByteBuffer) value);
            case BOOLEAN:
                return NODES.booleanNode((Boolean) value);
            case FLOAT:
                return NODES.numberNode((Float) value);
            case DOUBLE:
                return NODES.numberNode((Double) value);
            default:
                return NODES.textNode(value.toString());
        }
    }

    private static JsonNode bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        try {
            return NODES.textNode(java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return NODES.textNode("base64:" + Base64.getEncoder().encodeToString(bytes));
        }
    }
}
