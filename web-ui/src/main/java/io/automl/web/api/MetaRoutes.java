package io.automl.web.api;

import io.automl.engine.TrialStore;
import io.automl.web.examples.Examples;
import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Health, version, the bundled examples and the OpenAPI document. Thread-safe. */
public final class MetaRoutes {
    private final TrialStore store;
    private final Examples examples;
    private final OpenApiDocument openApi;

    MetaRoutes(TrialStore store, Examples examples, OpenApiDocument openApi) {
        this.store = Objects.requireNonNull(store, "store");
        this.examples = Objects.requireNonNull(examples, "examples");
        this.openApi = Objects.requireNonNull(openApi, "openApi");
    }

    void register(Javalin app) {
        app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok", "studies", store.studies().size())));
        app.get("/api/version", ctx -> ctx.json(versions()));
        app.get("/api/openapi.json", ctx -> ctx.json(openApi.toMap(version())));
        app.get("/api/examples", ctx -> ctx.json(Map.of("directory", examples.dir().toString(),
                "examples", examples.list())));
    }

    static String version() {
        String v = MetaRoutes.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    private static Map<String, Object> versions() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version());
        m.put("java", Runtime.version().toString());
        m.put("javalin", io.javalin.Javalin.class.getPackage().getImplementationVersion());
        return m;
    }
}
