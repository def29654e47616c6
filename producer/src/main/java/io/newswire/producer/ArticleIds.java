package io.newswire.producer;

import io.newswire.text.Whitespace;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Stable article ids, so that re-ingesting the same article is idempotent downstream: the
 * canonical URL when there is one, else a hash of the normalised text.
 */
public final class ArticleIds {

    /** {@code /web/<timestamp>[flags]/<original URL>}; archives write the scheme's slashes once or twice. */
    private static final Pattern WAYBACK = Pattern.compile("/web/\\d+[a-z_]*/(https?):/{1,2}(.+)");

    private ArticleIds() {
    }

    public static String of(Optional<String> url, String text) {
        return url.flatMap(ArticleIds::canonicalUrl).orElseGet(() -> contentId(text));
    }

    /** Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash. */
    public static Optional<String> canonicalUrl(String url) {
        try {
            URI uri = new URI(url.trim()).normalize();
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_"))
                    .sorted().collect(Collectors.joining("&"));
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            int port = uri.getPort();
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                    + path + (query == null || query.isEmpty() ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The outlet a URL names: its host without {@code www.}. A Wayback Machine copy names the archived page's
     * outlet, not the archive's, as datasets of news pages are often scraped from it.
     */
    public static Optional<String> outlet(String url) {
        try {
            URI uri = new URI(url.trim());
            String host = uri.getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            Matcher archived = WAYBACK.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
            if (host.equals("web.archive.org") && archived.matches()) {
                return outlet(archived.group(1) + "://" + archived.group(2));
            }
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whitespace and Unicode form do not change the id; case does, since it is content. */
    public static String contentId(String text) {
        String normalised = Whitespace.collapse(Normalizer.normalize(text, Normalizer.Form.NFC).strip());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
