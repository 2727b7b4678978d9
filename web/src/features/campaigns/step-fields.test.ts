import { describe, expect, it } from 'vitest';
import { fieldOf } from './step-fields';

describe('fieldOf: the step form field an api problem names', () => {
  it.each([
    ['name', 'name'],
    ['offset', 'days'],
    ['localTime', 'localTime'],
    ['templateVersionId', 'versionId'],
    ['variants[1].templateVersionId', 'variants.1.versionId'],
    ['variants[0].weight', 'variants.0.weight'],
    ['variants', 'variants'],
    ['variants[2].key', 'variants'],
    ['personaIds[3]', 'personaIds'],
    ['segmentId', 'segmentId'],
    ['enrollmentCondition', 'enrollmentCondition'],
    ['abTestFraction', 'abTestPercent'],
    ['abDecideAfter', 'abDecideHours'],
    ['links.survey', 'links.survey'],
    ['position', null],
    ['steps[2].links.enrol', null],
  ])('%s → %s', (path, field) => expect(fieldOf(path)).toBe(field));
});
