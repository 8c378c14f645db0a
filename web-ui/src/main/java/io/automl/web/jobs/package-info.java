/**
 * Background study runs inside the server: one thread per running study, cancellation and resumption,
 * and the live event feed (trial started, finished, pruned, new best, study state) for server-sent events and
 * polling: {@link io.automl.web.jobs.StudyEvents} publishes each transition once, whether the server's trial
 * threads, the worker API or the {@link io.automl.web.jobs.StoreWatcher} (which reads the store for watched
 * studies, for transitions made by other servers) reports it.
 */
package io.automl.web.jobs;
