// The checks the api's segment compiler makes, run in the browser so the builder can say what is
// missing before asking the api; the api's own answer stays the reference (its errors are shown too).
import {
  ATTRIBUTE_FIELD,
  childPath,
  conditionBodyPath,
  type ConditionNode,
  type FieldCatalog,
  type FieldType,
  findField,
  type GroupNode,
  groupBodyPath,
  type Operator,
  nodePathsWithNodes,
  type RuleNode,
} from './rule-model';

/** A problem at a JSON path (`rule.all[1].value`), with a message key of the rule builder's strings. */
export interface RuleProblem {
  path: string;
  message: string;
  values?: Record<string, unknown>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FALLBACK_LIMITS = { maxDepth: 12, maxNodes: 500, maxListValues: 10_000, maxStringLength: 1_000, maxDays: 36_500 };

export const isIsoDate = (value: unknown): value is string => {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};

const isTimestamp = (value: unknown): boolean =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(new Date(value.length === 10 ? `${value}T00:00:00Z` : value).getTime());

/** Every problem of the rule the builder holds; an empty list means the api should accept its shape. */
export function validateRule(root: GroupNode, catalog: FieldCatalog | undefined, rootPath = 'rule'): RuleProblem[] {
  const limits = catalog?.limits ?? FALLBACK_LIMITS;
  const problems: RuleProblem[] = [];
  let nodes = 0;
  const visit = (node: RuleNode, path: string, depth: number) => {
    nodes += 1 + (node.negated ? 1 : 0);
    const levels = depth + (node.negated ? 1 : 0);
    if (levels > limits.maxDepth) {
      problems.push({ path, message: 'problems.tooDeep', values: { max: limits.maxDepth } });
      return;
    }
    if (node.kind === 'group') node.children.forEach((child, i) => visit(child, childPath(path, node, i), levels + 1));
    else checkCondition(node, conditionBodyPath(path, node), catalog, limits, problems);
  };
  visit(root, rootPath, 1);
  if (nodes > limits.maxNodes) problems.push({ path: rootPath, message: 'problems.tooLarge', values: { max: limits.maxNodes } });
  return problems;
}

function checkCondition(c: ConditionNode, path: string, catalog: FieldCatalog | undefined, limits: typeof FALLBACK_LIMITS, problems: RuleProblem[]): void {
  const fail = (at: string, message: string, values?: Record<string, unknown>): void => {
    problems.push({ path: at, message, values });
  };
  if (!c.field) return fail(`${path}.field`, 'problems.chooseField');
  const field = findField(catalog, c.field);
  if (!field) return fail(`${path}.field`, 'problems.unknownField');
  if (c.field === ATTRIBUTE_FIELD && !new RegExp(field.keyPattern ?? '^[A-Za-z0-9_.-]{1,64}$').test(c.attributeKey)) {
    fail(`${path}.field`, 'problems.attributeKey');
  }
  if (!c.op) return fail(`${path}.op`, 'problems.chooseOperator');
  if (!field.operators.includes(c.op)) return fail(`${path}.op`, 'problems.operatorNotAllowed');
  if (field.type === 'enrollment') {
    // Neither course nor session: any enrolment of the learner.
    if (c.courseId !== undefined && !UUID.test(c.courseId)) fail(`${path}.courseId`, 'problems.chooseCourse');
    else if (c.sessionId !== undefined && !UUID.test(c.sessionId)) fail(`${path}.sessionId`, 'problems.chooseSession');
  }
  const message = valueProblem(field.type, c.op, c.value, limits, field.values);
  if (message) fail(`${path}.value`, message, { max: message === 'problems.days' ? limits.maxDays : message === 'problems.listTooLong' ? limits.maxListValues : limits.maxStringLength });
}

/** What is wrong with a condition's value for its field type and operator, as a message key; null when fine. */
export function valueProblem(type: FieldType, op: Operator, value: unknown, limits = FALLBACK_LIMITS, allowed?: readonly string[]): string | null {
  if (op === 'exists') return value === undefined || typeof value === 'boolean' ? null : 'problems.existsFlag';
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return 'problems.required';
  if (op === 'within_last_days') return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= limits.maxDays ? null : 'problems.days';
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? (v.length > limits.maxStringLength ? 'problems.tooLong' : null) : 'problems.required');
  let one: (v: unknown) => string | null;
  switch (type) {
    case 'text':
    case 'persona':
      one = text;
      break;
    case 'date':
      one = (v) => (isIsoDate(v) ? null : 'problems.date');
      break;
    case 'timestamp':
      one = (v) => (isTimestamp(v) ? null : 'problems.date');
      break;
    case 'boolean':
      one = (v) => (typeof v === 'boolean' ? null : 'problems.boolean');
      break;
    case 'enrollment':
      one = (v) => (typeof v === 'string' && (allowed ?? []).includes(v) ? null : 'problems.status');
      break;
    case 'engagement':
      one = () => 'problems.days';
      break;
    case 'attribute':
      one = ['gt', 'gte', 'lt', 'lte', 'between'].includes(op)
        ? (v) => ((typeof v === 'number' && Number.isFinite(v)) || isIsoDate(v) ? null : 'problems.numberOrDate')
        : op === 'before' || op === 'after'
          ? (v) => (isIsoDate(v) ? null : 'problems.date')
          : op === 'contains' || op === 'starts_with'
            ? text
            : (v) => (typeof v === 'number' || typeof v === 'boolean' ? null : text(v));
      break;
  }
  if (op === 'in' || op === 'nin') {
    if (!Array.isArray(value)) return 'problems.required';
    if (value.length > limits.maxListValues) return 'problems.listTooLong';
    return value.map(one).find((m) => m !== null) ?? null;
  }
  if (op === 'between') {
    if (!Array.isArray(value) || value.length !== 2) return 'problems.range';
    const bad = one(value[0]) ?? one(value[1]);
    if (bad) return bad;
    const [low, high] = value as [unknown, unknown];
    if (typeof low !== typeof high) return 'problems.range';
    const order = (v: unknown) => (typeof v === 'number' ? v : new Date(String(v).length === 10 ? `${String(v)}T00:00:00Z` : String(v)).getTime());
    return order(low) <= order(high) ? null : 'problems.range';
  }
  return one(value);
}

/**
 * Which node an error belongs to: the deepest node path that `errorPath` starts with (at a "." or "["
 * boundary). `nodePaths` are the paths of the nodes shown; null when no node matches.
 */
export function ownerOf(errorPath: string, nodePaths: readonly string[]): string | null {
  let best: string | null = null;
  for (const path of nodePaths) {
    const within = errorPath === path || errorPath.startsWith(`${path}.`) || errorPath.startsWith(`${path}[`);
    if (within && (best === null || path.length > best.length)) best = path;
  }
  return best;
}

/** Every node's JSON path, depth first. */
export const nodePaths = (root: GroupNode, rootPath = 'rule'): string[] => nodePathsWithNodes(root, rootPath).map(([path]) => path);

/** The part of a condition an error names: its field, operator, value, course/session, or the whole. */
export function conditionPart(errorPath: string, conditionPath: string, condition: ConditionNode): 'field' | 'op' | 'value' | 'scope' | 'condition' {
  const body = conditionBodyPath(conditionPath, condition);
  const rest = errorPath.startsWith(body) ? errorPath.slice(body.length) : '';
  if (rest.startsWith('.field')) return 'field';
  if (rest.startsWith('.op')) return 'op';
  if (rest.startsWith('.value')) return 'value';
  if (rest.startsWith('.courseId') || rest.startsWith('.sessionId')) return 'scope';
  return 'condition';
}

export { groupBodyPath };
