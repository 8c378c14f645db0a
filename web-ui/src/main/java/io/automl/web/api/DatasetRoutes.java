package io.automl.web.api;

import io.automl.engine.TrialStore;
import io.automl.eval.datasets.DatasetRegistry;
import io.automl.eval.datasets.DatasetStoreException;
import io.automl.eval.datasets.DatasetUses;
import io.automl.eval.datasets.NamedDataset;
import io.automl.eval.datasets.Thumbnails;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named data sets: {@code POST /api/datasets?name=N} stores the request body (a CSV, a zip of class folders or a
 * zip of an IDX pair) streamed to disk, up to the registry's limit (413 beyond it, before reading when the
 * Content-Length says so); {@code GET /api/datasets} lists them, {@code GET /api/datasets/{name}} shows one, and
 * {@code GET /api/datasets/{name}/thumbnails} gives a few small images per class of an image set, and
 * {@code DELETE /api/datasets/{name}} removes one unless a running study uses it (409). Views never show the
 * server's paths. Every route needs the token like the rest of the API. Thread-safe.
 */
final class DatasetRoutes {
    private final DatasetRegistry registry;
    private final TrialStore store;
    private final DatasetUses uses = new DatasetUses();
    private final Thumbnails thumbnails = new Thumbnails(3, 64);

    DatasetRoutes(DatasetRegistry registry, TrialStore store) {
        this.registry = registry;
        this.store = store;
    }

    void register(Javalin app) {
        app.post("/api/datasets", this::add);
        app.get("/api/datasets", ctx -> ctx.json(Map.of("datasets", registry.list().stream().map(DatasetRoutes::view)
                .toList(), "maxUploadBytes", registry.limits().maxUploadBytes())));
        app.get("/api/datasets/{name}", ctx -> ctx.json(view(registry.get(ctx.pathParam("name")).orElseThrow(
                () -> new ApiException(404, "no data set named '" + ctx.pathParam("name") + "'")))));
        app.get("/api/datasets/{name}/thumbnails", ctx -> ctx.json(Map.of("classes", thumbnails.of(registry.get(
                ctx.pathParam("name")).orElseThrow(() -> new ApiException(404, "no data set named '"
                + ctx.pathParam("name") + "'"))))));
        app.delete("/api/datasets/{name}", ctx -> {
            try {
                ctx.json(view(uses.removeUnused(registry, ctx.pathParam("name"), store.studies())));
            } catch (DatasetStoreException e) {
                throw mapped(e);
            }
        });
    }

    private void add(Context ctx) throws IOException {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw new ApiException(400, "name: the query parameter 'name' is required (POST /api/datasets?name=N)");
        }
        long limit = registry.limits().maxUploadBytes();
        if (ctx.req().getContentLengthLong() > limit) {
            throw new ApiException(413, "the upload is larger than the limit of " + limit + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ctx.status(201).json(view(registry.add(name, in)));
        } catch (DatasetStoreException e) {
            throw mapped(e);
        }
    }

    private static ApiException mapped(DatasetStoreException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case TOO_LARGE -> 413;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        return new ApiException(status, e.getMessage());
    }

    /** What clients see of a data set: no server paths. */
    static Map<String, Object> view(NamedDataset d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("type", d.type());
        m.put("rows", d.rows());
        m.put("columns", d.columns());
        m.put("head", d.head());
        m.put("perClass", d.perClass());
        m.put("classes", List.copyOf(d.perClass().keySet()));
        m.put("bytes", d.bytes());
        m.put("sha256", d.sha256());
        m.put("created", d.created());
        m.put("ref", Map.of("ref", d.name()));
        return m;
    }
}
