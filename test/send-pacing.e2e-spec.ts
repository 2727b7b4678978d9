import { PreparedStatements } from '../src/infrastructure/database/prepared-statements';
import { DeliveriesRepository } from '../src/modules/delivery/deliveries.repository';
import { TestApp, type TestWorkspace } from './support/test-app';

// The workspace's send slots (GCRA), taken several at a time by the worker's waiting slots: one
// slot every 1/rate s, a burst of one second's worth, whatever the number asked for at once.
describe('Send pacing: slots taken together keep the rate', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let deliveries: DeliveriesRepository;

  beforeAll(async () => {
    t = await TestApp.start();
    ws = await t.createWorkspace('Paced Learning');
    deliveries = new DeliveriesRepository(t.dataSource, t.app.get(PreparedStatements));
  });
  afterAll(() => t.close());

  /** The pacing as if the workspace had sent nothing for an hour. */
  const rested = () => t.dataSource.query(`UPDATE send_pacing SET paced_until = now() - interval '1 hour' WHERE workspace_id = $1`, [ws.id]);

  it('at 1 message/s, grants one of three, and says when the next one frees', async () => {
    const before = Date.now();
    const { granted, nextAt } = await deliveries.takeSendSlots(ws.id, 1, 3);
    expect(granted).toBe(1);
    expect(nextAt!.getTime() - before).toBeGreaterThanOrEqual(900);
    expect(nextAt!.getTime() - before).toBeLessThan(1_500);
    expect(await deliveries.takeSendSlots(ws.id, 1, 1)).toMatchObject({ granted: 0 });
  });

  it('at 10 messages/s, grants a burst of ten out of fifteen, then one slot per tenth of a second', async () => {
    await rested();
    const started = Date.now();
    const first = await deliveries.takeSendSlots(ws.id, 10, 15);
    expect(first.granted).toBe(10);
    // The burst is spent: the next slot frees one step after the last one granted, less the burst.
    expect(first.nextAt!.getTime() - started).toBeLessThanOrEqual(100 + (Date.now() - started));
    const again = await deliveries.takeSendSlots(ws.id, 10, 5);
    // Only what the time since the burst has freed: one slot per 100 ms.
    expect(again.granted).toBeLessThanOrEqual(1 + Math.floor((Date.now() - started) / 100));
    expect(again.granted).toBeLessThan(5);
  });

  it('grants exactly what is asked when the burst allows, and nothing more is remembered than was taken', async () => {
    await rested();
    expect(await deliveries.takeSendSlots(ws.id, 1000, 64)).toEqual({ granted: 64, nextAt: null });
    const [{ ahead }] = await t.dataSource.query(`SELECT extract(epoch FROM paced_until - clock_timestamp()) AS ahead FROM send_pacing WHERE workspace_id = $1`, [ws.id]);
    // 64 slots at 1,000/s: paced 64 ms ahead of now at most.
    expect(Number(ahead)).toBeLessThanOrEqual(0.064);
  });

  it('concurrent takers never get more than the burst between them, plus what the time meanwhile frees', async () => {
    await rested();
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 8 }, () => deliveries.takeSendSlots(ws.id, 5, 3)));
    const total = results.reduce((sum, r) => sum + r.granted, 0);
    // Five per second: a burst of five, then one more per 200 ms gone by.
    expect(total).toBeGreaterThanOrEqual(5);
    expect(total).toBeLessThanOrEqual(5 + Math.floor((Date.now() - started) / 200));
  });
});
