/** The bundled example search spaces and their data sets, found on disk or unpacked from the jar. */
package io.automl.web.examples;
