package io.automl.cli;

/** How a command prints its result. */
enum OutputFormat {
    table, json, csv
}
