import { withOpenCounters, type OpenCounterRow } from './aggregate-opens';
import type { FunnelDimension, FunnelRow } from './report.repository';

const row = (dimension: FunnelDimension, key: string | null, opened = 9): FunnelRow => ({
  dimension, key, targeted: 10, sent: 10, delivered: 10, opened, machineOpened: 1, clicked: 2, enrolled: 1, started: 0, completed: 0,
});
const counter = (stepId: string, variant: string, day: string, opens: number, machineOpens = 0): OpenCounterRow => ({ stepId, variant, channel: 'email', day, opens, machineOpens });

describe('withOpenCounters', () => {
  const rows = [
    row('total', null), row('step', 's1'), row('step', 's2'), row('stepVariant', 's1:A'), row('stepVariant', 's1:B'),
    row('variant', 'A'), row('variant', 'B'), row('variant', null), row('channel', 'email'), row('day', '2026-03-02'),
    row('persona', 'p1'), row('department', 'Sales'), row('site', null), row('reached', null), row('ambassador', 'a1'),
  ];
  const counters = [
    counter('s1', 'A', '2026-03-02', 3, 1),
    counter('s1', 'A', '2026-03-03', 2),
    counter('s1', 'B', '2026-03-02', 4, 2),
    counter('s2', '', '2026-03-02', 5),
  ];
  const out = withOpenCounters(rows, counters);
  const opened = (dimension: FunnelDimension, key: string | null) => out.find((r) => r.dimension === dimension && r.key === key);

  it.each<[FunnelDimension, string | null, number, number]>([
    ['total', null, 14, 3],
    ['step', 's1', 9, 3],
    ['step', 's2', 5, 0],
    ['stepVariant', 's1:A', 5, 1],
    ['stepVariant', 's1:B', 4, 2],
    ['variant', 'A', 5, 1],
    ['variant', 'B', 4, 2],
    ['variant', null, 5, 0],
    ['channel', 'email', 14, 3],
    ['day', '2026-03-02', 12, 3],
    // A day with opens only (sends and clicks on other days) gets its own row.
    ['day', '2026-03-03', 2, 0],
  ])('%s %s: %i opens, %i machine opens, from the counters', (dimension, key, opens, machineOpens) => {
    expect(opened(dimension, key)).toMatchObject({ opened: opens, machineOpened: machineOpens });
  });

  it('says nothing about opens by profile, and leaves the other figures alone', () => {
    for (const [dimension, key] of [['persona', 'p1'], ['department', 'Sales'], ['site', null]] as const) {
      expect(opened(dimension, key)).toMatchObject({ opened: 0, machineOpened: 0, clicked: 2, delivered: 10 });
    }
    expect(opened('reached', null)).toEqual(rows.find((r) => r.dimension === 'reached'));
    expect(opened('day', '2026-03-02')).toMatchObject({ sent: 10, clicked: 2 });
  });

  it('with no counter, opens are 0 where counters apply', () => {
    expect(withOpenCounters([row('total', null)], [])[0]).toMatchObject({ opened: 0, machineOpened: 0, clicked: 2 });
  });
});
