package io.newswire.app.broker;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The single-node KRaft broker's server.properties: combined roles, loopback only, replication 1.
 * {@code extra} adds or overrides properties (e.g. a SASL_SSL listener beside the PLAINTEXT one).
 */
public record BrokerSettings(int port, int controllerPort, Path logDir, Map<String, String> extra) {

    public BrokerSettings(int port, int controllerPort, Path logDir) {
        this(port, controllerPort, logDir, Map.of());
    }

    public Map<String, String> serverProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "false");
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The default 128 MB dedupe buffer alone would need more than the 256 MB heap we give the broker.
        props.put("log.cleaner.dedupe.buffer.size", "16777216");
        props.putAll(extra);
        return props;
    }
}
