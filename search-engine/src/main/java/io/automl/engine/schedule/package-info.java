/**
 * Scheduled searches as the rest of the service sees them: the {@link io.automl.engine.schedule.ScheduleBook}
 * port (implemented on Quartz by the scheduler module) and its value types: a stored schedule, its summary, its
 * runs and drift events, and the error that names a schedule's invalid field.
 */
package io.automl.engine.schedule;
