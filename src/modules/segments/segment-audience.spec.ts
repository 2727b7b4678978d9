import { dynamicAudience, staticAudience } from './segment-audience';

const WS = '11111111-1111-4111-8111-111111111111';
const SEGMENT = '22222222-2222-4222-8222-222222222222';

describe('audience predicates', () => {
  it.each([
    ['a rule, from $1 on l', () => dynamicAudience(WS, { field: 'site', op: 'eq', value: 'Lyon' }), '(l.workspace_id = $1 AND (l.site = $2))', [WS, 'Lyon']],
    [
      'a rule, from an offset on another alias',
      () => dynamicAudience(WS, { not: { field: 'site', op: 'eq', value: 'Lyon' } }, { alias: 'x', firstParam: 4 }),
      '(x.workspace_id = $4 AND (NOT coalesce((x.site = $5), false)))',
      [WS, 'Lyon'],
    ],
    [
      'a static segment reads its members',
      () => staticAudience(WS, SEGMENT, { firstParam: 3 }),
      '(l.workspace_id = $3 AND l.id IN (SELECT seg_m.learner_id FROM segment_members seg_m WHERE seg_m.segment_id = $4))',
      [WS, SEGMENT],
    ],
  ])('%s', (_name, build, where, params) => {
    expect(build()).toEqual({ where, params });
  });

  it('refuses an alias that is not an identifier', () => {
    expect(() => staticAudience(WS, SEGMENT, { alias: 'l) OR (1=1' })).toThrow('Invalid SQL alias');
    expect(() => dynamicAudience(WS, { all: [] }, { alias: 'l) OR (1=1' })).toThrow('Invalid SQL alias');
  });

  it('reports a bad rule with the segment error', () => {
    expect(() => dynamicAudience(WS, { field: 'salary', op: 'eq', value: 1 })).toThrow(expect.objectContaining({ code: 'SEGMENT.INVALID_RULE' }));
  });
});
