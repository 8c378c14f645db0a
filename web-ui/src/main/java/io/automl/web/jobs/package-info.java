/**
 * Background study runs inside the server: one thread per running study, cancellation and resumption,
 * and the live event feed (trial started, finished, pruned, new best) for server-sent events and polling.
 */
package io.automl.web.jobs;
