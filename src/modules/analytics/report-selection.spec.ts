import { DomainError } from '../../common/errors/domain-error';
import { toSelection, type SelectionInput } from './report-selection';
import { stagesOf, STAGE_PREDICATES } from './report.repository';

const STEP = '6F1C2B3A-0000-4000-8000-000000000001';

describe('toSelection', () => {
  it.each<[string, SelectionInput, object]>([
    ['the whole campaign', { stage: 'clicked' }, { stage: 'clicked', notStage: undefined }],
    ['clicked, not enrolled, in a step (ids lower-cased)', { stage: 'clicked', notStage: 'enrolled', dimension: 'step', key: STEP }, { stage: 'clicked', notStage: 'enrolled', dimension: 'step', key: STEP.toLowerCase() }],
    ['the group without a department', { stage: 'targeted', dimension: 'department', keyNull: true }, { dimension: 'department', key: null }],
    ['key null in a JSON body', { stage: 'targeted', dimension: 'site', key: null }, { dimension: 'site', key: null }],
    ['a free-text key as is', { stage: 'sent', dimension: 'site', key: 'Saint-Étienne' }, { key: 'Saint-Étienne' }],
  ])('%s', (_name, input, expected) => {
    expect(toSelection(input)).toMatchObject(expected);
  });

  it.each<[string, SelectionInput, string]>([
    ['the same stage twice', { stage: 'clicked', notStage: 'clicked' }, 'notStage'],
    ['a key without a dimension', { stage: 'clicked', key: 'Sales' }, 'dimension'],
    ['keyNull without a dimension', { stage: 'clicked', keyNull: true }, 'dimension'],
    ['a dimension without a key', { stage: 'clicked', dimension: 'site' }, 'key'],
    ['a key and keyNull', { stage: 'clicked', dimension: 'site', key: 'Paris', keyNull: true }, 'keyNull'],
    ['a step key that is no id', { stage: 'clicked', dimension: 'step', key: 'Invitation' }, 'key'],
    ['an ambassador without a key', { stage: 'enrolled', dimension: 'ambassador', keyNull: true }, 'key'],
  ])('refuses %s, naming the field', (_name, input, path) => {
    let error: unknown;
    try {
      toSelection(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details.map((d) => d.path)).toEqual([path]);
  });
});

describe('stagesOf', () => {
  it('reads the bits as the report counts them: only machine opens make machineOpened', () => {
    expect(stagesOf(1 | 2 | 32 | 8)).toEqual(['targeted', 'sent', 'delivered', 'machineOpened']);
    expect(stagesOf(1 | 2 | 32 | 8 | 4 | 16 | 64 | 512)).toEqual(['targeted', 'sent', 'delivered', 'opened', 'clicked', 'enrolled', 'reachedEnrolled']);
    expect(Object.keys(STAGE_PREDICATES)).toHaveLength(12);
  });
});
