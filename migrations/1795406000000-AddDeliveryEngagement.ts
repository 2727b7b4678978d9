import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Engagement kept on each delivery, so the campaign report reads deliveries rather than folding
 * every open and click of the event log: the first human open (a human click counts as one), the
 * first machine open, the first human click, the bounce. A statement-level trigger on `events`
 * maintains them in the statement that inserts the events, whoever writes them (tracking, the
 * engine's bounces, imports): set-based over the statement's new rows, and only ever moving a
 * moment earlier, so a replayed or repeated event changes nothing.
 */
export class AddDeliveryEngagement1795406000000 implements MigrationInterface {
  name = 'AddDeliveryEngagement1795406000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE deliveries
        ADD COLUMN opened_at timestamptz,
        ADD COLUMN machine_opened_at timestamptz,
        ADD COLUMN clicked_at timestamptz,
        ADD COLUMN bounced_at timestamptz`);

    await q.query(`
      CREATE FUNCTION deliveries_engagement_from_events() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        -- Rows are locked in id order first, so concurrent batches touching the same deliveries never
        -- deadlock; NO KEY UPDATE (what the UPDATE takes) does not wait for the KEY SHARE locks that
        -- the events' foreign-key checks hold on the same rows.
        PERFORM 1 FROM deliveries d
          WHERE d.id IN (SELECT delivery_id FROM new_events
                          WHERE delivery_id IS NOT NULL AND kind IN ('opened', 'clicked', 'bounced'))
          ORDER BY d.id FOR NO KEY UPDATE;
        WITH e AS (
          SELECT delivery_id, workspace_id,
                 min(occurred_at) FILTER (WHERE kind IN ('opened', 'clicked') AND NOT machine) AS opened_at,
                 min(occurred_at) FILTER (WHERE kind = 'opened' AND machine) AS machine_opened_at,
                 min(occurred_at) FILTER (WHERE kind = 'clicked' AND NOT machine) AS clicked_at,
                 min(occurred_at) FILTER (WHERE kind = 'bounced') AS bounced_at
            FROM new_events
           WHERE delivery_id IS NOT NULL AND kind IN ('opened', 'clicked', 'bounced')
           GROUP BY delivery_id, workspace_id
        )
        UPDATE deliveries d
           SET opened_at = least(d.opened_at, e.opened_at),
               machine_opened_at = least(d.machine_opened_at, e.machine_opened_at),
               clicked_at = least(d.clicked_at, e.clicked_at),
               bounced_at = least(d.bounced_at, e.bounced_at)
          FROM e
         WHERE d.id = e.delivery_id AND d.workspace_id = e.workspace_id
           -- Only when a moment is new or earlier: repeated opens leave the row alone.
           AND (d.opened_at IS DISTINCT FROM least(d.opened_at, e.opened_at)
             OR d.machine_opened_at IS DISTINCT FROM least(d.machine_opened_at, e.machine_opened_at)
             OR d.clicked_at IS DISTINCT FROM least(d.clicked_at, e.clicked_at)
             OR d.bounced_at IS DISTINCT FROM least(d.bounced_at, e.bounced_at));
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER events_deliveries_engagement AFTER INSERT ON events
      REFERENCING NEW TABLE AS new_events
      FOR EACH STATEMENT EXECUTE FUNCTION deliveries_engagement_from_events()`);

    // Backfill from the events already recorded.
    await q.query(`
      UPDATE deliveries d
         SET opened_at = e.opened_at, machine_opened_at = e.machine_opened_at, clicked_at = e.clicked_at, bounced_at = e.bounced_at
        FROM (SELECT delivery_id, workspace_id,
                     min(occurred_at) FILTER (WHERE kind IN ('opened', 'clicked') AND NOT machine) AS opened_at,
                     min(occurred_at) FILTER (WHERE kind = 'opened' AND machine) AS machine_opened_at,
                     min(occurred_at) FILTER (WHERE kind = 'clicked' AND NOT machine) AS clicked_at,
                     min(occurred_at) FILTER (WHERE kind = 'bounced') AS bounced_at
                FROM events
               WHERE delivery_id IS NOT NULL AND kind IN ('opened', 'clicked', 'bounced')
               GROUP BY delivery_id, workspace_id) e
       WHERE d.id = e.delivery_id AND d.workspace_id = e.workspace_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS events_deliveries_engagement ON events`);
    await q.query(`DROP FUNCTION IF EXISTS deliveries_engagement_from_events()`);
    await q.query(`
      ALTER TABLE deliveries
        DROP COLUMN IF EXISTS bounced_at, DROP COLUMN IF EXISTS clicked_at,
        DROP COLUMN IF EXISTS machine_opened_at, DROP COLUMN IF EXISTS opened_at`);
  }
}
