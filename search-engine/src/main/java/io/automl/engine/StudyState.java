package io.automl.engine;

/** The life cycle of a study. */
public enum StudyState {
    RUNNING, COMPLETE, CANCELLED
}
