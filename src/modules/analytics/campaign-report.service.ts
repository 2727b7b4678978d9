import { Injectable } from '@nestjs/common';
import { OpenTracking } from '../../common/enums';
import { CampaignErrors } from '../campaigns/campaigns.errors';
import { OPENS_UNKNOWN, withOpenCounters } from './aggregate-opens';
import { abVerdict, rate } from './ab-test';
import type { AbTestDto, AmbassadorRankDto, BreakdownRowDto, BreakdownsDto, CampaignReportDto } from './dto/campaign-report.dto';
import type { CampaignCostsDto, UpdateCampaignCostsDto } from './dto/campaign-costs.dto';
import { funnelRates, roi, type FunnelCounts } from './funnel';
import { CSV_DIALECTS, type CsvBreakdownRow, type CsvLocale, csvLocaleOf, reportCsv } from './report-csv';
import { ReportRepository, type FunnelDimension, type FunnelRow, type ReportStep } from './report.repository';

const BREAKDOWNS = ['step', 'channel', 'persona', 'department', 'site', 'variant'] as const;
type Breakdown = (typeof BREAKDOWNS)[number];

const EMPTY_FUNNEL: FunnelCounts = { targeted: 0, sent: 0, delivered: 0, opened: 0, machineOpened: 0, clicked: 0, enrolled: 0, started: 0, completed: 0 };
const NONE = '(none)';

function countsOf(row: FunnelRow | undefined): FunnelCounts {
  if (!row) return { ...EMPTY_FUNNEL };
  const { dimension: _dimension, key: _key, ...counts } = row;
  return counts;
}

@Injectable()
export class CampaignReportService {
  constructor(private readonly repository: ReportRepository) {}

  async report(workspaceId: string, campaignId: string): Promise<CampaignReportDto> {
    const campaign = await this.repository.findCampaign(workspaceId, campaignId);
    if (!campaign) throw CampaignErrors.notFound();
    const aggregate = campaign.openTracking === OpenTracking.Aggregate;
    const [learnerRows, steps, counters, posts] = await Promise.all([
      this.repository.funnelRows(workspaceId, campaign),
      this.repository.listSteps(workspaceId, campaign.id),
      aggregate ? this.repository.openCounters(workspaceId, campaign.id) : [],
      this.repository.posts(workspaceId, campaign.id),
    ]);
    // Opens kept in aggregate only: the report's opens are the counters' (see `withOpenCounters`).
    const rows = aggregate ? withOpenCounters(learnerRows, counters) : learnerRows;
    const groups = new Map<FunnelDimension, FunnelRow[]>();
    for (const row of rows) groups.set(row.dimension, [...(groups.get(row.dimension) ?? []), row]);
    const of = (dimension: FunnelDimension) => groups.get(dimension) ?? [];

    const funnel = countsOf(of('total')[0]);
    const reached = countsOf(of('reached')[0]);
    const overlap = countsOf(of('reconcile')[0]);
    const labels = await this.labels(workspaceId, steps, of('persona'));
    const [ambassadors, shareClicks] = await Promise.all([
      this.leaderboard(workspaceId, campaign.id, campaign.ambassadorIds, of('ambassador')),
      this.repository.shareClicks(workspaceId, campaign.id),
    ]);

    return {
      campaign: { id: campaign.id, name: campaign.name, status: campaign.status, timeZone: campaign.timeZone },
      generatedAt: new Date(),
      openTracking: campaign.openTracking,
      funnel,
      rates: funnelRates(funnel),
      reached: { targeted: reached.targeted, enrolled: reached.enrolled, started: reached.started, completed: reached.completed },
      enrolledOverlap: { both: overlap.enrolled, attributedOnly: overlap.started, reachedOnly: overlap.completed },
      goal: { enrolments: campaign.goalEnrolments, enrolled: funnel.enrolled, progress: campaign.goalEnrolments ? funnel.enrolled / campaign.goalEnrolments : null },
      attributionWindowDays: campaign.attributionWindowDays,
      posts,
      breakdowns: Object.fromEntries(BREAKDOWNS.map((b) => [b, this.breakdown(b, of(b), labels, steps, aggregate)])) as unknown as BreakdownsDto,
      daily: of('day')
        .map((r) => ({ date: r.key!, sent: r.sent, opened: r.opened, clicked: r.clicked, enrolled: r.enrolled }))
        .sort((a, b) => a.date.localeCompare(b.date)),
      abTests: this.abTests(steps, of('stepVariant')),
      roi: roi(campaign, funnel),
      ambassadors,
      posterScans: shareClicks.get('') ?? 0,
    };
  }

  /**
   * The report for a spreadsheet: the total and every breakdown row, the A/B tests, the ROI, the
   * leaderboard, the poster's scans and the network posts, in the dialect of `locale` (else the
   * workspace's default language): French headers and words, `;` and a decimal comma for French
   * Excel; English, `,` and a decimal point otherwise.
   */
  async reportCsv(workspaceId: string, campaignId: string, locale?: CsvLocale): Promise<string> {
    const report = await this.report(workspaceId, campaignId);
    const rows: CsvBreakdownRow[] = [
      { dimension: 'total', key: null, label: report.campaign.name, funnel: report.funnel, rates: report.rates },
      ...BREAKDOWNS.flatMap((dimension) => report.breakdowns[dimension].map((row) => ({ dimension, ...row }))),
    ];
    const dialect = CSV_DIALECTS[locale ?? csvLocaleOf(await this.repository.workspaceLocale(workspaceId))];
    // Moments in the campaign's zone, the way a spreadsheet reads a date (2026-03-02 09:00).
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: report.campaign.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    const posts = report.posts.map((p) => ({ ...p, sentAt: p.sentAt ? local.format(new Date(p.sentAt)) : null }));
    return reportCsv({ rows, abTests: report.abTests, roi: report.roi, ambassadors: report.ambassadors, posterScans: report.posterScans, posts }, dialect);
  }

  async updateCosts(workspaceId: string, campaignId: string, changes: UpdateCampaignCostsDto): Promise<CampaignCostsDto> {
    if (!(await this.repository.updateCosts(workspaceId, campaignId, changes))) throw CampaignErrors.notFound();
    return this.costs(workspaceId, campaignId);
  }

  async costs(workspaceId: string, campaignId: string): Promise<CampaignCostsDto> {
    const campaign = await this.repository.findCampaign(workspaceId, campaignId);
    if (!campaign) throw CampaignErrors.notFound();
    const { production, hours, hourlyRate, currency, cost } = roi(campaign, { enrolled: 0, completed: 0 });
    return { production, hours, hourlyRate, currency, cost };
  }

  private async labels(workspaceId: string, steps: ReportStep[], personaRows: FunnelRow[]): Promise<Map<string, string>> {
    const personaIds = personaRows.map((r) => r.key).filter((k): k is string => k !== null);
    const personas = personaIds.length ? await this.repository.namesOfPersonas(workspaceId, personaIds) : new Map<string, string>();
    return new Map([...steps.map((s): [string, string] => [`step:${s.id}`, `${s.position + 1}. ${s.name}`]), ...[...personas].map(([id, name]): [string, string] => [`persona:${id}`, name])]);
  }

  private breakdown(dimension: Breakdown, rows: FunnelRow[], labels: Map<string, string>, steps: ReportStep[], aggregate: boolean): BreakdownRowDto[] {
    // Opens counted in aggregate name nobody: by persona, department or site they are unknown, not zero.
    const opensUnknown = aggregate && OPENS_UNKNOWN.has(dimension);
    const labelled = rows.map((row) => {
      const funnel = countsOf(row);
      const label = row.key === null ? NONE : (labels.get(`${dimension}:${row.key}`) ?? row.key);
      const rates = funnelRates(funnel);
      return { key: row.key, label, funnel, rates: opensUnknown ? { ...rates, open: null, clickToOpen: null } : rates };
    });
    if (dimension === 'step') {
      const order = new Map(steps.map((s) => [s.id, s.position]));
      return labelled.sort((a, b) => (order.get(a.key ?? '') ?? Infinity) - (order.get(b.key ?? '') ?? Infinity));
    }
    // Groups without a value last; the largest audiences first, then by name.
    return labelled.sort(
      (a, b) => Number(a.key === null) - Number(b.key === null) || b.funnel.targeted - a.funnel.targeted || a.label.localeCompare(b.label),
    );
  }

  private abTests(steps: ReportStep[], rows: FunnelRow[]): AbTestDto[] {
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return steps
      .filter((step) => step.variantKeys.length > 1)
      .map((step) => {
        const variants = step.variantKeys.map((variant) => {
          const counts = countsOf(byKey.get(`${step.id}:${variant}`));
          const arm = { key: variant, trials: counts.delivered, successes: counts.clicked };
          return { variant, targeted: counts.targeted, delivered: counts.delivered, clicked: counts.clicked, rate: rate(arm), enrolled: counts.enrolled, arm };
        });
        const verdict = abVerdict(variants.map((v) => v.arm));
        return {
          stepId: step.id,
          stepName: step.name,
          metric: 'click_through',
          variants: variants.map(({ arm: _arm, ...v }) => v),
          leader: verdict.leader,
          z: verdict.z,
          pValue: verdict.pValue,
          outcome: verdict.outcome,
          confidence: verdict.confidence,
          verdict: verdict.text,
          testFraction: step.abTestFraction,
          winner: step.abWinner,
          decidedAt: step.abDecidedAt,
        };
      });
  }

  /** The campaign's ambassadors and anyone else credited with an enrolment: most enrolments first, then completions, then clicks. */
  private async leaderboard(workspaceId: string, campaignId: string, ambassadorIds: string[], rows: FunnelRow[]): Promise<AmbassadorRankDto[]> {
    const credited = new Map(rows.filter((r) => r.key !== null).map((r) => [r.key!, r]));
    const ids = [...new Set([...ambassadorIds, ...credited.keys()])];
    if (ids.length === 0) return [];
    const [people, relays, clicks] = await Promise.all([
      this.repository.learnersByIds(workspaceId, ids),
      this.repository.relays(workspaceId, campaignId),
      this.repository.shareClicks(workspaceId, campaignId),
    ]);
    const ranked = people
      .map((p) => ({
        learnerId: p.id,
        name: p.name,
        department: p.department,
        enrolled: credited.get(p.id)?.enrolled ?? 0,
        completed: credited.get(p.id)?.completed ?? 0,
        clicks: clicks.get(p.id) ?? 0,
        relayCount: relays.get(p.id)?.count ?? 0,
        relayedAt: relays.get(p.id)?.last ?? null,
      }))
      .sort((a, b) => b.enrolled - a.enrolled || b.completed - a.completed || b.clicks - a.clicks || a.name.localeCompare(b.name));
    return withRanks(ranked);
  }
}

/**
 * Ranks for a leaderboard sorted by enrolled, then completed, then clicks: entries equal on all
 * three share a rank (1, 1, 3…); nobody ties merely for having no enrolment yet.
 */
export function withRanks<T extends { enrolled: number; completed: number; clicks: number }>(sorted: T[]): Array<{ rank: number } & T> {
  return sorted.map((entry, i) => {
    const tiedWith = sorted.findIndex((other) => other.enrolled === entry.enrolled && other.completed === entry.completed && other.clicks === entry.clicks);
    return { rank: (tiedWith === -1 ? i : tiedWith) + 1, ...entry };
  });
}
