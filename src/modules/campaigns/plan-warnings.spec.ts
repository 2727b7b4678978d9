import { EnrollmentCondition, StepAnchor } from '../../common/enums';
import { conditionWarnings, frequencyCapWarning, pileUpWarnings, PlanWarningCode, serviceOverrideWarning, type ConditionFacts, type TimedStep } from './plan-warnings';

const d = (iso: string) => new Date(iso);

function timed(stepId: string, zones: Array<[zone: string, count: number, stepAt: string, sendAt: string]>): TimedStep {
  return { stepId, name: `Step ${stepId}`, zones: zones.map(([zone, count, stepAt, sendAt]) => ({ zone, count, stepAt: d(stepAt), sendAt: d(sendAt) })) };
}

describe('pileUpWarnings', () => {
  // Quiet hours 20:00–08:00 in Paris (UTC+2 in May): 21:00 and 22:00 both move to 08:00 = 06:00Z.
  const moved21 = timed('a', [['Europe/Paris', 10, '2026-05-11T19:00:00Z', '2026-05-12T06:00:00Z']]);
  const moved22 = timed('b', [['Europe/Paris', 7, '2026-05-11T20:00:00Z', '2026-05-12T06:00:00Z']]);

  it.each<[string, TimedStep[], Record<string, Array<{ stepIds: string[]; zones: string[]; count: number; local: string }>>]>([
    ['nothing moved, nothing piled', [timed('a', [['Europe/Paris', 5, '2026-05-12T07:00:00Z', '2026-05-12T07:00:00Z']])], {}],
    [
      'two steps moved onto the same 08:00',
      [moved21, moved22],
      {
        a: [{ stepIds: ['b'], zones: ['Europe/Paris'], count: 10, local: '2026-05-12 08:00' }],
        b: [{ stepIds: ['a'], zones: ['Europe/Paris'], count: 7, local: '2026-05-12 08:00' }],
      },
    ],
    [
      'one moved onto another planned at 08:00 on purpose: both are told',
      [moved21, timed('c', [['Europe/Paris', 3, '2026-05-12T06:00:00Z', '2026-05-12T06:00:00Z']])],
      {
        a: [{ stepIds: ['c'], zones: ['Europe/Paris'], count: 10, local: '2026-05-12 08:00' }],
        c: [{ stepIds: ['a'], zones: ['Europe/Paris'], count: 3, local: '2026-05-12 08:00' }],
      },
    ],
    [
      'two steps planned at the same minute on purpose are not a pile-up',
      [
        timed('a', [['Europe/Paris', 1, '2026-05-12T07:00:00Z', '2026-05-12T07:00:00Z']]),
        timed('b', [['Europe/Paris', 1, '2026-05-12T07:00:00Z', '2026-05-12T07:00:00Z']]),
      ],
      {},
    ],
    [
      'the same minute in two different zones is not a pile-up',
      [
        timed('a', [['Europe/Paris', 1, '2026-05-11T19:00:00Z', '2026-05-12T06:00:00Z']]),
        timed('b', [['Africa/Johannesburg', 1, '2026-05-11T19:00:00Z', '2026-05-12T06:00:00Z']]),
      ],
      {},
    ],
    [
      'a zone with no recipient of the step does not count',
      [moved21, timed('b', [['Europe/Paris', 0, '2026-05-11T20:00:00Z', '2026-05-12T06:00:00Z']])],
      {},
    ],
    [
      'seconds apart in the same minute still pile up',
      [moved21, timed('b', [['Europe/Paris', 2, '2026-05-12T06:00:30Z', '2026-05-12T06:00:30Z']])],
      {
        a: [{ stepIds: ['b'], zones: ['Europe/Paris'], count: 10, local: '2026-05-12 08:00' }],
        b: [{ stepIds: ['a'], zones: ['Europe/Paris'], count: 2, local: '2026-05-12 08:00' }],
      },
    ],
    [
      'zones with the same local minute are listed in one warning, learners added up',
      [
        timed('a', [
          ['Europe/Paris', 10, '2026-05-11T19:00:00Z', '2026-05-12T06:00:00Z'],
          ['Europe/Berlin', 4, '2026-05-11T19:00:00Z', '2026-05-12T06:00:00Z'],
          ['Asia/Tokyo', 9, '2026-05-11T12:00:00Z', '2026-05-11T23:30:00Z'],
        ]),
        timed('b', [
          ['Europe/Paris', 7, '2026-05-11T20:00:00Z', '2026-05-12T06:00:00Z'],
          ['Europe/Berlin', 1, '2026-05-11T20:00:00Z', '2026-05-12T06:00:00Z'],
          ['Asia/Tokyo', 2, '2026-05-11T13:00:00Z', '2026-05-11T23:30:00Z'],
        ]),
      ],
      {
        a: [
          { stepIds: ['b'], zones: ['Europe/Paris', 'Europe/Berlin'], count: 14, local: '2026-05-12 08:00' },
          { stepIds: ['b'], zones: ['Asia/Tokyo'], count: 9, local: '2026-05-12 08:30' },
        ],
        b: [
          { stepIds: ['a'], zones: ['Europe/Paris', 'Europe/Berlin'], count: 8, local: '2026-05-12 08:00' },
          { stepIds: ['a'], zones: ['Asia/Tokyo'], count: 2, local: '2026-05-12 08:30' },
        ],
      },
    ],
  ])('%s', (_name, steps, expected) => {
    const warnings = pileUpWarnings(steps);
    const actual = Object.fromEntries(
      [...warnings].map(([stepId, list]) => [
        stepId,
        list.map((w) => ({ stepIds: w.stepIds!, zones: w.zones!, count: w.count!, local: /(\d{4}-\d\d-\d\d \d\d:\d\d)/.exec(w.message)![1] })),
      ]),
    );
    expect(actual).toEqual(expected);
    for (const list of warnings.values()) for (const w of list) expect(w.code).toBe(PlanWarningCode.StepsPiled);
  });

  it('names the other steps, the minute and the zone', () => {
    const [warning] = pileUpWarnings([moved21, moved22]).get('a')!;
    expect(warning.message).toBe(
      'goes out at the same minute as "Step b": 2026-05-12 08:00 in Europe/Paris, where the send window (quiet hours, allowed weekdays) moved them together',
    );
  });
});

describe('conditionWarnings', () => {
  const session = { startsAt: d('2026-05-20T07:00:00Z'), endsAt: d('2026-05-22T15:00:00Z'), enrolBy: d('2026-05-15T22:00:00Z') };
  const facts = (overrides: Partial<ConditionFacts>): ConditionFacts => ({
    anchor: StepAnchor.SessionStart,
    condition: null,
    firstSendAt: d('2026-05-10T07:00:00Z'),
    lastSendAt: d('2026-05-10T13:00:00Z'),
    session,
    matchingToday: 12,
    ...overrides,
  });

  it.each<[string, Partial<ConditionFacts>, PlanWarningCode[]]>([
    ['no condition', {}, []],
    ['"not enrolled" before enrol-by', { condition: EnrollmentCondition.NotEnrolled }, []],
    ['"not enrolled" sent after enrol-by in the last zone', { condition: EnrollmentCondition.NotEnrolled, lastSendAt: d('2026-05-16T01:00:00Z') }, [PlanWarningCode.ConditionAfterEnrolBy]],
    [
      '"not enrolled" with no enrol-by: after the session starts',
      { condition: EnrollmentCondition.NotEnrolled, session: { ...session, enrolBy: null }, lastSendAt: d('2026-05-20T08:00:00Z') },
      [PlanWarningCode.ConditionAfterEnrolBy],
    ],
    [
      'an after step on "not enrolled"',
      { condition: EnrollmentCondition.NotEnrolled, anchor: StepAnchor.SessionEnd, firstSendAt: d('2026-05-23T07:00:00Z'), lastSendAt: d('2026-05-23T13:00:00Z') },
      [PlanWarningCode.ConditionAfterEnrolBy],
    ],
    ['"completed" before the session ends', { condition: EnrollmentCondition.Completed }, [PlanWarningCode.ConditionNotYetKnown]],
    ['"not completed" before the session ends', { condition: EnrollmentCondition.NotCompleted, firstSendAt: d('2026-05-22T14:00:00Z') }, [PlanWarningCode.ConditionNotYetKnown]],
    ['"completed" after the session ends', { condition: EnrollmentCondition.Completed, firstSendAt: d('2026-05-23T07:00:00Z'), lastSendAt: d('2026-05-23T13:00:00Z') }, []],
    ['"started, not completed" during the session is a nudge, not a contradiction', { condition: EnrollmentCondition.StartedNotCompleted, firstSendAt: d('2026-05-21T07:00:00Z') }, []],
    ['an evergreen course has no end to wait for', { condition: EnrollmentCondition.Completed, session: null, anchor: StepAnchor.Launch }, []],
    [
      '"not completed" after each completion',
      { condition: EnrollmentCondition.NotCompleted, anchor: StepAnchor.LearnerCompleted, firstSendAt: null, lastSendAt: null },
      [PlanWarningCode.ConditionContradictsAnchor],
    ],
    ['"enrolled" after each completion holds', { condition: EnrollmentCondition.Enrolled, anchor: StepAnchor.LearnerCompleted, firstSendAt: null, lastSendAt: null }, []],
    ['"completed" after each completion holds', { condition: EnrollmentCondition.Completed, anchor: StepAnchor.LearnerCompleted, firstSendAt: null, lastSendAt: null }, []],
  ])('%s', (_name, overrides, expected) => {
    expect(conditionWarnings(facts(overrides)).map((w) => w.code)).toEqual(expected);
  });

  it('says what is read when, and how many match today', () => {
    const [warning] = conditionWarnings(facts({ condition: EnrollmentCondition.Completed }));
    expect(warning).toEqual({
      code: PlanWarningCode.ConditionNotYetKnown,
      message:
        '"completed" is read when the step goes (from 2026-05-10T07:00:00.000Z), before the session ends (2026-05-22T15:00:00.000Z): ' +
        'who completes is not known yet, so the 12 learners matching today are not who it will reach',
      count: 12,
    });
  });
});

describe('serviceOverrideWarning', () => {
  it('says nothing when no unsubscribed learner is reached', () => {
    expect(serviceOverrideWarning(0, 'teaser')).toEqual([]);
  });

  it('counts the unsubscribed learners a service override reaches, naming the purpose', () => {
    expect(serviceOverrideWarning(3, 'teaser')).toEqual([
      {
        code: PlanWarningCode.ServiceReachesUnsubscribed,
        count: 3,
        message: "3 learners unsubscribed from promotional email would get this step: it is sent as a service message although its template's purpose (teaser) is promotional",
      },
    ]);
  });
});

describe('frequencyCapWarning', () => {
  it.each<[number, number, string | null]>([
    [0, 5, null],
    [1, 5, '1 learner would already have 5 promotional emails in the 7 days before this step and would not get it (mark the step essential if it must reach them)'],
    [30, 3, '30 learners would already have 3 promotional emails in the 7 days before this step and would not get it (mark the step essential if it must reach them)'],
  ])('%d capped at %d', (capped, cap, message) => {
    const warnings = frequencyCapWarning(capped, cap);
    expect(warnings).toEqual(message ? [{ code: PlanWarningCode.FrequencyCap, message, count: capped }] : []);
  });
});
