package io.automl.cli;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;

/** Looks studies up by name with a clear error listing the known ones. */
final class Studies {
    private Studies() {
    }

    static StudyRecord find(Services services, String name) {
        return services.store().findStudy(name).orElseThrow(() -> new UserException("no study named '" + name
                + "'; known studies: " + services.store().studies().stream().map(StudyRecord::name).toList()));
    }
}
