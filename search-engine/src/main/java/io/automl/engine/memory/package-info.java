/**
 * A {@link io.automl.engine.TrialStore} kept in memory, for library users who need no persistence and
 * for tests. It follows the same contract as the database stores, within one process.
 */
package io.automl.engine.memory;
