/**
 * Worker processes: the HTTP client side of the trial store ({@link io.automl.worker.RemoteTrialStore}),
 * the {@code automl worker} loop that runs studies against it, device slots, the supervisor that keeps a
 * server's local worker processes alive, and the lease sweeper that frees trials of vanished workers.
 */
package io.automl.worker;
