/**
 * Named data sets: files uploaded once (a CSV, a zip of class folders of images, or a zip of an IDX image and label
 * pair) and referred to by name from spaces ({@code "dataset": {"ref": "N"}}). Stored under the data folder by
 * content hash ({@link io.automl.eval.datasets.DatasetRegistry}); zips are unpacked by
 * {@link io.automl.eval.datasets.SafeUnzip}, which refuses entries that would escape, links and zip bombs. Shared by
 * the command line and the REST API.
 */
package io.automl.eval.datasets;
