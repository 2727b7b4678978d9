import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Send-time rules as SQL functions, so one INSERT … SELECT schedules a step for every learner.
 * Each is the twin of a TypeScript function in src/modules/campaigns/scheduling/ and a database
 * test (test/scheduling.e2e-spec.ts) checks they agree:
 * - clarion_local_to_instant   ↔ fromWallMs          (gaps and repeated hours)
 * - clarion_step_time          ↔ stepSendTime        (anchor + offset, local send time)
 * - clarion_next_allowed_instant ↔ nextAllowedInstant (quiet hours, allowed weekdays)
 * - clarion_send_time          = both of the above, the scheduled time of a delivery
 * - clarion_variant_bucket / clarion_pick_variant ↔ variantBucket / assignVariant (A/B split)
 * Timestamp arithmetic here is on `timestamp` (wall clock) or in seconds, never `timestamptz +
 * interval 'n days'`, which would count days in the session's TimeZone rather than the learner's.
 */
export class CreateSchedulingFunctions1795401000000 implements MigrationInterface {
  name = 'CreateSchedulingFunctions1795401000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION clarion_local_to_instant(local_ts timestamp, zone text, not_before timestamptz DEFAULT NULL)
      RETURNS timestamptz LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
      DECLARE
        -- No zone changes offset twice within a day, so the offsets a day either side bracket any change.
        offset_before interval := ((local_ts - interval '1 day') AT TIME ZONE 'UTC') AT TIME ZONE zone - (local_ts - interval '1 day');
        offset_after interval := ((local_ts + interval '1 day') AT TIME ZONE 'UTC') AT TIME ZONE zone - (local_ts + interval '1 day');
        read_before timestamptz := (local_ts - offset_before) AT TIME ZONE 'UTC';
        read_after timestamptz := (local_ts - offset_after) AT TIME ZONE 'UTC';
        before_fits boolean := (read_before AT TIME ZONE zone) = local_ts;
        after_fits boolean := (read_after AT TIME ZONE zone) = local_ts;
        earliest timestamptz;
        latest timestamptz;
      BEGIN
        IF local_ts IS NULL OR zone IS NULL THEN
          RETURN NULL;
        END IF;
        -- A time in a spring-forward gap is read with the offset before the change (RFC 5545).
        IF NOT before_fits AND NOT after_fits THEN
          RETURN read_before;
        END IF;
        earliest := CASE WHEN before_fits AND after_fits THEN least(read_before, read_after) WHEN before_fits THEN read_before ELSE read_after END;
        latest := CASE WHEN before_fits AND after_fits THEN greatest(read_before, read_after) WHEN before_fits THEN read_before ELSE read_after END;
        -- A repeated time takes its first occurrence, unless only the second one is not before not_before.
        IF not_before IS NOT NULL AND earliest < not_before THEN
          RETURN latest;
        END IF;
        RETURN earliest;
      END
      $fn$`);

    await q.query(`
      CREATE FUNCTION clarion_step_time(anchor timestamptz, "offset" interval, local_time time, zone text)
      RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT CASE
          -- Without a local time the offset is an exact duration: a day is 86,400 seconds.
          WHEN local_time IS NULL THEN anchor + make_interval(secs => extract(epoch FROM "offset")::double precision)
          -- With one, the offset moves the learner's wall clock and only the resulting date is kept.
          ELSE clarion_local_to_instant(((anchor AT TIME ZONE zone) + "offset")::date + local_time, zone)
        END
      $fn$`);

    await q.query(`
      CREATE FUNCTION clarion_next_allowed_instant(instant timestamptz, zone text, quiet_start time, quiet_end time, allowed_days int[])
      RETURNS timestamptz LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
      DECLARE
        local_ts timestamp;
        day date;
        time_of_day time;
        quiet boolean;
      BEGIN
        IF instant IS NULL THEN
          RETURN NULL;
        END IF;
        IF (quiet_start IS NULL) <> (quiet_end IS NULL) OR quiet_start = quiet_end THEN
          RAISE EXCEPTION 'quiet hours need both a start and a different end (got % and %)', quiet_start, quiet_end;
        END IF;
        IF coalesce(cardinality(allowed_days), 0) = 0 THEN
          RAISE EXCEPTION 'a send window needs at least one allowed weekday';
        END IF;
        IF quiet_start IS NULL AND allowed_days @> ARRAY[1, 2, 3, 4, 5, 6, 7] THEN
          RETURN instant;
        END IF;
        local_ts := instant AT TIME ZONE zone;
        -- Eight days reach the same weekday a week later, when it is the only one allowed.
        FOR k IN 0..7 LOOP
          day := local_ts::date + k;
          CONTINUE WHEN NOT (extract(isodow FROM day)::int = ANY (allowed_days));
          time_of_day := CASE WHEN k = 0 THEN local_ts::time ELSE time '00:00' END;
          quiet := CASE
            WHEN quiet_start IS NULL THEN false
            WHEN quiet_start < quiet_end THEN time_of_day >= quiet_start AND time_of_day < quiet_end
            ELSE time_of_day >= quiet_start OR time_of_day < quiet_end
          END;
          IF quiet THEN
            -- Quiet until the end of the night: that is tomorrow's business.
            CONTINUE WHEN quiet_start > quiet_end AND time_of_day >= quiet_start;
            time_of_day := quiet_end;
          ELSIF k = 0 THEN
            RETURN instant;
          END IF;
          RETURN clarion_local_to_instant(day + time_of_day, zone, instant);
        END LOOP;
        RAISE EXCEPTION 'no allowed moment within a week (allowed weekdays %)', allowed_days;
      END
      $fn$`);

    await q.query(`
      CREATE FUNCTION clarion_send_time(anchor timestamptz, "offset" interval, local_time time, zone text,
                                        quiet_start time, quiet_end time, allowed_days int[])
      RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT clarion_next_allowed_instant(clarion_step_time(anchor, "offset", local_time, zone), zone, quiet_start, quiet_end, allowed_days)
      $fn$`);

    await q.query(`
      CREATE FUNCTION clarion_variant_bucket(step_id uuid, learner_id uuid)
      RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
        -- The first 52 bits of md5 over 2^52: exactly the double variantBucket() computes.
        SELECT ('x' || substr(md5(step_id::text || ':' || learner_id::text), 1, 13))::bit(52)::bigint::double precision / 4503599627370496
      $fn$`);

    await q.query(`
      CREATE FUNCTION clarion_pick_variant(step_id uuid, learner_id uuid, keys text[], weights int[])
      RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
      DECLARE
        n int := cardinality(keys);
        total bigint := 0;
        weight int;
        point double precision;
        running bigint := 0;
      BEGIN
        IF step_id IS NULL OR learner_id IS NULL THEN
          RETURN NULL;
        END IF;
        IF n IS NULL OR n < 2 OR n <> cardinality(weights) THEN
          RAISE EXCEPTION 'an A/B split needs at least two keys and one weight per key';
        END IF;
        FOREACH weight IN ARRAY weights LOOP
          total := total + weight;
        END LOOP;
        point := clarion_variant_bucket(step_id, learner_id) * total;
        -- The last variant takes what the others leave: the point is always below the total.
        FOR i IN 1..n - 1 LOOP
          running := running + weights[i];
          IF point < running THEN
            RETURN keys[i];
          END IF;
        END LOOP;
        RETURN keys[n];
      END
      $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS clarion_pick_variant(uuid, uuid, text[], int[])`);
    await q.query(`DROP FUNCTION IF EXISTS clarion_variant_bucket(uuid, uuid)`);
    await q.query(`DROP FUNCTION IF EXISTS clarion_send_time(timestamptz, interval, time, text, time, time, int[])`);
    await q.query(`DROP FUNCTION IF EXISTS clarion_next_allowed_instant(timestamptz, text, time, time, int[])`);
    await q.query(`DROP FUNCTION IF EXISTS clarion_step_time(timestamptz, interval, time, text)`);
    await q.query(`DROP FUNCTION IF EXISTS clarion_local_to_instant(timestamp, text, timestamptz)`);
  }
}
