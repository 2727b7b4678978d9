import { CampaignStatus } from '../../common/enums';

/** What can happen to a campaign. The API exposes launch, pause, resume and cancel; the engine also starts and completes. */
export enum CampaignAction {
  Launch = 'launch',
  /** Engine: the first step of a scheduled campaign came due. */
  Start = 'start',
  Pause = 'pause',
  Resume = 'resume',
  /** Engine: every step has been materialised and every delivery settled. */
  Complete = 'complete',
  Cancel = 'cancel',
}

interface Transition {
  from: readonly CampaignStatus[];
  to: CampaignStatus;
}

const NON_TERMINAL = [CampaignStatus.Draft, CampaignStatus.Scheduled, CampaignStatus.Running, CampaignStatus.Paused] as const;

/** The life cycle: draft → scheduled → running ⇄ paused → completed, and cancelled from any non-terminal status. */
export const CAMPAIGN_TRANSITIONS: Readonly<Record<CampaignAction, Transition>> = {
  [CampaignAction.Launch]: { from: [CampaignStatus.Draft], to: CampaignStatus.Scheduled },
  [CampaignAction.Start]: { from: [CampaignStatus.Scheduled], to: CampaignStatus.Running },
  [CampaignAction.Pause]: { from: [CampaignStatus.Scheduled, CampaignStatus.Running], to: CampaignStatus.Paused },
  [CampaignAction.Resume]: { from: [CampaignStatus.Paused], to: CampaignStatus.Running },
  [CampaignAction.Complete]: { from: [CampaignStatus.Running], to: CampaignStatus.Completed },
  [CampaignAction.Cancel]: { from: NON_TERMINAL, to: CampaignStatus.Cancelled },
};

export type TransitionResult = { ok: true; to: CampaignStatus } | { ok: false; to: CampaignStatus; message: string };

/** Where `action` takes a campaign in status `from`, or why it cannot. */
export function campaignTransition(from: CampaignStatus, action: CampaignAction): TransitionResult {
  const { from: allowed, to } = CAMPAIGN_TRANSITIONS[action];
  if (allowed.includes(from)) return { ok: true, to };
  const hint = isTerminal(from) ? `a ${from} campaign is final` : `${action} applies to a campaign that is ${allowed.join(' or ')}`;
  return { ok: false, to, message: `Cannot ${action} a ${from} campaign (${from} → ${to}): ${hint}` };
}

export function isTerminal(status: CampaignStatus): boolean {
  return status === CampaignStatus.Completed || status === CampaignStatus.Cancelled;
}

/** The plan (campaign fields and steps) may change only before launch or while paused. */
export function isEditable(status: CampaignStatus): boolean {
  return status === CampaignStatus.Draft || status === CampaignStatus.Paused;
}
