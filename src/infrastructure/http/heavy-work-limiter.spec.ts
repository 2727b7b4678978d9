import { type Admission, HeavyWorkLimiter } from './heavy-work-limiter';

describe('HeavyWorkLimiter', () => {
  let clock = 0;
  const limiter = () => new HeavyWorkLimiter({ perWorkspace: { import: 1, preview: 2, testSend: 1, report: 2 }, perProcess: 4 }, () => clock);
  const release = (a: Admission) => (a.admitted ? a.release() : expect(a).toMatchObject({ admitted: true }));

  beforeEach(() => {
    clock = 0;
  });

  it("admits a workspace's requests up to its limit per kind, then refuses with the workspace scope", () => {
    const l = limiter();
    expect(l.admit('preview', 'a').admitted).toBe(true);
    expect(l.admit('preview', 'a').admitted).toBe(true);
    expect(l.admit('preview', 'a')).toEqual({ admitted: false, scope: 'workspace', running: 2, limit: 2, retryAfterSeconds: 1 });
    // Another kind and another workspace have their own counts.
    expect(l.admit('import', 'a').admitted).toBe(true);
    expect(l.admit('preview', 'b').admitted).toBe(true);
  });

  it('refuses with the process scope once all workspaces together fill the share, a report weighing two', () => {
    const l = limiter();
    const report = l.admit('report', 'a');
    l.admit('preview', 'b');
    l.admit('preview', 'c');
    expect(l.admit('preview', 'd')).toMatchObject({ admitted: false, scope: 'process', running: 4, limit: 4 });
    release(report);
    expect(l.admit('preview', 'd').admitted).toBe(true);
    // One slot left: a report does not fit, a preview does.
    expect(l.admit('report', 'e')).toMatchObject({ admitted: false, scope: 'process', running: 3 });
    expect(l.admit('testSend', 'e').admitted).toBe(true);
  });

  it('runs a request heavier than the whole share when nothing else runs', () => {
    const l = new HeavyWorkLimiter({ perWorkspace: { import: 1, preview: 1, testSend: 1, report: 1 }, perProcess: 1 });
    const report = l.admit('report', 'a');
    expect(report.admitted).toBe(true);
    expect(l.admit('preview', 'b')).toMatchObject({ admitted: false, scope: 'process' });
    release(report);
    expect(l.admit('preview', 'b').admitted).toBe(true);
  });

  it('frees the slot once, however often release is called', () => {
    const l = limiter();
    const first = l.admit('import', 'a');
    if (!first.admitted) throw new Error('not admitted');
    first.release();
    first.release();
    expect(l.admit('import', 'a').admitted).toBe(true);
    expect(l.admit('import', 'a')).toMatchObject({ admitted: false, scope: 'workspace', running: 1 });
  });

  it('asks to retry after the typical duration of the kind, between 1 and 60 seconds', () => {
    const l = limiter();
    // Holds workspace x's only import slot for `ms`, and answers what a second import was told meanwhile.
    const importFor = (ms: number) => {
      const held = l.admit('import', 'x');
      const refusal = l.admit('import', 'x');
      clock += ms;
      release(held);
      return refusal;
    };
    expect(importFor(8_000)).toMatchObject({ admitted: false, retryAfterSeconds: 1 });
    expect(importFor(1_000)).toMatchObject({ retryAfterSeconds: 8 });
    // A moving average: one quick import lowers the estimate (0.8 × 8 s + 0.2 × 1 s), it does not reset it.
    expect(importFor(0)).toMatchObject({ retryAfterSeconds: 7 });

    const report = l.admit('report', 'y');
    clock += 600_000;
    release(report);
    l.admit('report', 'y');
    l.admit('report', 'y');
    expect(l.admit('report', 'y')).toMatchObject({ retryAfterSeconds: 60 });
  });
});
