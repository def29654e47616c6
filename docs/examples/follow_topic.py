#!/usr/bin/python3
"""Follow a Newswire topic with Confluent's Python client: the story events of one news topic, say.

    python3 docs/examples/follow_topic.py news.topic.disaster --from-beginning --max 5

Reads committed records only (Newswire writes exactly once, in transactions), decodes the Avro values
through the schema registry, and prints one JSON object per record with its partition and offset, so a
consumer can resume from an offset with --offset. Needs Debian's python3-confluent-kafka and python3-avro.
"""
import argparse
import base64
import datetime
import json

from confluent_kafka import Consumer, TopicPartition, OFFSET_BEGINNING
from confluent_kafka.avro import CachedSchemaRegistryClient
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(repr(value))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topic")
    parser.add_argument("--bootstrap-servers", default="localhost:9092")
    parser.add_argument("--schema-registry-url", default="http://localhost:8081")
    parser.add_argument("--group", default="newswire-example", help="consumer group; its committed offsets are where it resumes")
    parser.add_argument("--from-beginning", action="store_true", help="replay the topic from its first offset")
    parser.add_argument("--offset", type=int, help="replay partition 0 from this offset (with --partition for another)")
    parser.add_argument("--partition", type=int, default=0)
    parser.add_argument("--max", type=int, default=0, help="stop after this many records (0: follow for ever)")
    parser.add_argument("--idle-seconds", type=int, default=0, help="stop after this long without a record (0: never)")
    args = parser.parse_args()

    values = MessageSerializer(CachedSchemaRegistryClient({"url": args.schema_registry_url}))
    consumer = Consumer({
        "bootstrap.servers": args.bootstrap_servers,
        "group.id": args.group,
        # Only what committed transactions wrote: never an article or story event of an aborted attempt.
        "isolation.level": "read_committed",
        "auto.offset.reset": "earliest" if args.from_beginning else "latest",
        "enable.auto.commit": True,
    })
    if args.offset is not None:
        consumer.assign([TopicPartition(args.topic, args.partition, args.offset)])
    elif args.from_beginning:
        consumer.subscribe([args.topic], on_assign=lambda c, parts: c.assign(
            [TopicPartition(p.topic, p.partition, OFFSET_BEGINNING) for p in parts]))
    else:
        consumer.subscribe([args.topic])
    seen, idle = 0, 0
    try:
        while args.max == 0 or seen < args.max:
            message = consumer.poll(1.0)
            if message is None:
                idle += 1
                if args.idle_seconds and idle >= args.idle_seconds:
                    break
                continue
            idle = 0
            if message.error():
                raise SystemExit(str(message.error()))
            key = message.key().decode("utf-8") if message.key() else None
            # A null value on news.stories is a tombstone: the story was merged into another and is gone.
            value = values.decode_message(message.value()) if message.value() is not None else None
            print(json.dumps({"partition": message.partition(), "offset": message.offset(), "key": key, "value": value},
                             default=plain, ensure_ascii=False), flush=True)
            seen += 1
    finally:
        consumer.close()


if __name__ == "__main__":
    main()
