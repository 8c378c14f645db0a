package io.automl.engine.options;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Further option names that set the annotated options-record component (such as {@code minEpochs} for
 * {@code minResource}). {@link OptionReader} accepts them like the component's own name and reports a
 * document that gives two names of one component.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OptionAlias {

    /** The alternative names. */
    String[] value();
}
