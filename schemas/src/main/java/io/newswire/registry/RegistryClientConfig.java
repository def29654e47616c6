package io.newswire.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.ConfigException;

/**
 * How to reach a registry, read from Confluent's own serde config keys so that a Confluent user's
 * settings work unchanged: {@code basic.auth.credentials.source} (URL, USER_INFO), {@code basic.auth.user.info},
 * {@code bearer.auth.credentials.source} (STATIC_TOKEN), {@code bearer.auth.token}, and
 * {@code schema.registry.ssl.*} trust and key stores for https registries.
 *
 * @param urls          base URLs, user info removed
 * @param authorization the Authorization header value, if any
 * @param ssl           TLS context for https, or null for the JVM default
 */
public record RegistryClientConfig(List<URI> urls, Optional<String> authorization, SSLContext ssl) {

    public static final String BASIC_AUTH_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String BEARER_AUTH_SOURCE = "bearer.auth.credentials.source";
    public static final String BEARER_AUTH_TOKEN = "bearer.auth.token";
    static final String SSL_PREFIX = "schema.registry.ssl.";

    public static RegistryClientConfig from(String urlList, Map<String, ?> configs) {
        List<URI> given = Arrays.stream(urlList.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(u -> URI.create(u.endsWith("/") ? u : u + "/")).toList();
        if (given.isEmpty()) {
            throw new ConfigException("schema.registry.url must name at least one URL");
        }
        return new RegistryClientConfig(given.stream().map(RegistryClientConfig::withoutUserInfo).toList(),
                authorization(given, configs), ssl(configs));
    }

    private static Optional<String> authorization(List<URI> urls, Map<String, ?> configs) {
        String bearerSource = text(configs, BEARER_AUTH_SOURCE);
        if (bearerSource != null) {
            if (!bearerSource.equalsIgnoreCase("STATIC_TOKEN")) {
                throw new ConfigException(BEARER_AUTH_SOURCE + "=" + bearerSource + " is not supported here; use STATIC_TOKEN");
            }
            String token = required(configs, BEARER_AUTH_TOKEN, BEARER_AUTH_SOURCE + "=STATIC_TOKEN");
            return Optional.of("Bearer " + token);
        }
        String source = Optional.ofNullable(text(configs, BASIC_AUTH_SOURCE)).orElse("URL").toUpperCase(Locale.ROOT);
        String userInfo = switch (source) {
            case "USER_INFO" -> required(configs, BASIC_AUTH_USER_INFO, BASIC_AUTH_SOURCE + "=USER_INFO");
            case "URL" -> urls.stream().map(URI::getRawUserInfo).filter(u -> u != null && !u.isEmpty()).findFirst()
                    .map(u -> java.net.URLDecoder.decode(u, StandardCharsets.UTF_8)).orElse(null);
            default -> throw new ConfigException(BASIC_AUTH_SOURCE + "=" + source + " is not supported here; use URL or USER_INFO");
        };
        return userInfo == null ? Optional.empty()
                : Optional.of("Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
    }

    private static SSLContext ssl(Map<String, ?> configs) {
        String trustStore = text(configs, SSL_PREFIX + "truststore.location");
        String keyStore = text(configs, SSL_PREFIX + "keystore.location");
        if (trustStore == null && keyStore == null) {
            return null;
        }
        try {
            TrustManagerFactory trust = null;
            if (trustStore != null) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(trustStore, text(configs, SSL_PREFIX + "truststore.password"), text(configs, SSL_PREFIX + "truststore.type")));
            }
            KeyManagerFactory keys = null;
            if (keyStore != null) {
                String storePassword = text(configs, SSL_PREFIX + "keystore.password");
                String keyPassword = Optional.ofNullable(text(configs, SSL_PREFIX + "key.password")).orElse(storePassword);
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(keyStore, storePassword, text(configs, SSL_PREFIX + "keystore.type")),
                        keyPassword == null ? null : keyPassword.toCharArray());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigException("Cannot set up TLS for the schema registry from " + SSL_PREFIX + "*: " + e.getMessage());
        }
    }

    private static KeyStore load(String location, String password, String type) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(type == null ? KeyStore.getDefaultType() : type);
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            store.load(in, password == null ? null : password.toCharArray());
        }
        return store;
    }

    private static URI withoutUserInfo(URI uri) {
        if (uri.getUserInfo() == null) {
            return uri;
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority().substring(uri.getRawAuthority().indexOf('@') + 1)
                + (uri.getRawPath() == null ? "/" : uri.getRawPath()));
    }

    private static String required(Map<String, ?> configs, String key, String because) {
        String value = text(configs, key);
        if (value == null) {
            throw new ConfigException(key + " must be set when " + because);
        }
        return value;
    }

    private static String text(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
