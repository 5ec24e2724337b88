package io.actorgraph.web;

import io.actorgraph.ingest.ArticleIngest;
import io.actorgraph.query.QuestionService;
import io.actorgraph.store.GraphStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The web side of {@code actorgraph serve}: Spring Boot started on services that the caller
 * has already opened (the store, the question service, a driver for Spring Data Neo4j), so
 * that the driver exists only once the database is up and other commands never start Spring.
 */
public final class WebServer implements AutoCloseable {

    /**
     * What the web side runs on. The caller keeps owning the store; the driver is closed with the
     * server only when {@code ownsDriver}. A null {@code ingest} leaves POST /api/articles off;
     * {@code database} names the server's database (null: its default), for Spring Data too.
     */
    public record Services(GraphStore store, QuestionService questions, Driver driver, boolean ownsDriver,
            ArticleIngest ingest, String database) {
    }

    private final ConfigurableApplicationContext context;
    private final ServeSettings settings;
    private final int port;

    private WebServer(ConfigurableApplicationContext context, ServeSettings settings, int port) {
        this.context = context;
        this.settings = settings;
        this.port = port;
    }

    public static WebServer start(ServeSettings settings, Services services) {
        SpringApplication app = new SpringApplication(WebApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        // the command closes the server and then the store, in that order, from its own hook
        app.setRegisterShutdownHook(false);
        Map<String, Object> properties = properties(settings);
        if (services.database() != null && !services.database().isBlank()) {
            properties.put("spring.data.neo4j.database", services.database());
        }
        app.setDefaultProperties(properties);
        ArticleIngest ingest = services.ingest() != null ? services.ingest()
                : json -> ArticleIngest.IngestOutcome.failed(null, "no ingest pipeline in this server");
        app.addInitializers(ctx -> {
            GenericApplicationContext beans = (GenericApplicationContext) ctx;
            beans.registerBean(ServeSettings.class, () -> settings);
            // "" = no destroy method: the command that opened the store closes it after the server
            beans.registerBean(GraphStore.class, services::store, bd -> bd.setDestroyMethodName(""));
            beans.registerBean(QuestionService.class, services::questions);
            beans.registerBean(Driver.class, services::driver,
                    bd -> bd.setDestroyMethodName(services.ownsDriver() ? "close" : ""));
            beans.registerBean(ArticleIngest.class, () -> ingest);
        });
        ConfigurableApplicationContext context = app.run();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new WebServer(context, settings, port);
    }

    private static Map<String, Object> properties(ServeSettings settings) {
        Map<String, Object> p = new LinkedHashMap<>();
        // only our own settings: no application.properties from the working directory
        p.put("spring.config.name", "actorgraph-web");
        p.put("server.address", settings.bind());
        p.put("server.port", settings.port());
        p.put("server.error.include-stacktrace", "never");
        p.put("server.error.include-message", "never");
        p.put("server.error.whitelabel.enabled", "false");
        p.put("server.tomcat.max-swallow-size", Math.max(settings.maxBodyBytes(), 2 * 1024 * 1024));
        // the request line and headers together; longer ones get a 400 problem (docs/serving.md)
        p.put("server.max-http-request-header-size", ProblemReportValve.MAX_REQUEST_HEAD);
        p.put("spring.jmx.enabled", "false");
        p.put("spring.mvc.problemdetails.enabled", "true");
        p.put("spring.web.resources.cache.period", "3600");
        p.put("springdoc.api-docs.path", "/v3/api-docs");
        p.put("springdoc.swagger-ui.path", "/swagger-ui.html");
        p.put("springdoc.paths-to-match", "/api/**");
        p.put("springdoc.swagger-ui.tags-sorter", "alpha");
        return p;
    }

    /** The port the server listens on (the one picked when 0 was asked). */
    public int port() {
        return port;
    }

    /** The address to open in a browser on this machine or beside it: http://host:port. */
    public String baseUrl() {
        return "http://" + settings.publicHost() + ":" + port;
    }

    public ServeSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        context.close();
    }
}
