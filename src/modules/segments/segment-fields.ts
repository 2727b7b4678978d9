import { EnrollmentStatus } from '../../common/enums';
import { SEGMENT_OPERATORS, type SegmentFieldType, type SegmentOperator } from './segment-rule.types';

/** A field of the allow-list: its type and the SQL that reads it from the learners alias. */
export interface SegmentField {
  name: string;
  type: SegmentFieldType;
  /** SQL expression over the learners alias; built only from these constants, never from input. */
  sql: (alias: string) => string;
  /** Applied to text values before binding, to match how the column is stored. */
  normalise?: (value: string) => string;
}

const column =
  (name: string) =>
  (alias: string): string =>
    `${alias}.${name}`;

const text = (name: string, sqlColumn: string, normalise?: (v: string) => string): SegmentField => ({
  name,
  type: 'text',
  sql: column(sqlColumn),
  normalise,
});

const LEARNER_FIELDS: SegmentField[] = [
  text('externalId', 'external_id'),
  // Emails are stored lower-cased and countries upper-cased: compare values the same way.
  text('email', 'email', (v) => v.toLowerCase()),
  text('firstName', 'first_name'),
  text('lastName', 'last_name'),
  text('locale', 'locale'),
  text('timeZone', 'time_zone'),
  text('department', 'department'),
  text('jobTitle', 'job_title'),
  text('site', 'site'),
  text('country', 'country', (v) => v.toUpperCase()),
  text('managerExternalId', 'manager_external_id'),
  text('networkHandle', 'network_handle'),
  { name: 'hireDate', type: 'date', sql: column('hire_date') },
  { name: 'createdAt', type: 'timestamp', sql: column('created_at') },
  { name: 'consentEmail', type: 'boolean', sql: column('consent_email') },
  { name: 'consentNetwork', type: 'boolean', sql: column('consent_network') },
  { name: 'unsubscribed', type: 'boolean', sql: (alias) => `(${alias}.unsubscribed_at IS NOT NULL)` },
  { name: 'persona', type: 'persona', sql: column('persona_id') },
  { name: 'enrollment.status', type: 'enrollment', sql: column('id') },
  // Engagement with the workspace's emails: the first human open / click kept on each delivery.
  { name: 'engagement.opened', type: 'engagement', sql: () => 'opened_at' },
  { name: 'engagement.clicked', type: 'engagement', sql: () => 'clicked_at' },
];

// A Map, not an object: a field named "constructor" or "__proto__" must not resolve to anything.
const FIELDS = new Map(LEARNER_FIELDS.map((f) => [f.name, f]));

const ATTRIBUTE_PREFIX = 'attributes.';
/** What `attributes.<key>` may name in a rule. */
export const ATTRIBUTE_KEY = /^[A-Za-z0-9_.-]{1,64}$/;

export interface ResolvedField {
  field: SegmentField;
  /** The key of an `attributes.<key>` field. */
  attributeKey?: string;
}

const ATTRIBUTE_FIELD: SegmentField = { name: 'attributes', type: 'attribute', sql: column('attributes') };

/** The allow-listed field a name designates, or null. `attributes.<key>` carries its key. */
export function resolveField(name: string): ResolvedField | null {
  if (name.startsWith(ATTRIBUTE_PREFIX)) {
    const key = name.slice(ATTRIBUTE_PREFIX.length);
    return ATTRIBUTE_KEY.test(key) ? { field: ATTRIBUTE_FIELD, attributeKey: key } : null;
  }
  const field = FIELDS.get(name);
  return field ? { field } : null;
}

const ORDERED: SegmentOperator[] = ['gt', 'gte', 'lt', 'lte', 'between', 'before', 'after', 'within_last_days'];

/** Which operators make sense for which type of field. */
export const OPERATORS_BY_TYPE: Record<SegmentFieldType, ReadonlySet<SegmentOperator>> = {
  text: new Set(['eq', 'neq', 'in', 'nin', 'contains', 'starts_with', 'exists']),
  date: new Set(['eq', 'neq', 'in', 'nin', 'exists', ...ORDERED]),
  timestamp: new Set(['exists', ...ORDERED]),
  boolean: new Set(['eq', 'neq']),
  attribute: new Set(['eq', 'neq', 'in', 'nin', 'contains', 'starts_with', 'exists', ...ORDERED]),
  persona: new Set(['eq', 'neq', 'in', 'nin', 'exists']),
  enrollment: new Set(['eq', 'neq', 'in', 'nin', 'exists']),
  engagement: new Set(['exists', 'within_last_days']),
};

/** One entry of the field catalog: what a rule may name, and the operators and values it takes. */
export interface SegmentFieldDescription {
  /** The name a condition uses; `attributes.<key>` stands for any attribute key matching `keyPattern`. */
  field: string;
  type: SegmentFieldType;
  /** In the order of SEGMENT_OPERATORS. */
  operators: SegmentOperator[];
  /** The only values the field takes, when it has a closed set (enrolment statuses). */
  values?: string[];
  /** For `attributes.<key>`: what a key may be. */
  keyPattern?: string;
  /** For enrollment.status: the condition also names a course or a session. */
  scope?: ('courseId' | 'sessionId')[];
  /** What limits the field in this workspace (see `SegmentFieldCaveat`). */
  caveat?: SegmentFieldCaveat;
}

/**
 * `opens_aggregate`: the workspace keeps opens in aggregate only, so no open is recorded per learner
 * any more: `engagement.opened` sees only opens recorded before the switch and opens proven by a click.
 */
export type SegmentFieldCaveat = 'opens_aggregate';

/** The field whose data the aggregate-only open tracking stops recording per learner. */
export const OPENED_FIELD = 'engagement.opened';

/** Whether a rule names `engagement.opened` anywhere (a condition's `field`). */
export function ruleNamesOpens(rule: unknown): boolean {
  if (Array.isArray(rule)) return rule.some(ruleNamesOpens);
  if (!rule || typeof rule !== 'object') return false;
  return Object.entries(rule).some(([key, value]) => (key === 'field' ? value === OPENED_FIELD : ruleNamesOpens(value)));
}

const operatorsOf = (type: SegmentFieldType): SegmentOperator[] => SEGMENT_OPERATORS.filter((op) => OPERATORS_BY_TYPE[type].has(op));

/** The allow-list as clients see it (GET /v1/segments/fields): the same fields and operators the compiler accepts. */
export function describeSegmentFields(opensAggregate = false): SegmentFieldDescription[] {
  const described: SegmentFieldDescription[] = LEARNER_FIELDS.map((f) => ({
    field: f.name,
    type: f.type,
    operators: operatorsOf(f.type),
    ...(f.type === 'enrollment' && { values: Object.values(EnrollmentStatus), scope: ['courseId', 'sessionId'] as ('courseId' | 'sessionId')[] }),
    ...(opensAggregate && f.name === OPENED_FIELD && { caveat: 'opens_aggregate' as const }),
  }));
  described.push({
    field: `${ATTRIBUTE_PREFIX}<key>`,
    type: ATTRIBUTE_FIELD.type,
    operators: operatorsOf(ATTRIBUTE_FIELD.type),
    keyPattern: ATTRIBUTE_KEY.source,
  });
  return described;
}
