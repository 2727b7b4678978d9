import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `clarion_take_send_slots`: takes up to `wanted` of a workspace's send slots in one statement (the
 * same GCRA as before: one slot every 1/rate s, a burst of one second's worth), so the worker's slots
 * that wait for the same workspace share a round trip. Returns how many were granted and, when not
 * all, the moment the next one frees.
 */
export class TakeSendSlotsTogether1795413200000 implements MigrationInterface {
  name = 'TakeSendSlotsTogether1795413200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION clarion_take_send_slots(workspace uuid, rate double precision, wanted integer, OUT granted integer, OUT next_at timestamptz)
        LANGUAGE plpgsql VOLATILE AS $fn$
      DECLARE
        step interval := make_interval(secs => 1 / rate);
        burst interval := make_interval(secs => (greatest(1, rate) - 1) / rate);
        now_at timestamptz := clock_timestamp();
        due timestamptz;
      BEGIN
        INSERT INTO send_pacing (workspace_id, paced_until) VALUES (workspace, now_at) ON CONFLICT (workspace_id) DO NOTHING;
        SELECT greatest(p.paced_until, now_at) INTO due FROM send_pacing p WHERE p.workspace_id = workspace FOR UPDATE;
        -- The k-th slot is free when due + (k - 1) * step <= now + burst.
        granted := CASE WHEN due > now_at + burst THEN 0
                        ELSE least(wanted, floor(extract(epoch FROM now_at + burst - due) * rate)::integer + 1) END;
        UPDATE send_pacing SET paced_until = due + granted * step WHERE workspace_id = workspace;
        next_at := CASE WHEN granted < wanted THEN due + granted * step - burst END;
      END
      $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION clarion_take_send_slots(uuid, double precision, integer)`);
  }
}
