/** The export bundle of a trial: its trained model, configuration, scores and search space in one zip. */
package io.automl.web.export;
