package io.automl.engine;

/**
 * The life cycle of a study: RUNNING until its budget is reached (COMPLETE) or a user cancels it (CANCELLED);
 * FAILED when it cannot run where it is stored, with the reason on its {@link StudyRecord} (for example a space
 * the server's policy refuses). A FAILED or CANCELLED study may be resumed.
 */
public enum StudyState {
    RUNNING, COMPLETE, CANCELLED, FAILED
}
