import type { FieldCatalog } from './rule-model';

/** The api's catalog (GET /v1/segments/fields) as the rule builder's tests use it. */
export const TEST_CATALOG: FieldCatalog = {
  openTracking: 'per_learner',
  fields: [
    { field: 'department', type: 'text', operators: ['eq', 'neq', 'in', 'nin', 'contains', 'starts_with', 'exists'] },
    { field: 'site', type: 'text', operators: ['eq', 'neq', 'in', 'nin', 'contains', 'starts_with', 'exists'] },
    { field: 'country', type: 'text', operators: ['eq', 'neq', 'in', 'nin', 'contains', 'starts_with', 'exists'] },
    { field: 'hireDate', type: 'date', operators: ['eq', 'neq', 'in', 'nin', 'gt', 'gte', 'lt', 'lte', 'between', 'exists', 'within_last_days', 'before', 'after'] },
    { field: 'consentEmail', type: 'boolean', operators: ['eq', 'neq'] },
    { field: 'persona', type: 'persona', operators: ['eq', 'neq', 'in', 'nin', 'exists'] },
    {
      field: 'enrollment.status',
      type: 'enrollment',
      operators: ['eq', 'neq', 'in', 'nin', 'exists'],
      values: ['invited', 'enrolled', 'started', 'completed', 'dropped'],
      scope: ['courseId', 'sessionId'],
    },
    { field: 'engagement.opened', type: 'engagement', operators: ['exists', 'within_last_days'] },
    {
      field: 'attributes.<key>',
      type: 'attribute',
      operators: ['eq', 'neq', 'in', 'nin', 'contains', 'starts_with', 'gt', 'gte', 'lt', 'lte', 'between', 'exists', 'within_last_days', 'before', 'after'],
      keyPattern: '^[A-Za-z0-9_.-]{1,64}$',
    },
  ],
  limits: { maxDepth: 12, maxNodes: 500, maxListValues: 10000, maxStringLength: 1000, maxDays: 36500 },
};
