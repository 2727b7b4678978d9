import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TimeZones } from '../../infrastructure/database/time-zones';
import { CampaignStatus, EnrollmentStatus, MessageKind, StepAnchor, StepChannel } from '../../common/enums';
import { SqlParams } from '../../infrastructure/database/sql-params';
import { BlackoutDatesRepository } from '../calendar/blackout-dates.repository';
import { enrollmentConditionHolds } from '../delivery/enrollment-condition';
import { CampaignAudienceService } from './campaign-audience.service';
import type { Campaign } from './campaign.entity';
import { CampaignReferencesRepository } from './campaign-references.repository';
import type { CampaignStep } from './campaign-step.entity';
import { capWindowBounds, cappedPerStep, type CapGroup } from './frequency-cap-simulation';
import { effectiveMessageKind, isServiceStep, messageKindOfPurpose, sendTraits } from './message-kind';
import { blackoutWarning, conditionWarnings, frequencyCapWarning, pileUpWarnings, serviceOverrideWarning, type PlanWarning, type ZoneTiming } from './plan-warnings';
import { parseLocalTime } from './scheduling/local-time';
import { deliveryTime, stepSendTime, type DeliveryTimeInput } from './scheduling/send-time';
import { type Blackout, type BlackoutScope, blackoutWindow, WORKSPACE_SCOPE } from './scheduling/blackout-days';
import { type SendWindow, sendWindowFromColumns } from './scheduling/send-window';
import { parseStepOffset } from './scheduling/step-offset';
import { plannedZone } from './scheduling/planned-zone';

export interface ZoneSend {
  zone: string;
  /** Recipients of the step in that zone. */
  count: number;
  /** When the step goes there; null for learner-event steps (each learner's own event decides). */
  sendAt: Date | null;
}

export interface StepPlan {
  stepId: string;
  position: number;
  name: string;
  phase: string;
  anchor: string;
  offset: string;
  localTime: string | null;
  channel: string;
  essential: boolean;
  /** The step's override of its kind (null: from its template's purpose), and the kind it is sent as. */
  messageKind: MessageKind | null;
  effectiveMessageKind: MessageKind;
  /** First and last zone's send time; null for learner-event steps (they follow each event). */
  firstSendAt: Date | null;
  lastSendAt: Date | null;
  /** The audience by zone (the zone the learner is timed in), earliest first. */
  zones: ZoneSend[];
  /** Recipients today, after the step's enrolment condition. */
  audience: number;
  /** Recipients today before the enrolment condition (personas and segment applied). */
  audienceBeforeCondition: number;
  /** Recipients by channel; for a `preferred` step, `post` counts learners reached by the network instead. */
  channels: { email: number; post: number; talkingPoints: number };
  wouldSkip: { unsubscribed: number; suppressed: number; noConsent: number; frequencyCap: number };
  /** The step is capped but has no fixed time (it follows each learner's event): the cap is only known when it goes. */
  capUnknown: boolean;
  warnings: PlanWarning[];
  /** Deliveries already written for this step, once launched. */
  planned: number;
}

export interface CampaignPlan {
  /** Learners in the campaign audience before step narrowing. */
  audience: number;
  /** The workspace's cap: promotional emails per learner in any rolling 7 days (0 = none). */
  frequencyCap: number;
  steps: StepPlan[];
}

interface WorkspaceRules {
  window: SendWindow;
  /** Blackouts from shortly before now: the planner applies them to each learner's country or site. */
  blackouts: Blackout[];
  timeZone: string;
  frequencyCap: number;
}

interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
  enrolBy: Date | null;
}

/** Learners of the campaign audience who are alike for the dry run, and how many they are. */
interface AudienceClass {
  zone: string;
  /** The learner's country and site where a blackout names them, else '' (see `effectiveScope`). */
  country: string;
  site: string;
  /** Per learner step (in `narrowed` order): in the step's personas and segment. */
  narrowed: boolean[];
  status: EnrollmentStatus | null;
  toNetwork: boolean;
  skip: SkipCode;
  /** Promotional emails from elsewhere, snapped to their slice of the cap windows (epoch ms). */
  received: number[];
  count: number;
}

/** The first reason the sender would skip a learner, before the enrolment condition and the cap. */
enum SkipCode {
  None = 0,
  Unsubscribed = 1,
  Suppressed = 2,
  NoConsent = 3,
  // Unsubscribed, and also suppressed or without consent: what stops a service message, which ignores the unsubscribe.
  UnsubscribedSuppressed = 4,
  UnsubscribedNoConsent = 5,
}

/** The reason that applies to a step: a service message goes to learners unsubscribed from promotions. */
function skipFor(code: SkipCode, service: boolean): SkipCode {
  if (code === SkipCode.UnsubscribedSuppressed) return service ? SkipCode.Suppressed : SkipCode.Unsubscribed;
  if (code === SkipCode.UnsubscribedNoConsent) return service ? SkipCode.NoConsent : SkipCode.Unsubscribed;
  if (code === SkipCode.Unsubscribed) return service ? SkipCode.None : SkipCode.Unsubscribed;
  return code;
}

// The sender's order (src/modules/delivery/send-rules.ts): unsubscribed, suppressed, no email consent.
const SKIP_SQL = `CASE WHEN l.unsubscribed_at IS NOT NULL THEN CASE WHEN sup.email IS NOT NULL THEN ${SkipCode.UnsubscribedSuppressed}
                                                            WHEN NOT l.consent_email THEN ${SkipCode.UnsubscribedNoConsent}
                                                            ELSE ${SkipCode.Unsubscribed} END
                       WHEN sup.email IS NOT NULL THEN ${SkipCode.Suppressed}
                       WHEN NOT l.consent_email THEN ${SkipCode.NoConsent} ELSE ${SkipCode.None} END`;
const SUPPRESSIONS_JOIN = 'LEFT JOIN suppressions sup ON sup.workspace_id = l.workspace_id AND sup.email = l.email';

const EVENT_ANCHORS: ReadonlySet<string> = new Set([StepAnchor.LearnerEnrolled, StepAnchor.LearnerCompleted]);
const LEARNER_CHANNELS: ReadonlySet<string> = new Set([StepChannel.Email, StepChannel.Preferred]);

/**
 * The dry run of a communication plan: for each step, when it goes in each zone (computed here with
 * the planner's own rules), to how many, through which channels, who would be skipped — the frequency
 * cap simulated across this plan, the workspace's other campaigns and what was already sent — and
 * what the DLM should know before launching (warnings). It reads only; it writes and sends nothing.
 *
 * The campaign audience is read in one grouped query: learners who are alike (zone, step narrowing,
 * enrolment status, channel routing, skip reason, promotional emails already due in the cap windows)
 * come back as one row with a count, and everything else is computed from those rows.
 */
@Injectable()
export class PlanPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audience: CampaignAudienceService,
    private readonly references: CampaignReferencesRepository,
    private readonly zones: TimeZones,
    private readonly blackouts: BlackoutDatesRepository,
  ) {}

  /** The zones the engine can compute with (see `plannedZone`). */
  private readonly known = (zone: string): boolean => this.zones.isKnown(zone);

  async preview(campaign: Campaign, steps: CampaignStep[], now = new Date()): Promise<CampaignPlan> {
    // Change notices are the engine's, sent to whom a change concerns, not to the plan's audience: left out.
    const ordered = steps.filter((s) => !s.notice).sort((a, b) => a.position - b.position);
    const [rules, session, planned, storedZones] = await Promise.all([
      this.workspaceRules(campaign.workspaceId, now),
      this.session(campaign),
      this.plannedCounts(campaign.id),
      this.references.learnerZones(campaign.workspaceId),
    ]);
    const zoneOf = (stored: string) => plannedZone(stored, rules.timeZone, this.known);
    const zones = [...new Set(storedZones.map(zoneOf))];
    const timings = ordered.map((step) => stepTiming(step, campaign, session, rules, now));

    const learnerSteps = ordered.flatMap((step, i) => (LEARNER_CHANNELS.has(step.channel) ? [i] : []));
    // Steps the cap applies to and that have a fixed time are simulated; their send times in every zone bound the cap windows.
    const simulated = ordered.map((step, i) => rules.frequencyCap > 0 && isPromotional(step) && timings[i] !== null);
    const bounds = capWindowBounds(zones.flatMap((zone) => timings.flatMap((t, i) => (simulated[i] && t ? [t.at(zone).sendAt.getTime()] : []))));
    const [classes, ambassadors] = await Promise.all([
      this.audienceClasses(campaign, learnerSteps.map((i) => ordered[i]), bounds, rules.blackouts),
      ordered.some((s) => s.channel === StepChannel.TalkingPoints) ? this.ambassadorClasses(campaign, ordered) : [],
    ]);

    const tallies = ordered.map(() => new StepTally());
    const groups: CapGroup[] = [];
    for (const c of classes) {
      const zone = zoneOf(c.zone);
      const scope: BlackoutScope = { country: c.country || null, site: c.site || null };
      const stepTimes = ordered.map((): number | null => null);
      learnerSteps.forEach((i, k) => {
        const step = ordered[i];
        if (!c.narrowed[k]) return;
        const tally = tallies[i];
        tally.narrowed(zone, c.count);
        if (!enrollmentConditionHolds(step.enrollmentCondition, c.status)) return;
        tally.add(zone, c.count);
        if (step.channel === StepChannel.Preferred && c.toNetwork) {
          tally.channels.post += c.count;
          return;
        }
        tally.channels.email += c.count;
        const skip = skipFor(c.skip, isService(step));
        tally.skip(skip, c.count);
        if (skip === SkipCode.None && c.skip === SkipCode.Unsubscribed) tally.unsubscribedReached += c.count;
        const timing = timings[i];
        // Zone lanes show the workspace-wide time; a blackout of the learner's country or site moves theirs.
        if (timing && timing.at(zone, scope).sendAt.getTime() !== timing.at(zone).sendAt.getTime()) tally.blackedOut += c.count;
        if (simulated[i] && skip === SkipCode.None) stepTimes[i] = timing!.at(zone, scope).sendAt.getTime();
      });
      if (stepTimes.some((t) => t !== null)) groups.push({ count: c.count, stepTimes, received: c.received });
    }
    const capped = cappedPerStep(groups, ordered.length, rules.frequencyCap);

    ordered.forEach((step, i) => {
      const tally = tallies[i];
      if (step.channel === StepChannel.TalkingPoints) {
        for (const a of ambassadors) {
          tally.narrowed(zoneOf(a.zone), a.count);
          tally.add(zoneOf(a.zone), a.count);
          tally.channels.talkingPoints += a.count;
          tally.skip(skipFor(a.skip, false), a.count);
        }
      } else if (step.channel === StepChannel.Post) {
        const posts = campaign.networkChannelIds.length;
        tally.narrowed(rules.timeZone, posts);
        tally.add(rules.timeZone, posts);
        tally.channels.post += posts;
      }
    });

    const plans = ordered.map((step, i) => this.stepPlan(step, tallies[i], timings[i], capped[i], planned.get(step.id) ?? 0, rules, session));
    const piles = pileUpWarnings(
      plans.map((plan, i) => ({
        stepId: plan.stepId,
        name: plan.name,
        zones: timings[i] ? plan.zones.map((z): ZoneTiming => ({ ...timings[i]!.at(z.zone), zone: z.zone, count: z.count })) : [],
      })),
    );
    for (const plan of plans) plan.warnings.push(...(piles.get(plan.stepId) ?? []));
    return { audience: classes.reduce((n, c) => n + c.count, 0), frequencyCap: rules.frequencyCap, steps: plans };
  }

  private stepPlan(
    step: CampaignStep,
    tally: StepTally,
    timing: StepTiming | null,
    capped: number,
    planned: number,
    rules: WorkspaceRules,
    session: SessionTimes | null,
  ): StepPlan {
    const zones = [...tally.zones]
      .map(([zone, count]): ZoneSend => ({ zone, count, sendAt: timing?.at(zone).sendAt ?? null }))
      .sort((a, b) => (a.sendAt?.getTime() ?? 0) - (b.sendAt?.getTime() ?? 0) || a.zone.localeCompare(b.zone));
    const [firstSendAt, lastSendAt] = timeRange(timing, zones.filter((z) => z.count > 0).map((z) => z.zone));
    // A condition is judged on when the step goes to anyone it may reach, even if nobody meets it today.
    const [conditionFrom, conditionTo] = timeRange(timing, [...tally.zonesBeforeCondition]);
    return {
      stepId: step.id,
      position: step.position,
      name: step.name,
      phase: step.phase,
      anchor: step.anchor,
      offset: step.offset,
      localTime: step.localTime?.slice(0, 5) ?? null,
      channel: step.channel,
      essential: step.essential,
      messageKind: step.messageKind,
      effectiveMessageKind: kindOf(step),
      firstSendAt,
      lastSendAt,
      zones,
      audience: tally.audience,
      audienceBeforeCondition: tally.before,
      channels: tally.channels,
      wouldSkip: { ...tally.skips, frequencyCap: capped },
      capUnknown: rules.frequencyCap > 0 && isPromotional(step) && timing === null,
      warnings: [
        ...frequencyCapWarning(capped, rules.frequencyCap),
        ...(messageKindOfPurpose(step.templatePurpose) === MessageKind.Promotional ? serviceOverrideWarning(tally.unsubscribedReached, step.templatePurpose) : []),
        ...blackoutWarning(tally.blackedOut),
        ...conditionWarnings({
          anchor: step.anchor,
          condition: step.enrollmentCondition,
          firstSendAt: conditionFrom,
          lastSendAt: conditionTo,
          session,
          matchingToday: tally.audience,
        }),
      ],
      planned,
    };
  }

  /**
   * The campaign audience as classes of alike learners. With cap windows (`bounds`), each learner's
   * promotional emails from elsewhere that fall in the windows' span are snapped to their slice (see
   * `capWindowBounds`): sent ones by `sent_at`; those in flight, and the pending ones of the
   * workspace's other scheduled, running or paused campaigns, by `scheduled_at`. This campaign's own
   * deliveries are never read: its steps are simulated. The workspace's emails are read by time
   * (`deliveries_workspace_promotional_sent_idx`) rather than learner by learner, which is cheaper for
   * a large audience; learners outside the audience fall out at the final join.
   */
  private async audienceClasses(campaign: Campaign, learnerSteps: CampaignStep[], bounds: number[], blackouts: readonly Blackout[]): Promise<AudienceClass[]> {
    const params = new SqlParams();
    const countries = `${params.add([...new Set(blackouts.flatMap((b) => (b.country ? [b.country] : [])))])}::text[]`;
    const sites = `${params.add([...new Set(blackouts.flatMap((b) => (b.site ? [b.site] : [])))])}::text[]`;
    const q = await this.audience.campaignAudience(campaign, params);
    const narrowing: string[] = [];
    for (const step of learnerSteps) {
      const predicates = await this.audience.stepNarrowing(campaign, step, params);
      narrowing.push(predicates.length ? `coalesce(${predicates.join(' AND ')}, false)` : 'true');
    }
    const toNetwork = learnerSteps.some((s) => s.channel === StepChannel.Preferred)
      ? `${this.audience.preferredChannelSql(campaign, params)} = 'post'`
      : 'false';
    const audience = `SELECT l.id, l.time_zone AS zone,
                             coalesce(CASE WHEN l.country = ANY(${countries}) THEN l.country END, '') AS country,
                             coalesce(CASE WHEN l.site = ANY(${sites}) THEN l.site END, '') AS site, ARRAY[${narrowing.join(', ')}]::boolean[] AS narrowed, en.status,
                             ${toNetwork} AS "toNetwork", ${SKIP_SQL} AS skip
                        FROM ${q.from} ${SUPPRESSIONS_JOIN}
                       WHERE ${q.where}`;
    const classKey = 'a.zone, a.country, a.site, a.narrowed, a.status, a."toNetwork", a.skip';

    let sql: string;
    if (bounds.length === 0) {
      sql = `SELECT ${classKey}, NULL AS received, count(*)::int AS count FROM (${audience}) a GROUP BY 1, 2, 3, 4, 5, 6, 7`;
    } else {
      const ws = params.add(campaign.workspaceId);
      const self = params.add(campaign.id);
      const th = `${params.add(bounds)}::float8[]`;
      // Bounds are negated instants: the windows span (-max(bounds), -min(bounds)].
      const from = `${params.add(new Date(-bounds[bounds.length - 1]))}::timestamptz`;
      const to = `${params.add(new Date(-bounds[0]))}::timestamptz`;
      sql = `WITH prior AS (
               SELECT d.learner_id, d.sent_at AS at
                 FROM deliveries d
                WHERE d.workspace_id = ${ws} AND d.status = 'sent' AND d.promotional AND d.sent_at > ${from} AND d.sent_at <= ${to}
                  AND d.campaign_id <> ${self} AND d.learner_id IS NOT NULL
               UNION ALL
               SELECT d.learner_id, d.scheduled_at
                 FROM campaigns c JOIN deliveries d ON d.campaign_id = c.id
                WHERE c.workspace_id = ${ws} AND c.id <> ${self} AND d.status IN ('pending', 'queued', 'sending')
                  AND d.promotional AND d.scheduled_at > ${from} AND d.scheduled_at <= ${to} AND d.learner_id IS NOT NULL
                  AND (d.status <> 'pending' OR c.status IN ('scheduled', 'running', 'paused'))),
             -- Each learner's slices gathered unordered (hashing, no sort of every row), then put in order
             -- learner by learner, so learners with the same slices group together.
             snapped AS (
               SELECT y.id, nullif(ARRAY(SELECT -(${th})[u] FROM unnest(y.slices) u WHERE u BETWEEN 1 AND cardinality(${th}) - 1 ORDER BY u), '{}') AS received
                 FROM (SELECT p.learner_id AS id, array_agg(width_bucket(-date_part('epoch', p.at) * 1000, ${th})) AS slices
                         FROM prior p GROUP BY p.learner_id) y)
           SELECT ${classKey}, CASE WHEN a.skip = ${SkipCode.None} THEN s.received END AS received, count(*)::int AS count
             FROM (${audience}) a LEFT JOIN snapped s ON s.id = a.id
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
    }
    // A read-only report: no JIT (compiling costs more than this query runs), room to group in memory.
    const rows: Array<Omit<AudienceClass, 'received'> & { received: number[] | null }> = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SET TRANSACTION READ ONLY`);
      await manager.query(`SET LOCAL jit = off`);
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      return manager.query(sql, params.values);
    });
    return rows.map((r) => ({ ...r, received: r.received ?? [] }));
  }

  /** The campaign's ambassadors (talking-points recipients) by zone and skip reason. */
  private async ambassadorClasses(campaign: Campaign, steps: CampaignStep[]): Promise<Array<{ zone: string; skip: SkipCode; count: number }>> {
    const step = steps.find((s) => s.channel === StepChannel.TalkingPoints)!;
    const q = await this.audience.stepAudience(campaign, step);
    return this.dataSource.query(
      `SELECT l.time_zone AS zone, ${SKIP_SQL} AS skip, count(*)::int AS count FROM ${q.from} ${SUPPRESSIONS_JOIN} WHERE ${q.where} GROUP BY 1, 2`,
      q.params.values,
    );
  }

  private async plannedCounts(campaignId: string): Promise<Map<string, number>> {
    const rows: Array<{ step_id: string; n: number }> = await this.dataSource.query(
      `SELECT step_id, count(*)::int AS n FROM deliveries WHERE campaign_id = $1 GROUP BY step_id`,
      [campaignId],
    );
    return new Map(rows.map((r) => [r.step_id, r.n]));
  }

  private async workspaceRules(workspaceId: string, now: Date): Promise<WorkspaceRules> {
    const [w] = await this.dataSource.query(
      `SELECT time_zone, quiet_hours_start, quiet_hours_end, allowed_weekdays, frequency_cap FROM workspaces WHERE id = $1`,
      [workspaceId],
    );
    const blackouts = await this.blackouts.upcoming(workspaceId, new Date(now.getTime() - 2 * 86_400_000));
    return { timeZone: w.time_zone, window: sendWindowFromColumns(w.quiet_hours_start, w.quiet_hours_end, w.allowed_weekdays), blackouts, frequencyCap: w.frequency_cap };
  }

  private async session(campaign: Campaign): Promise<SessionTimes | null> {
    if (!campaign.sessionId) return null;
    const [s] = await this.dataSource.query(`SELECT starts_at, ends_at, enrol_by FROM course_sessions WHERE id = $1`, [campaign.sessionId]);
    return s ? { startsAt: s.starts_at, endsAt: s.ends_at, enrolBy: s.enrol_by } : null;
  }
}

/** Counts for one step as the classes are folded in. */
class StepTally {
  before = 0;
  readonly zonesBeforeCondition = new Set<string>();
  audience = 0;
  readonly zones = new Map<string, number>();
  readonly channels = { email: 0, post: 0, talkingPoints: 0 };
  readonly skips = { unsubscribed: 0, suppressed: 0, noConsent: 0 };
  /** Learners unsubscribed from promotions whom the step reaches all the same (a service message). */
  unsubscribedReached = 0;
  /** Learners a blackout of their country or site moves off the zone's time. */
  blackedOut = 0;

  /** Learners in the step's personas and segment, before its enrolment condition. */
  narrowed(zone: string, count: number): void {
    this.before += count;
    this.zonesBeforeCondition.add(zone);
  }

  /** Learners who get the step. */
  add(zone: string, count: number): void {
    this.audience += count;
    this.zones.set(zone, (this.zones.get(zone) ?? 0) + count);
  }

  skip(code: SkipCode, count: number): void {
    if (code === SkipCode.Unsubscribed) this.skips.unsubscribed += count;
    else if (code === SkipCode.Suppressed) this.skips.suppressed += count;
    else if (code === SkipCode.NoConsent) this.skips.noConsent += count;
  }
}

/**
 * When a step goes in a zone, before (`stepAt`) and after (`sendAt`) the send window, computed once
 * per zone. A launched step not yet planned goes no earlier than now, as the planner will plan it.
 */
class StepTiming {
  private readonly zones = new Map<string, { stepAt: Date; sendAt: Date }>();

  constructor(
    private readonly input: DeliveryTimeInput,
    private readonly blackouts: readonly Blackout[],
    private readonly essential: boolean,
  ) {}

  /** In a zone, for learners of a blackout scope (by default, those no country or site blackout names). */
  at(zone: string, scope: BlackoutScope = WORKSPACE_SCOPE): { stepAt: Date; sendAt: Date } {
    const key = `${zone}|${scope.country ?? ''}|${scope.site ?? ''}`;
    let found = this.zones.get(key);
    if (!found) {
      const { notBefore } = this.input;
      const at = stepSendTime({ ...this.input, zone });
      const window = blackoutWindow(this.input.window, this.blackouts, scope, this.essential);
      found = { stepAt: notBefore && at < notBefore ? notBefore : at, sendAt: deliveryTime({ ...this.input, window }, zone) };
      this.zones.set(key, found);
    }
    return found;
  }
}

/** A step's timing; null when it has no fixed time (a learner-event anchor, a missing session date, an unreadable offset). */
function stepTiming(step: CampaignStep, campaign: Campaign, session: SessionTimes | null, rules: WorkspaceRules, now: Date): StepTiming | null {
  const anchor = anchorInstant(step.anchor, campaign, session, now);
  const offset = parseStepOffset(step.offset);
  const localTime = step.localTime ? parseLocalTime(step.localTime.slice(0, 5)) : null;
  if (!anchor || !offset.ok || (localTime && !localTime.ok)) return null;
  const notBefore = campaign.status !== CampaignStatus.Draft && !step.materializedAt ? now : undefined;
  return new StepTiming({ anchor, offset: offset.value, localTime: localTime?.value ?? null, window: rules.window, notBefore }, rules.blackouts, isService(step));
}

/** The first and last send time of a step over some zones; nulls without a fixed time or without zones. */
function timeRange(timing: StepTiming | null, zones: string[]): [Date | null, Date | null] {
  if (!timing || zones.length === 0) return [null, null];
  const times = zones.map((zone) => timing.at(zone).sendAt.getTime());
  return [new Date(Math.min(...times)), new Date(Math.max(...times))];
}

function kindOf(step: CampaignStep): MessageKind {
  return effectiveMessageKind(step.messageKind, step.templatePurpose);
}

/** A service email: it reaches learners unsubscribed from promotions (a `preferred` step, for those it reaches by email) and goes out on blackout days. */
const isService = isServiceStep;

/**
 * Promotional email steps that are not essential count towards the cap (a `preferred` step, for
 * those it reaches by email); the same rule as the planner's (`sendTraits`).
 */
function isPromotional(step: CampaignStep): boolean {
  return LEARNER_CHANNELS.has(step.channel) && sendTraits(kindOf(step), step.essential).capped;
}

/** The instant a step's anchor denotes; null when it has none fixed (learner events, or a session date missing). */
function anchorInstant(anchor: StepAnchor, campaign: Campaign, session: SessionTimes | null, now: Date): Date | null {
  if (EVENT_ANCHORS.has(anchor)) return null;
  if (anchor === StepAnchor.Launch) return campaign.launchedAt ?? now;
  if (!session) return null;
  if (anchor === StepAnchor.SessionStart) return session.startsAt;
  if (anchor === StepAnchor.SessionEnd) return session.endsAt;
  return session.enrolBy;
}
