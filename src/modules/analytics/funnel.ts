/** Unique learners at each stage of a campaign's funnel (see the README, "Reports and attribution"). */
export interface FunnelCounts {
  targeted: number;
  sent: number;
  delivered: number;
  opened: number;
  machineOpened: number;
  clicked: number;
  enrolled: number;
  started: number;
  completed: number;
}

/** Ratios between 0 and 1, null when the denominator is 0. */
export interface FunnelRates {
  open: number | null;
  clickThrough: number | null;
  clickToOpen: number | null;
  participation: number | null;
  conversion: number | null;
  completion: number | null;
}

export interface CostInputs {
  production: number | null;
  hours: number | null;
  hourlyRate: number | null;
  currency: string | null;
}

export interface Roi extends CostInputs {
  /** production + hours × hourlyRate; null when no cost was entered. */
  cost: number | null;
  costPerEnrolment: number | null;
  costPerCompletion: number | null;
}

export const FUNNEL_STAGES: ReadonlyArray<keyof FunnelCounts> = [
  'targeted',
  'sent',
  'delivered',
  'opened',
  'machineOpened',
  'clicked',
  'enrolled',
  'started',
  'completed',
];

export const RATE_NAMES: ReadonlyArray<keyof FunnelRates> = ['open', 'clickThrough', 'clickToOpen', 'participation', 'conversion', 'completion'];

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function funnelRates(f: FunnelCounts): FunnelRates {
  return {
    open: ratio(f.opened, f.delivered),
    clickThrough: ratio(f.clicked, f.delivered),
    clickToOpen: ratio(f.clicked, f.opened),
    participation: ratio(f.enrolled, f.targeted),
    conversion: ratio(f.enrolled, f.clicked),
    completion: ratio(f.completed, f.enrolled),
  };
}

/** Money rounded to the cent, so 0.1 + 0.2 reads 0.3. */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

export function roi(inputs: CostInputs, funnel: Pick<FunnelCounts, 'enrolled' | 'completed'>): Roi {
  const entered = inputs.production !== null || (inputs.hours !== null && inputs.hourlyRate !== null);
  const cost = entered ? cents((inputs.production ?? 0) + (inputs.hours ?? 0) * (inputs.hourlyRate ?? 0)) : null;
  const per = (n: number) => (cost === null || n === 0 ? null : cents(cost / n));
  const { production, hours, hourlyRate, currency } = inputs;
  return { production, hours, hourlyRate, currency, cost, costPerEnrolment: per(funnel.enrolled), costPerCompletion: per(funnel.completed) };
}
