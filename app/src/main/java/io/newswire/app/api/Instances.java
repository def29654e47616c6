package io.newswire.app.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreType;

/**
 * Which instance owns a key (Kafka Streams' query metadata, from each instance's {@code application.server}),
 * this instance's stores, and requests to the others. Every instance can answer every request this way.
 */
final class Instances {

    /** Marks a request one instance made to another, so it is answered locally and never forwarded again. */
    static final String FORWARDED_HEADER = "X-Newswire-Forwarded";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<KafkaStreams> streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json;

    Instances(Supplier<KafkaStreams> streams, HostInfo self, ObjectMapper json) {
        this.streams = streams;
        this.self = self;
        this.json = json;
    }

    /** @return the instance owning {@code key} in {@code store}, or empty when it is this one */
    Optional<HostInfo> ownerOf(String store, String key) {
        KeyQueryMetadata metadata = running().queryMetadataForKey(store, key, Serdes.String().serializer());
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            throw new UnavailableException("no instance owns " + store + " yet (starting or rebalancing)");
        }
        return metadata.activeHost().equals(self) ? Optional.empty() : Optional.of(metadata.activeHost());
    }

    /** The other instances that host part of {@code store}. */
    List<HostInfo> others(String store) {
        return running().streamsMetadataForStore(store).stream().map(StreamsMetadata::hostInfo)
                .filter(host -> !host.equals(self)).distinct().toList();
    }

    /** Whether this instance holds a part of {@code store}: one without any has nothing to query locally. */
    boolean hosts(String store) {
        return running().streamsMetadataForStore(store).stream().anyMatch(metadata -> metadata.hostInfo().equals(self));
    }

    /** This instance's part of a store (all of it for a global store). */
    <T> T local(String store, QueryableStoreType<T> type) {
        try {
            return running().store(StoreQueryParameters.fromNameAndType(store, type));
        } catch (InvalidStateStoreException e) {
            throw new UnavailableException(store + " is not queryable right now: " + e.getMessage());
        }
    }

    private KafkaStreams running() {
        KafkaStreams current = streams.get();
        if (current == null || current.state() != KafkaStreams.State.RUNNING) {
            throw new UnavailableException("stream processors are " + (current == null ? "not started" : current.state()));
        }
        return current;
    }

    /** GET on another instance; a status other than 200 comes back as {@link Remote#status()}. */
    Remote get(HostInfo host, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery))
                .header(FORWARDED_HEADER, self.host() + ":" + self.port()).header("Accept", "application/json").timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Remote(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UnavailableException("instance " + host + " did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted asking " + host);
        }
    }

    <T> T read(Remote remote, TypeReference<T> type) {
        try {
            return json.readValue(remote.body(), type);
        } catch (IOException e) {
            throw new UnavailableException("unreadable answer from another instance: " + e.getMessage());
        }
    }

    record Remote(int status, String body) {
    }

    /** Answered with 503 and Retry-After: the request can succeed once the group has settled. */
    static final class UnavailableException extends RuntimeException {
        UnavailableException(String message) {
            super(message);
        }
    }
}
