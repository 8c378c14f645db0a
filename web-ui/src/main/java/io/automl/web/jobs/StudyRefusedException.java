package io.automl.web.jobs;

/**
 * A study that this server will not run: its space no longer parses here, or the server's policy refuses it
 * (a command evaluator without {@code --allow-commands}, a data set outside the data folders). The study has
 * been marked FAILED with the same reason.
 */
public final class StudyRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String study;

    public StudyRefusedException(String study, String reason) {
        super(reason);
        this.study = study;
    }

    /** The refused study's name. */
    public String study() {
        return study;
    }
}
