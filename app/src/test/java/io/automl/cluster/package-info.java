/**
 * Tests of several {@code automl serve} processes on one shared PostgreSQL store: credentials kept out of logs
 * and process lists, clustered schedules firing once per fire time with fail-over, studies shared by nodes
 * that are killed mid-trial, and a clear start-up error when the database is unreachable.
 */
package io.automl.cluster;
