package io.automl.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.space.Config;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Converts configurations and attribute maps to and from the JSON stored in the trial table. Keys keep
 * their order; integral numbers read back as {@link Integer} (or {@link Long} when too large), fractional
 * ones as {@link Double}, so configuration values (Integer, Double, String, Boolean) round-trip equal.
 * Thread-safe: the mapper is configured once in the constructor and only used afterwards.
 */
final class JsonCodec {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    JsonCodec() {
        this.mapper = new ObjectMapper()
                .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                .disable(DeserializationFeature.USE_LONG_FOR_INTS);
    }

    String configJson(Config config) {
        return write(Objects.requireNonNull(config, "config").values(), "config");
    }

    Config config(String json) {
        return new Config(read(json, "config"));
    }

    String attributesJson(Map<String, Object> attributes) {
        return write(Objects.requireNonNull(attributes, "attributes"), "attributes");
    }

    Map<String, Object> attributes(String json) {
        return read(json, "attributes");
    }

    String valuesJson(List<Double> values) {
        try {
            return mapper.writeValueAsString(Objects.requireNonNull(values, "values"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("values: not representable as JSON: " + e.getOriginalMessage(), e);
        }
    }

    List<Double> values(String json) {
        try {
            return List.of(mapper.readValue(json, Double[].class));
        } catch (JsonProcessingException e) {
            throw new StoreException("stored objective values are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String write(Map<String, Object> map, String field) {
        try {
            return mapper.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(field + ": not representable as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private LinkedHashMap<String, Object> read(String json, String field) {
        try {
            return mapper.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + field + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
