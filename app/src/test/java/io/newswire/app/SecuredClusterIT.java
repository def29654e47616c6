package io.newswire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswire.app.broker.LocalBroker;
import io.newswire.registry.TestCertificates;
import io.newswire.app.registry.SchemaLog;
import io.newswire.app.registry.SchemaRegistryServer;
import io.newswire.app.registry.SchemaStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secured cluster: the broker gets a SASL_SSL listener (certificate made here with keytool, a
 * SCRAM-SHA-512 user), and ingest, the processors and subscribe reach it with nothing but
 * {@code -X kafka.*} settings, as the README shows. The broker's PLAINTEXT listener is only used here
 * to create the SCRAM user, which needs a working connection first.
 */
class SecuredClusterIT {

    private static final String USER = "newswire";
    private static final String USER_PASSWORD = "n3wsw1re-secret";

    @TempDir
    static Path dir;

    private static LocalBroker broker;
    private static SchemaRegistryServer registry;
    private static int securePort;
    private static Path trustStore;
    private static String storePassword;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        TestCertificates certificates = TestCertificates.create(dir, "broker");
        Path keyStore = certificates.keyStore();
        trustStore = certificates.trustStore();
        storePassword = certificates.password();

        int plainPort = TestStack.freePort();
        int controllerPort = TestStack.freePort();
        securePort = TestStack.freePort();
        broker = LocalBroker.start(dir.resolve("data"), plainPort, controllerPort, "384m", Duration.ofMinutes(2), Map.of(
                "listeners", "PLAINTEXT://127.0.0.1:" + plainPort + ",CONTROLLER://127.0.0.1:" + controllerPort
                        + ",SASL_SSL://127.0.0.1:" + securePort,
                "advertised.listeners", "PLAINTEXT://127.0.0.1:" + plainPort + ",SASL_SSL://127.0.0.1:" + securePort,
                "listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_SSL:SASL_SSL",
                "sasl.enabled.mechanisms", "SCRAM-SHA-512",
                "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.keystore.location", keyStore.toString(),
                "ssl.keystore.password", storePassword,
                "ssl.keystore.type", "PKCS12",
                "ssl.key.password", storePassword));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(USER,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), USER_PASSWORD))).all().get(60, TimeUnit.SECONDS);
        }
        registry = SchemaRegistryServer.start("127.0.0.1", 0, new SchemaStore(SchemaLog.NONE));
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldRunIngestProcessorsAndSubscribeOverSaslSsl() throws Exception {
        Path fixtures = Path.of(SecuredClusterIT.class.getResource("/fixtures/lakeside-gazette").toURI());
        assertEquals(0, Newswire.commandLine().execute(withSecurity("ingest", fixtures.toString())));
        Process streams = child(withSecurity("streams", "--state-dir", dir.resolve("state").toString(), "-X", "api.port=" + TestStack.freePort()), dir.resolve("streams.log"));
        try {
            Path output = dir.resolve("subscribe.out");
            Process subscribe = child(withSecurity("subscribe", "news.articles.enriched", "--from-beginning", "--max", "2", "--timeout", "150s"),
                    output);
            assertTrue(subscribe.waitFor(180, TimeUnit.SECONDS), "subscribe did not finish");
            String lines = Files.readString(output);
            assertEquals(0, subscribe.exitValue(), lines);
            assertTrue(lines.contains("Ferry crews end three-day strike after pay offer"), lines);
        } finally {
            streams.destroy();
            streams.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The command's arguments plus the cluster's address and security, as a user would give them. */
    private static String[] withSecurity(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--bootstrap-servers", "127.0.0.1:" + securePort, "--schema-registry-url", registry.url(),
                "-X", "kafka.security.protocol=SASL_SSL",
                "-X", "kafka.sasl.mechanism=SCRAM-SHA-512",
                "-X", "kafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + USER + "\" password=\"" + USER_PASSWORD + "\";",
                "-X", "kafka.ssl.truststore.location=" + trustStore,
                "-X", "kafka.ssl.truststore.password=" + storePassword,
                "-X", "kafka.ssl.truststore.type=PKCS12"));
        return args.toArray(String[]::new);
    }

    private static Process child(String[] args, Path log) throws Exception {
        return TestStack.newswireProcess(log, List.of(args));
    }
}
