import type { MigrationInterface, QueryRunner } from 'typeorm';

// The function this migration replaces, as 1795413100000 created it (for down()).
const LEARNER_SLOT_FREE_V1 = `
  CREATE FUNCTION clarion_learner_slot_free(learner uuid, delivery uuid, cap integer) RETURNS boolean
    LANGUAGE plpgsql VOLATILE AS $fn$
  BEGIN
    PERFORM pg_advisory_xact_lock(1668047218, hashtext(learner::text));
    IF EXISTS (SELECT 1 FROM learners l WHERE l.id = learner AND l.unsubscribed_at IS NOT NULL) THEN
      RETURN false;
    END IF;
    RETURN cap = 0 OR (SELECT count(*) FROM deliveries r
                        WHERE r.learner_id = learner AND r.promotional AND r.id <> delivery
                          AND (r.status = 'sending' OR (r.status = 'sent' AND r.sent_at > now() - interval '7 days'))) < cap;
  END
  $fn$`;

/**
 * Service or promotional messages:
 * - `campaign_steps.message_kind`: a step's override of the kind its template's purpose implies
 *   (null: the purpose decides, see `message-kind.ts`).
 * - `deliveries.service`: the delivery is a service email, fixed when it is planned. A service email
 *   reaches a learner unsubscribed from promotional email (suppression, erasure and a withdrawn email
 *   consent still stop it), carries no List-Unsubscribe, and is neither counted by nor held to the
 *   frequency cap (`promotional` stays false for it, as the cap's indexes expect).
 * - `clarion_learner_slot_free` takes whether the message is a service one: the unsubscribe it
 *   checks again under the learner's lock then does not apply; the lock is still taken.
 *
 * Aggregate-only opens:
 * - `workspaces.open_tracking`: `per_learner` (who opened what, as before) or `aggregate`.
 * - `open_counts`: in aggregate mode the pixel adds one here per open, by campaign, step, variant,
 *   channel and day (in the workspace's zone). Nothing in it names a learner or a delivery.
 */
export class SeparateServiceFromPromotion1795422200000 implements MigrationInterface {
  name = 'SeparateServiceFromPromotion1795422200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_steps ADD COLUMN message_kind text CHECK (message_kind IN ('service', 'promotional'))`);
    await q.query(`ALTER TABLE deliveries ADD COLUMN service boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE FUNCTION clarion_learner_slot_free(learner uuid, delivery uuid, cap integer, service boolean) RETURNS boolean
        LANGUAGE plpgsql VOLATILE AS $fn$
      BEGIN
        -- One fence per learner at a time (held to the end of the caller's transaction); what
        -- follows runs on a fresh snapshot that sees the other fences' committed reservations and
        -- any unsubscribe committed before the lock was granted.
        PERFORM pg_advisory_xact_lock(1668047218, hashtext(learner::text));
        IF NOT service AND EXISTS (SELECT 1 FROM learners l WHERE l.id = learner AND l.unsubscribed_at IS NOT NULL) THEN
          RETURN false;
        END IF;
        RETURN cap = 0 OR (SELECT count(*) FROM deliveries r
                            WHERE r.learner_id = learner AND r.promotional AND r.id <> delivery
                              AND (r.status = 'sending' OR (r.status = 'sent' AND r.sent_at > now() - interval '7 days'))) < cap;
      END
      $fn$`);
    await q.query(`DROP FUNCTION clarion_learner_slot_free(uuid, uuid, integer)`);

    await q.query(`ALTER TABLE workspaces ADD COLUMN open_tracking text NOT NULL DEFAULT 'per_learner' CHECK (open_tracking IN ('per_learner', 'aggregate'))`);
    await q.query(`
      CREATE TABLE open_counts (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        step_id uuid NOT NULL REFERENCES campaign_steps(id) ON DELETE CASCADE,
        -- '' when the step has no variants.
        variant text NOT NULL,
        channel text NOT NULL,
        day date NOT NULL,
        opens integer NOT NULL DEFAULT 0,
        machine_opens integer NOT NULL DEFAULT 0,
        PRIMARY KEY (campaign_id, step_id, variant, channel, day)
      )`);
    await q.query(`CREATE INDEX open_counts_workspace_idx ON open_counts (workspace_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS open_counts`);
    await q.query(`ALTER TABLE workspaces DROP COLUMN IF EXISTS open_tracking`);
    await q.query(LEARNER_SLOT_FREE_V1);
    await q.query(`DROP FUNCTION clarion_learner_slot_free(uuid, uuid, integer, boolean)`);
    await q.query(`ALTER TABLE deliveries DROP COLUMN IF EXISTS service`);
    await q.query(`ALTER TABLE campaign_steps DROP COLUMN IF EXISTS message_kind`);
  }
}
