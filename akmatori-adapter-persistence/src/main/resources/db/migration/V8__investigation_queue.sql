-- The investigation queue and its events (docs/adr/0009-investigation-queue.md). Portable SQL for
-- PostgreSQL 12+ and H2 in PostgreSQL mode, like V1.

-- The lease of a running incident: which process holds it and until when (renewed by its
-- heartbeat), the interruptions counted by recovery, the cancellation flag the holder reads, and
-- the id of the incident's newest event (the per-incident event counter, bumped in the same
-- transaction as each insert, so ids are dense and never shared, across replicas too).
ALTER TABLE incidents ADD COLUMN lease_owner VARCHAR(64) NULL;
ALTER TABLE incidents ADD COLUMN lease_expires_at TIMESTAMP WITH TIME ZONE NULL;
ALTER TABLE incidents ADD COLUMN interruptions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN cancel_requested BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE incidents ADD COLUMN last_event_id BIGINT NOT NULL DEFAULT 0;

-- Claims take the oldest pending incident; recovery scans running ones by lease expiry.
CREATE INDEX incidents_queue_idx ON incidents (status, created_at, id);
CREATE INDEX incidents_lease_idx ON incidents (status, lease_expires_at);

-- Investigation events (contract 5.7): append-only, one row per event, ids 1, 2, 3... per incident.
CREATE TABLE incident_events (
    incident_id BIGINT                   NOT NULL,
    seq         BIGINT                   NOT NULL,
    event_type  VARCHAR(16)              NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    data        TEXT                     NOT NULL,
    CONSTRAINT incident_events_pkey PRIMARY KEY (incident_id, seq),
    CONSTRAINT incident_events_incident_fk
        FOREIGN KEY (incident_id) REFERENCES incidents (id) ON DELETE CASCADE,
    CONSTRAINT incident_events_type_check
        CHECK (event_type IN ('status', 'log', 'tool_call', 'response'))
);
