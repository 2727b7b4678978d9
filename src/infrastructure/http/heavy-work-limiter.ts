import type { HeavyWorkKind } from '../../config/app-config';

export interface HeavyWorkLimits {
  perWorkspace: Record<HeavyWorkKind, number>;
  perProcess: number;
}

export type Admission =
  | { admitted: true; release: () => void }
  | { admitted: false; scope: 'workspace' | 'process'; running: number; limit: number; retryAfterSeconds: number };

// What one request of a kind holds of the process's share: a report reads on two connections.
const WEIGHT: Record<HeavyWorkKind, number> = { import: 1, preview: 1, testSend: 1, report: 2 };
const MAX_RETRY_AFTER_SECONDS = 60;

/**
 * Counts the heavy requests running in this process, per workspace and kind and in all, and admits a
 * new one only within both limits. A refusal says which limit was hit and when to try again: the
 * typical duration of that kind (a moving average of the last ones), at least one second.
 */
export class HeavyWorkLimiter {
  private readonly running = new Map<string, number>();
  private inProcess = 0;
  private readonly typicalMs = new Map<HeavyWorkKind, number>();

  constructor(
    private readonly limits: HeavyWorkLimits,
    private readonly now: () => number = () => performance.now(),
  ) {}

  admit(kind: HeavyWorkKind, workspaceId: string): Admission {
    const key = `${kind}:${workspaceId}`;
    const mine = this.running.get(key) ?? 0;
    const retryAfterSeconds = this.retryAfter(kind);
    const perWorkspace = this.limits.perWorkspace[kind];
    if (mine >= perWorkspace) return { admitted: false, scope: 'workspace', running: mine, limit: perWorkspace, retryAfterSeconds };
    const weight = WEIGHT[kind];
    // Alone, even a request heavier than the whole share runs.
    if (this.inProcess > 0 && this.inProcess + weight > this.limits.perProcess) {
      return { admitted: false, scope: 'process', running: this.inProcess, limit: this.limits.perProcess, retryAfterSeconds };
    }

    this.running.set(key, mine + 1);
    this.inProcess += weight;
    const started = this.now();
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (this.running.get(key) ?? 1) - 1;
      if (left > 0) this.running.set(key, left);
      else this.running.delete(key);
      this.inProcess -= weight;
      const took = this.now() - started;
      const typical = this.typicalMs.get(kind);
      this.typicalMs.set(kind, typical === undefined ? took : 0.8 * typical + 0.2 * took);
    };
    return { admitted: true, release };
  }

  private retryAfter(kind: HeavyWorkKind): number {
    const seconds = Math.ceil((this.typicalMs.get(kind) ?? 0) / 1000);
    return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, seconds));
  }
}
