/**
 * Recurring searches on cron schedules (nightly searches) and the server's housekeeping: each fire of a
 * schedule runs a new study that warm-starts from the previous run's best configurations and re-scores the
 * previous champion, recording drift. Triggers persist in the results database; Quartz is an implementation
 * detail of this package and never appears in its public signatures.
 */
package io.automl.schedule;
