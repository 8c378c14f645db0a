package io.automl.space.arch;

import io.automl.space.Distribution;
import java.util.Map;

/** The declared choices for one layer; each field is a constant or a distribution. Immutable. */
public sealed interface LayerSpace permits DenseSpace {

    /** The short type name used in space files, such as {@code dense}. */
    String type();

    /** The searchable fields in a fixed order, by field name. */
    Map<String, Distribution> fields();

    /** The concrete layer for the chosen field values (keyed by field name). */
    LayerPlan resolve(Map<String, Object> values);
}
