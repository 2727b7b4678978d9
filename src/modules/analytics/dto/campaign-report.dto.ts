import { ApiProperty } from '@nestjs/swagger';
import { OpenTracking } from '../../../common/enums';

export class FunnelDto {
  @ApiProperty({ example: 1000, description: 'Learners with a planned message (skipped and failed included), posts excluded' })
  targeted: number;

  @ApiProperty({ example: 940, description: 'Learners with at least one message sent' })
  sent: number;

  @ApiProperty({ example: 930, description: 'Learners with a sent message that did not bounce' })
  delivered: number;

  @ApiProperty({ example: 410, description: 'Learners with a human open (or a click, which proves one)' })
  opened: number;

  @ApiProperty({ example: 120, description: 'Learners whose only opens came from privacy proxies or scanners' })
  machineOpened: number;

  @ApiProperty({ example: 150, description: 'Learners with a human click' })
  clicked: number;

  @ApiProperty({ example: 60, description: 'Learners whose enrolment is attributed to the campaign' })
  enrolled: number;

  @ApiProperty({ example: 50, description: 'Of those enrolled through the campaign, learners who started' })
  started: number;

  @ApiProperty({ example: 41, description: 'Of those enrolled through the campaign, learners who completed' })
  completed: number;
}

export class RatesDto {
  @ApiProperty({ example: 0.441, nullable: true, type: Number, description: 'opened / delivered' })
  open: number | null;

  @ApiProperty({ example: 0.161, nullable: true, type: Number, description: 'clicked / delivered' })
  clickThrough: number | null;

  @ApiProperty({ example: 0.366, nullable: true, type: Number, description: 'clicked / opened' })
  clickToOpen: number | null;

  @ApiProperty({ example: 0.06, nullable: true, type: Number, description: 'enrolled / targeted' })
  participation: number | null;

  @ApiProperty({ example: 0.4, nullable: true, type: Number, description: 'enrolled / clicked' })
  conversion: number | null;

  @ApiProperty({ example: 0.683, nullable: true, type: Number, description: 'completed / enrolled' })
  completion: number | null;
}

export class BreakdownRowDto {
  @ApiProperty({ example: 'Sales', nullable: true, type: String, description: 'The group value (an id for steps and personas); null for learners without one' })
  key: string | null;

  @ApiProperty({ example: 'Sales' })
  label: string;

  @ApiProperty({ type: FunnelDto })
  funnel: FunnelDto;

  @ApiProperty({ type: RatesDto })
  rates: RatesDto;
}

export class BreakdownsDto {
  @ApiProperty({ type: [BreakdownRowDto], description: 'Enrolments count for the step of their attributed click' })
  step: BreakdownRowDto[];

  @ApiProperty({ type: [BreakdownRowDto] })
  channel: BreakdownRowDto[];

  @ApiProperty({ type: [BreakdownRowDto] })
  persona: BreakdownRowDto[];

  @ApiProperty({ type: [BreakdownRowDto] })
  department: BreakdownRowDto[];

  @ApiProperty({ type: [BreakdownRowDto] })
  site: BreakdownRowDto[];

  @ApiProperty({ type: [BreakdownRowDto] })
  variant: BreakdownRowDto[];
}

export class ReachedDto {
  @ApiProperty({ example: 1000, description: 'Learners the campaign targeted' })
  targeted: number;

  @ApiProperty({ example: 75, description: 'Of them, enrolled in the session, attributed to the campaign or not' })
  enrolled: number;

  @ApiProperty({ example: 62 })
  started: number;

  @ApiProperty({ example: 50 })
  completed: number;
}

export class EnrolledOverlapDto {
  @ApiProperty({ example: 60, description: 'Enrolled through the campaign (attributed) and, reached by it, enrolled in the session' })
  both: number;

  @ApiProperty({
    example: 5,
    description: 'Counted in funnel.enrolled only: credited to the campaign but not among the reached learners enrolled in the session (an ambassador share link without a message, or an enrolment in another session after a campaign click)',
  })
  attributedOnly: number;

  @ApiProperty({
    example: 6,
    description: "Counted in reached.enrolled only: reached and enrolled in the session, with no enrolment credited to the campaign (no campaign click in the attribution window before enrolling, or a later click of another campaign won)",
  })
  reachedOnly: number;
}

export class ReportGoalDto {
  @ApiProperty({ example: 40, nullable: true, type: Number, description: "The campaign's goalEnrolments; null when none is set" })
  enrolments: number | null;

  @ApiProperty({ example: 31, description: 'Progress towards it: enrolments attributed to the campaign (funnel.enrolled)' })
  enrolled: number;

  @ApiProperty({ example: 0.775, nullable: true, type: Number, description: 'enrolled / enrolments (may pass 1); null without a goal' })
  progress: number | null;
}

export class DailyPointDto {
  @ApiProperty({ example: '2026-03-02', description: 'Day in the workspace time zone' })
  date: string;

  @ApiProperty({ example: 480, description: 'Messages sent that day' })
  sent: number;

  @ApiProperty({ example: 210, description: 'Messages opened by a human for the first time that day (a click proves an open)' })
  opened: number;

  @ApiProperty({ example: 70, description: 'Messages clicked for the first time that day' })
  clicked: number;

  @ApiProperty({ example: 25, description: 'Enrolments attributed to the campaign that day' })
  enrolled: number;
}

export class AbArmDto {
  @ApiProperty({ example: 'B' })
  variant: string;

  @ApiProperty({ example: 500 })
  targeted: number;

  @ApiProperty({ example: 488, description: 'Trials of the test: messages that reached the learner' })
  delivered: number;

  @ApiProperty({ example: 61, description: 'Successes: learners who clicked' })
  clicked: number;

  @ApiProperty({ example: 0.125, nullable: true, type: Number, description: 'clicked / delivered: the rate compared' })
  rate: number | null;

  @ApiProperty({ example: 21, description: 'Enrolments attributed to this variant (for information)' })
  enrolled: number;
}

export class AbTestDto {
  @ApiProperty({ format: 'uuid' })
  stepId: string;

  @ApiProperty({ example: 'Invitation' })
  stepName: string;

  @ApiProperty({ example: 'click_through', description: 'The compared rate: clicked / delivered' })
  metric: string;

  @ApiProperty({ type: [AbArmDto] })
  variants: AbArmDto[];

  @ApiProperty({ example: 'B', nullable: true, type: String, description: 'The arm with the higher rate' })
  leader: string | null;

  @ApiProperty({ example: 3.19, nullable: true, type: Number, description: 'Pooled two-proportion z of the leader against the runner-up' })
  z: number | null;

  @ApiProperty({ example: 0.0014, nullable: true, type: Number, description: 'Two-sided p-value' })
  pValue: number | null;

  @ApiProperty({ enum: ['significant', 'inconclusive', 'insufficient'], example: 'significant' })
  outcome: string;

  @ApiProperty({ example: 99, nullable: true, type: Number })
  confidence: number | null;

  @ApiProperty({ example: 'B converts better, 99% confidence' })
  verdict: string;

  @ApiProperty({ example: 0.2, nullable: true, type: Number, description: 'Auto-winner: share of the audience in the test' })
  testFraction: number | null;

  @ApiProperty({ example: 'B', nullable: true, type: String, description: 'Auto-winner: the variant the rest of the audience gets' })
  winner: string | null;

  @ApiProperty({ nullable: true, type: Date })
  decidedAt: Date | null;
}

export class RoiDto {
  @ApiProperty({ example: 1200, nullable: true, type: Number })
  production: number | null;

  @ApiProperty({ example: 16.5, nullable: true, type: Number })
  hours: number | null;

  @ApiProperty({ example: 55, nullable: true, type: Number })
  hourlyRate: number | null;

  @ApiProperty({ example: 'EUR', nullable: true, type: String })
  currency: string | null;

  @ApiProperty({ example: 2107.5, nullable: true, type: Number, description: 'production + hours × hourlyRate' })
  cost: number | null;

  @ApiProperty({ example: 35.13, nullable: true, type: Number, description: 'cost / enrolled; null without enrolment or cost' })
  costPerEnrolment: number | null;

  @ApiProperty({ example: 51.4, nullable: true, type: Number, description: 'cost / completed; null without completion or cost' })
  costPerCompletion: number | null;
}

export class AmbassadorRankDto {
  @ApiProperty({ example: 1, description: 'Competition ranking: ties share a rank' })
  rank: number;

  @ApiProperty({ format: 'uuid' })
  learnerId: string;

  @ApiProperty({ example: 'Inès Moreau' })
  name: string;

  @ApiProperty({ example: 'Sales', nullable: true, type: String })
  department: string | null;

  @ApiProperty({ example: 12, description: 'Enrolments credited to this ambassador' })
  enrolled: number;

  @ApiProperty({ example: 9, description: 'Of those, completed' })
  completed: number;

  @ApiProperty({ example: 31, description: 'Human clicks on their short link or share link (people they brought to the enrol page)' })
  clicks: number;

  @ApiProperty({ example: 2, description: 'Days on which the ambassador said "I shared it" on their page' })
  relayCount: number;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'The last time they said "I shared it"' })
  relayedAt: Date | null;
}

export class PostReportDto {
  @ApiProperty({ format: 'uuid', description: 'The post (one delivery per step and network channel)' })
  deliveryId: string;

  @ApiProperty({ format: 'uuid' })
  stepId: string;

  @ApiProperty({ example: '2. Announcement on the Sales channel' })
  stepName: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null once the channel was deleted' })
  channelId: string | null;

  @ApiProperty({ example: '#sales-news', nullable: true, type: String })
  channelName: string | null;

  @ApiProperty({ enum: ['slack', 'teams', 'webhook'], nullable: true, type: String })
  channelKind: string | null;

  @ApiProperty({ example: 'sent', description: 'The delivery status of the post' })
  status: string;

  @ApiProperty({ nullable: true, type: Date })
  sentAt: Date | null;

  @ApiProperty({ example: 37, description: "Human clicks on the post's tracked links (counted per post and channel: a post names no learner)" })
  clicks: number;
}

export class ReportCampaignDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Hybrid management — spring session' })
  name: string;

  @ApiProperty({ example: 'running' })
  status: string;

  @ApiProperty({ example: 'Europe/Paris', description: 'The zone the daily series is cut in' })
  timeZone: string;
}

export class CampaignReportDto {
  @ApiProperty({ type: ReportCampaignDto })
  campaign: ReportCampaignDto;

  @ApiProperty()
  generatedAt: Date;

  @ApiProperty({
    enum: OpenTracking,
    example: OpenTracking.PerLearner,
    description:
      'How the workspace keeps opens, and so what the opened figures are. `per_learner`: learners with a human open (or a click). ' +
      '`aggregate`: opens counted by the pixel per step, variant, channel and day, without storing who opened — a learner who opens twice counts twice, ' +
      'and opens by persona, department or site are unknown (0, their open and click-to-open rates null).',
  })
  openTracking: OpenTracking;

  @ApiProperty({ type: FunnelDto })
  funnel: FunnelDto;

  @ApiProperty({ type: RatesDto })
  rates: RatesDto;

  @ApiProperty({ type: ReachedDto, description: "The session's learners reached by the campaign, whatever the attribution" })
  reached: ReachedDto;

  @ApiProperty({ type: EnrolledOverlapDto, description: 'Why funnel.enrolled and reached.enrolled differ: the learners each counts that the other does not' })
  enrolledOverlap: EnrolledOverlapDto;

  @ApiProperty({ type: ReportGoalDto })
  goal: ReportGoalDto;

  @ApiProperty({ example: 14, description: "The workspace's attribution window: an enrolment is credited to the learner's last human click on a campaign link at most this many days before it" })
  attributionWindowDays: number;

  @ApiProperty({ type: [PostReportDto], description: 'Network posts of the campaign, in step order, with their clicks' })
  posts: PostReportDto[];

  @ApiProperty({ type: BreakdownsDto })
  breakdowns: BreakdownsDto;

  @ApiProperty({ type: [DailyPointDto] })
  daily: DailyPointDto[];

  @ApiProperty({ type: [AbTestDto] })
  abTests: AbTestDto[];

  @ApiProperty({ type: RoiDto })
  roi: RoiDto;

  @ApiProperty({ type: [AmbassadorRankDto] })
  ambassadors: AmbassadorRankDto[];

  @ApiProperty({ example: 12, description: 'Scans of the campaign poster’s QR code (human clicks on its short link; they name no learner)' })
  posterScans: number;
}
