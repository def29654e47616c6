package io.newswire.app.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.config.UserFacingException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalBrokerTest {

    @Test
    void shouldExplainTakenPortInsteadOfStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> LocalBroker.ensurePortFree(taken.getLocalPort(), "Kafka broker", "--broker-port"));
            assertTrue(e.getMessage().startsWith("Kafka broker port " + taken.getLocalPort() + " is already in use"), e.getMessage());
            assertTrue(e.getMessage().endsWith("--broker-port"));
        }
    }

    @Test
    void shouldConfigureSingleNodeKraftWithSmallCleanerBuffer() {
        var props = new BrokerSettings(19092, 19093, Path.of("/data")).serverProperties();
        assertEquals("broker,controller", props.get("process.roles"));
        assertEquals("1@127.0.0.1:19093", props.get("controller.quorum.voters"));
        assertEquals("PLAINTEXT://127.0.0.1:19092", props.get("advertised.listeners"));
        assertEquals("16777216", props.get("log.cleaner.dedupe.buffer.size"));
        assertEquals("false", props.get("auto.create.topics.enable"));
        assertEquals("1", props.get("transaction.state.log.min.isr"));
    }
}
