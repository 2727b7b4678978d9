import type { SegmentRule } from '../segment-rule.types';

/** The rule shown in the API documentation. */
export const SEGMENT_RULE_EXAMPLE: SegmentRule = {
  all: [
    { field: 'department', op: 'in', value: ['Sales', 'Marketing'] },
    { field: 'attributes.level', op: 'gte', value: 3 },
    { not: { field: 'enrollment.status', op: 'in', value: ['enrolled', 'completed'], courseId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } },
  ],
};

export const SEGMENT_RULE_DESCRIPTION =
  'A rule in the segment language: groups {"all": [...]}, {"any": [...]}, {"not": {...}} around conditions ' +
  '{"field", "op", "value"} (see the README, "The segment language"). Errors name the JSON path of the bad node.';
