/**
 * Reading comma-separated files, one way for every module: {@link io.automl.space.csv.CsvRecords} reads a
 * header row and data records (RFC 4180 quoting through Commons CSV: embedded commas, doubled quotes, line
 * breaks inside quotes; a UTF-8 byte-order mark is skipped; fields are trimmed; blank lines are skipped) and
 * hands them out as {@link io.automl.space.csv.CsvRow}s with their line numbers. The space parser checks
 * column names with it; the data loaders read whole files with it.
 */
package io.automl.space.csv;
