package io.newswire.app.local;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.config.UserFacingException;
import io.newswire.config.NewswireConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

    @Test
    void shouldNameTheBrokerAddressAndSettingWhenNoBrokerAnswers() throws IOException {
        String address = "127.0.0.1:" + closedPort();
        UserFacingException error = assertThrows(UserFacingException.class,
                () -> Reachability.kafka(NewswireConfig.defaults(Map.of("bootstrap.servers", address))));
        assertTrue(error.getMessage().contains(address) && error.getMessage().contains("bootstrap.servers"), error.getMessage());
    }

    @Test
    void shouldNameTheRegistryAddressAndSettingWhenNoRegistryAnswers() throws IOException {
        String url = "http://127.0.0.1:" + closedPort();
        UserFacingException error = assertThrows(UserFacingException.class,
                () -> Reachability.registry(NewswireConfig.defaults(Map.of("schema.registry.url", url))));
        assertTrue(error.getMessage().contains(url) && error.getMessage().contains("schema.registry.url"), error.getMessage());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
