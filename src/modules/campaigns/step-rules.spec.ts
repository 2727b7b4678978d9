import { StepAnchor, StepChannel, StepPhase } from '../../common/enums';
import { draftStep, versionRefs, type StepDraft, type StepInput } from './step-rules';

const V1 = '11111111-1111-4111-8111-111111111111';
const V2 = '22222222-2222-4222-8222-222222222222';
const V3 = '33333333-3333-4333-8333-333333333333';

const base: StepInput = {
  name: ' Invitation ',
  phase: StepPhase.Before,
  anchor: StepAnchor.SessionStart,
  offset: '-P2W',
  channel: StepChannel.Email,
  templateVersionId: V1,
};

const existing: StepDraft = {
  name: 'Reminder',
  phase: StepPhase.Before,
  anchor: StepAnchor.EnrolBy,
  offset: '-P3D',
  localTime: '09:00',
  channel: StepChannel.Email,
  templateVersionId: V1,
  variants: [
    { key: 'A', templateVersionId: V1, weight: 50 },
    { key: 'B', templateVersionId: V2, weight: 50 },
  ],
  personaIds: [],
  segmentId: null,
  enrollmentCondition: null,
  essential: false,
  messageKind: null,
  attachInvite: null,
  links: {},
  abTestFraction: null,
  abDecideAfter: null,
  position: 2,
};

describe('draftStep on creation', () => {
  it('normalises and fills defaults', () => {
    expect(draftStep(null, { ...base, localTime: '08:30' })).toEqual({
      ok: true,
      draft: {
        name: 'Invitation',
        phase: StepPhase.Before,
        anchor: StepAnchor.SessionStart,
        offset: '-P14D',
        localTime: '08:30',
        channel: StepChannel.Email,
        templateVersionId: V1,
        variants: [],
        personaIds: [],
        segmentId: null,
        enrollmentCondition: null,
        essential: false,
        messageKind: null,
        attachInvite: null,
        links: {},
        abTestFraction: null,
        abDecideAfter: null,
        position: null,
      },
    });
  });

  it('pins variant A when variants are given', () => {
    const variants = [
      { key: 'B', templateVersionId: V2, weight: 10 },
      { key: 'A', templateVersionId: V3, weight: 90 },
    ];
    const result = draftStep(null, { ...base, templateVersionId: undefined, variants });
    expect(result.ok && result.draft.templateVersionId).toBe(V2);
    expect(result.ok && result.draft.variants).toEqual(variants);
  });

  it.each<[string, StepInput, Array<[string, RegExp]>]>([
    ['no version at all', { ...base, templateVersionId: undefined }, [['steps[1].templateVersionId', /required unless variants/]]],
    [
      'both a version and variants',
      { ...base, variants: [{ key: 'A', templateVersionId: V1, weight: 1 }, { key: 'B', templateVersionId: V2, weight: 1 }] },
      [['steps[1].templateVersionId', /either templateVersionId or variants/]],
    ],
    ['a single variant', { ...base, templateVersionId: undefined, variants: [{ key: 'A', templateVersionId: V1, weight: 1 }] }, [['steps[1].variants', /at least 2/]]],
    [
      'duplicate variant keys',
      {
        ...base,
        templateVersionId: undefined,
        variants: [
          { key: 'A', templateVersionId: V1, weight: 1 },
          { key: 'B', templateVersionId: V2, weight: 1 },
          { key: 'A', templateVersionId: V3, weight: 1 },
        ],
      },
      [['steps[1].variants[2].key', /duplicate variant key "A"/]],
    ],
    ['a month offset', { ...base, offset: '-P1M' }, [['steps[1].offset', /months are not supported/]]],
    ['a bad local time', { ...base, localTime: '25:00' }, [['steps[1].localTime', /not a time of day/]]],
  ])('refuses %s, naming the field', (_, input, expected) => {
    const result = draftStep(null, input, 'steps[1].');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => [e.path, e.message])).toEqual(expected.map(([p, m]) => [p, expect.stringMatching(m)]));
  });
});

describe('draftStep on a patch', () => {
  it.each<[string, StepInput, Partial<StepDraft>]>([
    ['keeps everything when nothing changes', {}, {}],
    ['changes only what is given', { name: 'Last call', offset: '-PT48H' }, { name: 'Last call', offset: '-P2D' }],
    ['clears the local time with null', { localTime: null }, { localTime: null }],
    ['pinning a version removes the variants', { templateVersionId: V3 }, { templateVersionId: V3, variants: [] }],
    [
      'new variants replace the old ones and pin their first',
      { variants: [{ key: 'A', templateVersionId: V3, weight: 1 }, { key: 'B', templateVersionId: V1, weight: 3 }] },
      { templateVersionId: V3, variants: [{ key: 'A', templateVersionId: V3, weight: 1 }, { key: 'B', templateVersionId: V1, weight: 3 }] },
    ],
    ['removing variants with a version to pin', { variants: [], templateVersionId: V2 }, { templateVersionId: V2, variants: [] }],
    ['moves the step', { position: 7 }, { position: 7 }],
    ['starts an auto-winner test', { abTestFraction: 0.2, abDecideAfter: 'PT24H' }, { abTestFraction: 0.2, abDecideAfter: 'P1D' }],
  ])('%s', (_, patch, changes) => {
    expect(draftStep(existing, patch)).toEqual({ ok: true, draft: { ...existing, ...changes } });
  });

  it('refuses removing the variants without a version to pin', () => {
    expect(draftStep(existing, { variants: [] })).toEqual({
      ok: false,
      errors: [{ path: 'templateVersionId', message: 'removing the variants needs a templateVersionId to pin instead' }],
    });
  });
});

describe('auto-winner A/B tests', () => {
  const testing: StepDraft = { ...existing, abTestFraction: 0.1, abDecideAfter: 'PT12H' };

  it.each<[string, StepDraft | null, StepInput, Array<[string, RegExp]>]>([
    ['a test without variants', null, { ...base, abTestFraction: 0.2, abDecideAfter: 'PT24H' }, [['abTestFraction', /needs A\/B variants/]]],
    ['a fraction without a delay', existing, { abTestFraction: 0.2 }, [['abDecideAfter', /go together/]]],
    ['a delay without a fraction', existing, { abDecideAfter: 'PT24H' }, [['abTestFraction', /go together/]]],
    ['removing the fraction only', testing, { abTestFraction: null }, [['abTestFraction', /go together/]]],
    ['a delay that is not a duration', existing, { abTestFraction: 0.2, abDecideAfter: 'tomorrow' }, [['abDecideAfter', /not an ISO 8601 duration/]]],
    ['a negative delay', existing, { abTestFraction: 0.2, abDecideAfter: '-PT1H' }, [['abDecideAfter', /positive delay/]]],
  ])('refuses %s', (_, from, input, expected) => {
    const result = draftStep(from, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => [e.path, e.message])).toEqual(expected.map(([p, m]) => [p, expect.stringMatching(m)]));
  });

  it('ends the test when a single version is pinned, and keeps it across other changes', () => {
    expect(draftStep(testing, { templateVersionId: V3 })).toEqual({
      ok: true,
      draft: { ...testing, templateVersionId: V3, variants: [], abTestFraction: null, abDecideAfter: null },
    });
    expect(draftStep(testing, { name: 'Renamed' })).toEqual({ ok: true, draft: { ...testing, name: 'Renamed' } });
    expect(draftStep(testing, { abTestFraction: null, abDecideAfter: null })).toEqual({ ok: true, draft: { ...testing, abTestFraction: null, abDecideAfter: null } });
  });
});

describe('versionRefs', () => {
  it('names the pinned version, or each variant', () => {
    expect(versionRefs({ ...existing, variants: [] }, 'steps[0].')).toEqual([{ path: 'steps[0].templateVersionId', templateVersionId: V1 }]);
    expect(versionRefs(existing)).toEqual([
      { path: 'variants[0].templateVersionId', templateVersionId: V1 },
      { path: 'variants[1].templateVersionId', templateVersionId: V2 },
    ]);
  });
});
