package io.automl.schedule;

import io.automl.results.SchemaHistory;
import java.util.List;
import java.util.Optional;

/**
 * The scheduler's tables, a Flyway history of their own ({@code flyway_schedules_history}) beside the results
 * schema in the same database: V1 Quartz's {@code QRTZ_} tables (the DDL shipped in the Quartz jar, one script
 * per database under {@code db/schedules/h2} and {@code db/schedules/postgresql}), V2 the schedule tables
 * ({@code db/schedules/common}). A database the release before Flyway set up (it has {@code QRTZ_LOCKS} but
 * no such history) is baselined at V1; V2 creates only the tables that are missing, so it keeps their rows.
 */
final class ScheduleSchema {
    static final SchemaHistory HISTORY = new SchemaHistory("flyway_schedules_history",
            List.of("db/schedules/common", "db/schedules/{vendor}"),
            Optional.of(new SchemaHistory.Legacy("qrtz_locks", "SELECT 1")));

    private ScheduleSchema() {
    }
}
