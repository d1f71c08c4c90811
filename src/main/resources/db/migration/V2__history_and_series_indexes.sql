-- Schema version 2: indexes for the history page and metric series, with the project and start
-- time copied onto each metric row so that a series is one index range scan. The indexes hold every
-- column their query reads (status for the history filter; node and value for a series), so a page
-- or a series is read from the index alone without visiting the table rows.
ALTER TABLE metric ADD COLUMN IF NOT EXISTS project_id BIGINT;
ALTER TABLE metric ADD COLUMN IF NOT EXISTS started_at TIMESTAMP(3) WITH TIME ZONE;
UPDATE metric m SET project_id = (SELECT r.project_id FROM run r WHERE r.id = m.run_id),
    started_at = (SELECT r.started_at FROM run r WHERE r.id = m.run_id) WHERE m.started_at IS NULL;
CREATE INDEX IF NOT EXISTS run_by_project_newest ON run(project_id, started_at DESC, id DESC, status);
CREATE INDEX IF NOT EXISTS run_newest ON run(started_at DESC, id DESC, status);
CREATE INDEX IF NOT EXISTS metric_series ON metric(project_id, metric_key, started_at, run_id, node_id, metric_value);
CREATE INDEX IF NOT EXISTS artifact_by_run ON artifact(run_id);
