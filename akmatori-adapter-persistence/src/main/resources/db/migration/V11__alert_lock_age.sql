-- When each alert lock row was created, so the retention cleanup can delete stale ones (ADR 0026).
-- The database sets it (ingestion's statements do not change); rows present now get the time of this
-- migration. Lock rows older than a day that no transaction holds are deleted and, when their key is
-- used again, simply created again. Portable SQL for PostgreSQL 12+ and H2 in PostgreSQL mode.
ALTER TABLE alert_locks ADD COLUMN created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX alert_locks_created_idx ON alert_locks (created_at);
