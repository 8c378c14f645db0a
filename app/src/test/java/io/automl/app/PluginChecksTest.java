package io.automl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceError;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.app.Server;
import io.automl.app.StoreLocation;
import io.automl.web.WebSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsers the server builds (studies, schedules, submissions over HTTP) check plugin options. */
class PluginChecksTest {
    static final String SPACE = """
            {"name": "typo", "objective": {"metric": "value", "direction": "minimize"},
             "evaluator": {"type": "command", "command": ["train"]},
             "sampler": {"type": "tpe", "seed": 1, "startupTrails": 5},
             "pruner": {"type": "median", "minTrials": 0},
             "params": {"x": {"type": "float", "low": 0, "high": 1}}}
            """;

    @TempDir
    Path dir;

    static List<String> pointers(Function<String, ?> parse) {
        InvalidSpaceException e = assertThrows(InvalidSpaceException.class, () -> parse.apply(SPACE));
        return e.errors().stream().map(SpaceError::pointer).toList();
    }

    @Test
    void theServicesParserChecksOptions() {
        try (Services services = Services.open(new DataDirectory(dir.resolve("data")))) {
            assertEquals(List.of("/sampler/startupTrails", "/pruner/minTrials"), pointers(services.parser()::parse));
        }
    }

    @Test
    void submittedSpacesAreCheckedToo() throws Exception {
        WebSettings settings = new WebSettings("127.0.0.1", 0, "plugin-token", true, List.of(dir), dir,
                WebSettings.DEFAULT_MAX_BODY);
        try (Services services = Services.open(new DataDirectory(dir.resolve("data")), StoreLocation.embeddedH2(),
                settings.policy());
                Server server = new Server(services, settings, java.util.Optional.empty()).start()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url() + "/api/spaces/validate")).header("Authorization", "Bearer plugin-token")
                    .POST(HttpRequest.BodyPublishers.ofString(SPACE)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), r.body());
            List<String> pointers = new ArrayList<>();
            new ObjectMapper().readTree(r.body()).path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
            assertEquals(List.of("/sampler/startupTrails", "/pruner/minTrials"), pointers);
        }
    }
}
