package io.newswire.app.local;

import io.newswire.config.UserFacingException;
import io.newswire.config.NewswireConfig;
import io.newswire.registry.SchemaRegistryClients;
import io.newswire.registry.SchemaRegistryException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Checks, before a command does anything, that the broker and the registry answer. Without it a wrong
 * address surfaced after a minute as "Timed out waiting for a node assignment", naming neither the
 * address nor the setting; now it fails within {@link #KAFKA_TIMEOUT} with both.
 */
public final class Reachability {

    static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);

    private Reachability() {
    }

    public static void check(NewswireConfig config) {
        kafka(config);
        registry(config);
    }

    public static void kafka(NewswireConfig config) {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis());
        props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().clusterId().get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            String cause = e instanceof ExecutionException ? e.getCause().getMessage() : "no answer";
            throw new UserFacingException("Cannot reach Kafka at " + config.bootstrapServers() + " within "
                    + KAFKA_TIMEOUT.toSeconds() + " s (" + cause + "). Set the address with bootstrap.servers "
                    + "(--bootstrap-servers, NEWSWIRE_BOOTSTRAP_SERVERS); security settings go under kafka.*", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Interrupted while contacting Kafka at " + config.bootstrapServers(), e);
        }
    }

    public static void registry(NewswireConfig config) {
        try {
            SchemaRegistryClients.fromConfigs(config.clientProperties()).ping();
        } catch (SchemaRegistryException e) {
            throw new UserFacingException(e.status() == 401 || e.status() == 403
                    ? "The schema registry at " + config.schemaRegistryUrl() + " refused the credentials (" + e.getMessage()
                            + "); set them with kafka.basic.auth.user.info or kafka.bearer.auth.token"
                    : e.getMessage(), e);
        }
    }
}
