package io.newswire.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.newswire.app.api.Instances.UnavailableException;
import io.newswire.app.api.Views.ApiError;
import io.newswire.app.api.Views.RuleView;
import io.newswire.app.rules.TopicRules;
import io.newswire.avro.TopicRule;
import io.newswire.config.NewswireConfig;
import io.newswire.streams.trends.TrendHits;
import io.newswire.topics.NewswireTopics;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API and the dashboard of one stream-processor instance (routes: openapi.yaml beside the page).
 * Reads go through {@link NewsroomQueries}; this class only maps requests and errors.
 */
public final class NewsroomServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsroomServer.class);

    private final Javalin app;
    private final StoryEventStream events;
    private final TopicRules rules;
    private final PrometheusMetrics metrics;

    private NewsroomServer(Javalin app, StoryEventStream events, TopicRules rules, PrometheusMetrics metrics) {
        this.app = app;
        this.events = events;
        this.rules = rules;
        this.metrics = metrics;
    }

    /** Starts serving on {@code api.bind.address}:{@code api.port}; {@code streams} is asked anew per request, so a restart is seen. */
    public static NewsroomServer start(NewswireConfig config, NewswireTopics topics, Supplier<KafkaStreams> streams) {
        ObjectMapper json = JsonMapper.builder().build();
        NewsroomQueries queries = new NewsroomQueries(new Instances(streams, new HostInfo(config.apiAdvertisedHost(), config.apiPort()), json));
        StoryEventStream events = new StoryEventStream(config, topics, json);
        TopicRules rules = new TopicRules(config, topics, Clock.systemUTC());
        Javalin app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.jsonMapper(new JavalinJackson(json, false));
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/newsroom";
                files.location = Location.CLASSPATH;
            });
        });
        new ApiAccess(config.apiToken(), config.apiBindAddress(), config.apiTokenForReads()).install(app);
        Health health = new Health(streams);
        PrometheusMetrics metrics = new PrometheusMetrics(streams);
        app.get("/metrics", ctx -> ctx.contentType(PrometheusMetrics.CONTENT_TYPE).result(metrics.scrape()));
        app.get("/health/live", ctx -> probe(ctx, health.live()));
        app.get("/health/ready", ctx -> probe(ctx, health.ready()));
        app.get("/api/stories", ctx -> ctx.json(queries.stories(StoryFilter.of(ctx.queryParam("topic"), ctx.queryParam("status"),
                ctx.queryParam("q"), ctx.queryParam("entity"), ctx.queryParam("limit")).withCountry(ctx.queryParam("country")).withNear(ctx.queryParam("near"))
                .withStoryline(ctx.queryParam("storyline")))));
        app.get("/api/stories/{id}", ctx -> ctx.json(queries.story(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no story '" + ctx.pathParam("id") + "'"))));
        app.get("/api/topics", ctx -> ctx.json(queries.topics(local(ctx))));
        app.get("/api/entities/{id}", ctx -> ctx.json(queries.entity(ctx.pathParam("id"), local(ctx))
                .orElseThrow(() -> new NotFoundResponse("no entity '" + ctx.pathParam("id") + "'"))));
        app.get("/api/trends", ctx -> ctx.json(queries.trend(trendKey(ctx), local(ctx))));
        app.get("/api/events", events::handle);
        app.get("/api/rules", ctx -> ctx.json(queries.rules().values().stream().map(r -> rule(r, rules)).toList()));
        app.post("/api/rules/{slug}", ctx -> {
            TopicRule added = rules.add(ctx.pathParam("slug"), ruleQuery(ctx));
            ctx.status(HttpStatus.CREATED).json(rule(added, rules));
        });
        app.delete("/api/rules/{slug}", ctx -> {
            if (!rules.remove(ctx.pathParam("slug"))) {
                throw new NotFoundResponse("no rule named '" + ctx.pathParam("slug") + "'");
            }
            ctx.status(HttpStatus.NO_CONTENT);
        });
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(UnavailableException.class, (e, ctx) -> {
            ctx.header("Retry-After", "1");
            error(ctx, 503, e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, e.getClass().getSimpleName() + ": " + e.getMessage());
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
            }
        });
        app.start(config.apiBindAddress(), config.apiPort());
        return new NewsroomServer(app, events, rules, metrics);
    }

    public int port() {
        return app.port();
    }

    /** A request forwarded by another instance, or a gather asking for this instance's part only. */
    private static boolean local(Context ctx) {
        return ctx.header(Instances.FORWARDED_HEADER) != null || "local".equals(ctx.queryParam("scope"));
    }

    private static String trendKey(Context ctx) {
        if (ctx.queryParam("topic") != null) {
            return TrendHits.topicKey(ctx.queryParam("topic"));
        }
        if (ctx.queryParam("entity") != null) {
            return TrendHits.entityKey(ctx.queryParam("entity"));
        }
        if (ctx.queryParam("key") != null) {
            return ctx.queryParam("key");
        }
        throw new IllegalArgumentException("give topic=SLUG or entity=ID");
    }

    private static String ruleQuery(Context ctx) {
        Map<?, ?> body;
        try {
            body = ctx.bodyAsClass(Map.class);
        } catch (Exception e) { // Jackson's parse errors arrive undeclared through Kotlin
            throw new IllegalArgumentException("the body must be JSON such as {\"query\": \"entity:Syria\"}");
        }
        Object query = body == null ? null : body.get("query");
        if (!(query instanceof String text)) {
            throw new IllegalArgumentException("the body must be JSON such as {\"query\": \"entity:Syria\"}");
        }
        return text;
    }

    private static RuleView rule(TopicRule rule, TopicRules rules) {
        return new RuleView(rule.getSlug(), rule.getQuery(), Views.iso(rule.getCreatedAt()), rules.topicName(rule.getSlug()));
    }

    private static void probe(Context ctx, Health.Status status) {
        ctx.status(status.up() ? 200 : 503).json(Map.of("status", status.up() ? "UP" : "DOWN", "streams", status.state()));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(status, message));
    }

    @Override
    public void close() {
        events.close();
        app.stop();
        rules.close();
        metrics.close();
    }
}
