import { Injectable, Logger } from '@nestjs/common';
import { CampaignStatus, StepAnchor } from '../../common/enums';
import { isServiceStep } from '../campaigns/message-kind';
import { blackoutWindow, WORKSPACE_SCOPE, wallDayOf } from '../campaigns/scheduling/blackout-days';
import { parseLocalTime } from '../campaigns/scheduling/local-time';
import { deliveryTime } from '../campaigns/scheduling/send-time';
import { type SendWindow, sendWindowFromColumns } from '../campaigns/scheduling/send-window';
import { parseStepOffset } from '../campaigns/scheduling/step-offset';
import { fromWallMs, MS_PER_DAY, toWallMs } from '../campaigns/scheduling/zoned-time';
import { BlackoutDatesRepository } from './blackout-dates.repository';
import { CalendarEntryStatus, campaignColour, COLLISION_SAMPLE, DEFAULT_COLLISION_THRESHOLD, entryStatus, parseCalendarRange } from './calendar-rules';
import { CalendarErrors } from './calendar.errors';
import { CalendarRepository, type CalendarStepRow } from './calendar.repository';
import { BlackoutDateDto } from './dto/blackout-date.dto';
import type { CalendarDto, CalendarEntryDto, CalendarQueryDto, CollisionDto } from './dto/calendar.dto';

const EVENT_ANCHORS: ReadonlySet<string> = new Set([StepAnchor.LearnerEnrolled, StepAnchor.LearnerCompleted]);
const PLANNABLE: ReadonlySet<string> = new Set([CampaignStatus.Scheduled, CampaignStatus.Running, CampaignStatus.Paused]);
/** Sums older than this are recomputed in the background while the calendar answers from them. */
export const CALENDAR_FRESH_MS = 30_000;

/**
 * The shared comms calendar of a workspace: each step of each campaign (drafts left out) on the days
 * its deliveries land, in the workspace's zone, with how many are planned and sent; steps not planned
 * yet on the day they are expected; the days on which learners would get more than `threshold`
 * messages; and the blackouts. Volumes and collisions come from per-day sums PostgreSQL computes from
 * the deliveries (`CalendarRepository.refresh`): at once the first time (or when the workspace's zone
 * changed), then in the background when they are older than 30 seconds, the answer saying when they
 * were computed. Steps not planned yet and blackouts are read as they are.
 */
@Injectable()
export class CalendarService {
  private readonly logger = new Logger(CalendarService.name);
  private readonly refreshing = new Set<string>();

  constructor(
    private readonly calendar: CalendarRepository,
    private readonly blackouts: BlackoutDatesRepository,
  ) {}

  async read(workspaceId: string, query: CalendarQueryDto, now = new Date()): Promise<CalendarDto> {
    const range = parseCalendarRange(query.from, query.to);
    if (!range.ok) throw CalendarErrors.badRange(range.errors);
    const { from, to } = range.value;
    const threshold = query.threshold ?? DEFAULT_COLLISION_THRESHOLD;
    const workspace = await this.calendar.workspace(workspaceId);
    const zone = workspace.timeZone;
    const start = fromWallMs(wallDayOf(from), zone);
    const end = fromWallMs(wallDayOf(to) + MS_PER_DAY, zone);

    const rollup = await this.calendar.rollup(workspaceId);
    let computedAt = rollup?.computedAt ?? null;
    if (!rollup || rollup.timeZone !== zone) {
      await this.calendar.refresh(workspaceId, zone, true);
      computedAt = (await this.calendar.rollup(workspaceId))!.computedAt;
    } else if (now.getTime() - new Date(rollup.computedAt).getTime() > CALENDAR_FRESH_MS) {
      this.refreshInBackground(workspaceId, zone);
    }
    const [steps, stepDays, blackouts, collisions] = await Promise.all([
      this.calendar.steps(workspaceId),
      this.calendar.stepDays(workspaceId, from, to),
      this.blackouts.list(workspaceId, from, to),
      this.calendar.collisions(workspaceId, from, to, threshold, COLLISION_SAMPLE),
    ]);
    const stepById = new Map(steps.map((s) => [s.stepId, s]));
    const entries: CalendarEntryDto[] = [];
    for (const row of stepDays) {
      const step = stepById.get(row.stepId);
      if (!step) continue;
      entries.push({ ...entryOf(step, row.day), status: entryStatus(row.planned, row.sent), planned: row.planned, sent: row.sent, volume: row.planned + row.sent });
    }
    // Steps not planned yet, on the day the planner would send them in the workspace's zone.
    const rules = sendWindowFromColumns(workspace.quietHoursStart, workspace.quietHoursEnd, workspace.allowedWeekdays);
    const promotional = blackoutWindow(rules, blackouts, WORKSPACE_SCOPE, false);
    for (const step of steps) {
      if (step.materializedAt || !PLANNABLE.has(step.campaignStatus) || EVENT_ANCHORS.has(step.anchor)) continue;
      const at = expectedAt(step, isServiceStep(step) ? rules : promotional, zone, now);
      if (!at || at < start || at >= end) continue;
      const day = new Date(toWallMs(at, zone)).toISOString().slice(0, 10);
      entries.push({ ...entryOf(step, day), status: CalendarEntryStatus.Unplanned, planned: null, sent: 0, volume: null });
    }
    entries.sort((a, b) => a.date.localeCompare(b.date) || campaignOrder(stepById, a, b));

    const names = new Map((await this.calendar.learnerNames(workspaceId, [...new Set(collisions.flatMap((c) => c.sample))])).map((l) => [l.id, l]));

    const campaignIds = new Set(entries.map((e) => e.campaignId));
    const campaigns = [...new Map(steps.filter((s) => campaignIds.has(s.campaignId)).map((s) => [s.campaignId, s])).values()].map((s) => ({
      id: s.campaignId,
      name: s.campaignName,
      status: s.campaignStatus,
      colour: campaignColour(s.campaignId),
    }));
    return {
      from,
      to,
      timeZone: zone,
      threshold,
      computedAt: new Date(computedAt!),
      campaigns,
      entries,
      collisions: collisions.map(
        (c): CollisionDto => ({
          date: c.day,
          learners: c.learners,
          maxMessages: c.maxMessages,
          sample: c.sample.map((id) => names.get(id) ?? { id, firstName: null, lastName: null }),
          steps: c.steps.map((s) => ({ stepId: s.stepId, campaignId: stepById.get(s.stepId)?.campaignId ?? '', learners: s.learners })),
        }),
      ),
      blackouts: blackouts.map(BlackoutDateDto.from),
    };
  }

  /** One refresh per workspace at a time from this process (and across processes, the advisory lock). */
  private refreshInBackground(workspaceId: string, zone: string): void {
    if (this.refreshing.has(workspaceId)) return;
    this.refreshing.add(workspaceId);
    this.calendar
      .refresh(workspaceId, zone)
      .then(undefined, (error: unknown) => this.logger.warn({ err: error, workspaceId }, 'Could not refresh the calendar sums; the next read tries again'))
      .finally(() => this.refreshing.delete(workspaceId));
  }
}

function entryOf(step: CalendarStepRow, date: string): Pick<CalendarEntryDto, 'date' | 'campaignId' | 'stepId' | 'stepName' | 'phase' | 'channel' | 'service'> {
  return { date, campaignId: step.campaignId, stepId: step.stepId, stepName: step.stepName, phase: step.phase, channel: step.channel, service: isServiceStep(step) };
}

function campaignOrder(steps: Map<string, CalendarStepRow>, a: CalendarEntryDto, b: CalendarEntryDto): number {
  const sa = steps.get(a.stepId)!;
  const sb = steps.get(b.stepId)!;
  return sa.campaignName.localeCompare(sb.campaignName) || sa.campaignId.localeCompare(sb.campaignId) || a.stepName.localeCompare(b.stepName);
}

/** When the planner would send a step not planned yet, in the workspace's zone (as the dry run does). */
function expectedAt(step: CalendarStepRow, window: SendWindow, zone: string, now: Date): Date | null {
  const anchor =
    step.anchor === StepAnchor.Launch
      ? (step.launchedAt ?? now)
      : step.anchor === StepAnchor.SessionStart
        ? step.startsAt
        : step.anchor === StepAnchor.SessionEnd
          ? step.endsAt
          : step.enrolBy;
  const offset = parseStepOffset(step.offset);
  const localTime = step.localTime ? parseLocalTime(step.localTime.slice(0, 5)) : null;
  if (!anchor || !offset.ok || (localTime && !localTime.ok)) return null;
  return deliveryTime({ anchor: new Date(anchor), offset: offset.value, localTime: localTime?.value ?? null, window, notBefore: now }, zone);
}
