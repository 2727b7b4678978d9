import type { MigrationInterface, QueryRunner } from 'typeorm';

// The function this migration replaces, as 1795412000000 created it (for down()).
const CAP_SLOT_FREE = `
  CREATE FUNCTION clarion_cap_slot_free(learner uuid, delivery uuid, cap integer) RETURNS boolean
    LANGUAGE plpgsql VOLATILE AS $fn$
  BEGIN
    -- One fence per learner at a time (held to the end of the caller's transaction); the count
    -- below then runs on a fresh snapshot that sees the other fences' committed reservations.
    PERFORM pg_advisory_xact_lock(1668047218, hashtext(learner::text));
    RETURN (SELECT count(*) FROM deliveries r
             WHERE r.learner_id = learner AND r.promotional AND r.id <> delivery
               AND (r.status = 'sending' OR (r.status = 'sent' AND r.sent_at > now() - interval '7 days'))) < cap;
  END
  $fn$`;

/**
 * An unsubscribe and a message on its way to the same learner, ordered:
 * - `clarion_learner_slot_free` replaces `clarion_cap_slot_free`: every fence of a learner's
 *   message takes the learner's lock (not only capped promotional ones), then checks again, on a
 *   fresh snapshot, that the learner has not unsubscribed — an unsubscribe that committed while
 *   the fence's statement was under way is seen — before counting the frequency cap (0: none).
 * - `clarion_await_learner_fence`: waits for the fence in progress for a learner, if any, to
 *   commit. The one-click unsubscribe calls it after committing, then waits for the message that
 *   fence let through to leave, so its answer comes after anything still in flight.
 */
export class FenceUnsubscribesPerLearner1795413100000 implements MigrationInterface {
  name = 'FenceUnsubscribesPerLearner1795413100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION clarion_learner_slot_free(learner uuid, delivery uuid, cap integer) RETURNS boolean
        LANGUAGE plpgsql VOLATILE AS $fn$
      BEGIN
        -- One fence per learner at a time (held to the end of the caller's transaction); what
        -- follows runs on a fresh snapshot that sees the other fences' committed reservations and
        -- any unsubscribe committed before the lock was granted.
        PERFORM pg_advisory_xact_lock(1668047218, hashtext(learner::text));
        IF EXISTS (SELECT 1 FROM learners l WHERE l.id = learner AND l.unsubscribed_at IS NOT NULL) THEN
          RETURN false;
        END IF;
        RETURN cap = 0 OR (SELECT count(*) FROM deliveries r
                            WHERE r.learner_id = learner AND r.promotional AND r.id <> delivery
                              AND (r.status = 'sending' OR (r.status = 'sent' AND r.sent_at > now() - interval '7 days'))) < cap;
      END
      $fn$`);
    await q.query(`
      CREATE FUNCTION clarion_await_learner_fence(learner uuid) RETURNS void
        LANGUAGE plpgsql VOLATILE AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(1668047218, hashtext(learner::text));
      END
      $fn$`);
    await q.query(`DROP FUNCTION clarion_cap_slot_free(uuid, uuid, integer)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(CAP_SLOT_FREE);
    await q.query(`DROP FUNCTION clarion_await_learner_fence(uuid)`);
    await q.query(`DROP FUNCTION clarion_learner_slot_free(uuid, uuid, integer)`);
  }
}
