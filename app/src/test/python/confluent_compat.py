#!/usr/bin/python3
"""Confluent's own Python client against Newswire's registry endpoint and topics.

consume BOOTSTRAP REGISTRY TOPIC N   prints N decoded values as JSON lines (read_committed)
produce BOOTSTRAP REGISTRY TOPIC SCHEMA_FILE  writes one Article with AvroProducer, prints its id
"""
import base64
import datetime
import json
import sys

from confluent_kafka import Consumer
from confluent_kafka.avro import AvroProducer, CachedSchemaRegistryClient, loads
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(repr(value))


def consume(bootstrap, registry, topic, count):
    serializer = MessageSerializer(CachedSchemaRegistryClient({"url": registry}))
    consumer = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": "confluent-compat-check",
        "auto.offset.reset": "earliest",
        "isolation.level": "read_committed",
        "enable.auto.commit": False,
    })
    consumer.subscribe([topic])
    seen = 0
    idle = 0
    try:
        while seen < count and idle < 60:
            message = consumer.poll(1.0)
            if message is None:
                idle += 1
                continue
            if message.error():
                raise SystemExit("consume error: %s" % message.error())
            value = serializer.decode_message(message.value())
            print(json.dumps({"key": message.key().decode("utf-8"), "value": value}, default=plain), flush=True)
            seen += 1
    finally:
        consumer.close()
    if seen < count:
        raise SystemExit("only %d of %d records arrived" % (seen, count))


def produce(bootstrap, registry, topic, schema_file):
    with open(schema_file, encoding="utf-8") as f:
        schema = loads(f.read())
    producer = AvroProducer({"bootstrap.servers": bootstrap, "schema.registry.url": registry},
                            default_value_schema=schema)
    article = {
        "id": "python-1",
        "source": "confluent-python",
        "url": None,
        "title": "Written by Confluent's AvroProducer",
        "published_date": datetime.date(2024, 2, 29),
        "published_at": datetime.datetime(2024, 2, 29, 12, 30, tzinfo=datetime.timezone.utc),
        "published_zone": "UTC",
        "section": "Tests",
        "authors": ["Ada Byron", "Grace Hopper"],
        "body": "Leap-day text with a curly quote \u201cinside\u201d.",
        "ingested_at": datetime.datetime(2024, 2, 29, 13, 0, tzinfo=datetime.timezone.utc),
        "event_time": datetime.datetime(2024, 2, 29, 12, 30, tzinfo=datetime.timezone.utc),
        "text_warnings": [],
        "language": "en",
        "language_confidence": 0.97,
        "entities": [{"id": "ada-byron", "name": "Ada Byron", "type": "PERSON",
                      "surface_forms": ["Ada Byron", "Byron"], "mentions": 2, "salience": 1.0,
                      "titles": ["Countess"], "refers_to": None}],
        "keywords": [{"term": "leap", "score": 1.0}],
        "categories": [{"code": "science", "label": "science and technology", "score": 0.5}],
        "tone": {"positive": 1.5, "negative": 0.5, "polarity": 1.0, "score": 2.0, "word_count": 8},
        "quotations": [{"text": "inside", "speaker": "Ada Byron", "speaker_id": "ada-byron", "verb": "said", "partial": True}],
        "fingerprint": None,
        "duplicate_of": None,
        "duplicate_similarity": None,
        "shared_text_share": None,
        "shared_passages": [],
        "story_id": None,
    }
    producer.produce(topic=topic, value=article, key=None)
    if producer.flush(30) != 0:
        raise SystemExit("AvroProducer did not deliver within 30 s")
    print(article["id"])


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "consume":
        consume(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    elif mode == "produce":
        produce(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    else:
        raise SystemExit("unknown mode " + mode)
