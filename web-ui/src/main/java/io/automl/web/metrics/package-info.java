/**
 * The server's operational metrics in Prometheus text format through Micrometer: trial transitions and
 * durations per study, waiting trials, live workers and held leases, HTTP request timings, JVM metrics.
 */
package io.automl.web.metrics;
