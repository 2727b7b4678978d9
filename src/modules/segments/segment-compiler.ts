import { DateTime } from 'luxon';
import { EnrollmentStatus } from '../../common/enums';
import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { OPERATORS_BY_TYPE, resolveField, type SegmentField } from './segment-fields';
import {
  type CompiledRule,
  type CompileOptions,
  type RuleProblem,
  type RuleProblemCode,
  type RuleReference,
  SEGMENT_LIMITS,
  SEGMENT_OPERATORS,
  type SegmentOperator,
} from './segment-rule.types';

const ALIAS = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const GROUP_KEYS = new Set(['all', 'any', 'not']);
const CONDITION_KEYS = new Set(['field', 'op', 'value', 'courseId', 'sessionId']);
const OPERATORS = new Set<string>(SEGMENT_OPERATORS);
const STATUSES = new Set<string>(Object.values(EnrollmentStatus));
const COMPARE: Partial<Record<SegmentOperator, string>> = { gt: '>', gte: '>=', lt: '<', lte: '<=', after: '>', before: '<' };
// An attribute holds a date when its text starts like one; compared as text, which orders ISO dates.
const ATTRIBUTE_DATE = `'^[0-9]{4}-[0-9]{2}-[0-9]{2}'`;
const ATTRIBUTE_NUMBER = `'^-?[0-9]{1,30}([.][0-9]{1,30})?$'`;

/**
 * Compiles a segment rule into a SQL predicate over a learners alias. Field names reach the SQL
 * only through the allow-list; every value is a bind parameter numbered from `firstParam`.
 * Collects every problem with its JSON path and throws `SEGMENT.INVALID_RULE` listing them.
 */
export function compileSegmentRule(rule: unknown, options: CompileOptions = {}): CompiledRule {
  const alias = options.alias ?? 'l';
  const firstParam = options.firstParam ?? 1;
  if (!ALIAS.test(alias)) throw new Error(`Invalid SQL alias "${alias}"`);
  if (!Number.isInteger(firstParam) || firstParam < 1) throw new Error(`Invalid first parameter number ${firstParam}`);

  const compiler = new RuleCompiler(alias, firstParam);
  const where = compiler.node(rule, options.path ?? 'rule', 1);
  if (compiler.problems.length > 0 || where === null) throw segmentRuleError(compiler.problems);
  return { where, params: compiler.params, references: compiler.references };
}

/** The 400 for a rule with problems: `SEGMENT.INVALID_RULE`, one detail per problem with its own code. */
export function segmentRuleError(problems: RuleProblem[]): DomainError {
  const shown = problems.slice(0, SEGMENT_LIMITS.maxProblems);
  const details: (ErrorDetail & { code: RuleProblemCode })[] = shown.map((p) => ({ path: p.path, message: p.message, code: p.code }));
  if (problems.length > shown.length) {
    const next = problems[shown.length];
    details.push({ path: next.path, code: next.code, message: `…and ${problems.length - shown.length} more problems` });
  }
  const summary = shown
    .slice(0, 3)
    .map((p) => `${p.path}: ${p.message}`)
    .join('; ');
  return DomainError.invalid('SEGMENT.INVALID_RULE', `Invalid segment rule: ${summary}`, details);
}

interface Condition {
  field: SegmentField;
  name: string;
  attributeKey?: string;
  op: SegmentOperator;
  node: Record<string, unknown>;
  path: string;
}

type Ordered = { kind: 'number'; value: number } | { kind: 'date'; value: string };

class RuleCompiler {
  readonly params: unknown[] = [];
  readonly problems: RuleProblem[] = [];
  readonly references: RuleReference[] = [];
  private nodes = 0;
  private subqueries = 0;

  constructor(
    private readonly alias: string,
    private readonly firstParam: number,
  ) {}

  node(node: unknown, path: string, depth: number): string | null {
    this.nodes += 1;
    if (this.nodes > SEGMENT_LIMITS.maxNodes) {
      if (this.nodes === SEGMENT_LIMITS.maxNodes + 1) {
        this.fail(path, 'SEGMENT.TOO_LARGE', `a rule has at most ${SEGMENT_LIMITS.maxNodes} nodes (groups and conditions)`);
      }
      return null;
    }
    if (depth > SEGMENT_LIMITS.maxDepth) {
      this.fail(path, 'SEGMENT.TOO_DEEP', `rules nest at most ${SEGMENT_LIMITS.maxDepth} levels deep`);
      return null;
    }
    if (!isObject(node)) {
      this.fail(path, 'SEGMENT.MALFORMED_NODE', 'must be a group ({"all": [...]}, {"any": [...]} or {"not": {...}}) or a condition ({"field", "op", "value"})');
      return null;
    }
    const keys = Object.keys(node);
    const groupKeys = keys.filter((k) => GROUP_KEYS.has(k));
    if (groupKeys.length > 1) {
      this.fail(path, 'SEGMENT.MALFORMED_NODE', `a group has exactly one of all, any, not (found ${groupKeys.join(', ')})`);
      return null;
    }
    return groupKeys.length === 1 ? this.group(node, groupKeys[0], path, depth) : this.condition(node, path);
  }

  private group(node: Record<string, unknown>, key: string, path: string, depth: number): string | null {
    for (const other of Object.keys(node)) {
      if (other !== key) this.fail(childPath(path, other), 'SEGMENT.UNKNOWN_KEY', `unknown key ${quote(other)}: a group has only "${key}"`);
    }
    const body = node[key];
    const bodyPath = `${path}.${key}`;
    if (key === 'not') {
      const inner = this.node(body, bodyPath, depth + 1);
      // A condition on a missing value is NULL; "not" must count it as false first, so NOT includes it.
      return inner === null ? null : `(NOT coalesce(${inner}, false))`;
    }
    if (!Array.isArray(body)) {
      this.fail(bodyPath, 'SEGMENT.MALFORMED_NODE', 'must be an array of rules');
      return null;
    }
    // An empty "all" is everyone, an empty "any" no one.
    if (body.length === 0) return key === 'all' ? 'TRUE' : 'FALSE';
    const parts: (string | null)[] = [];
    for (let i = 0; i < body.length && this.nodes <= SEGMENT_LIMITS.maxNodes; i++) {
      parts.push(this.node(body[i], `${bodyPath}[${i}]`, depth + 1));
    }
    if (parts.length < body.length || parts.some((p) => p === null)) return null;
    return parts.length === 1 ? (parts[0] as string) : `(${parts.join(key === 'all' ? ' AND ' : ' OR ')})`;
  }

  private condition(node: Record<string, unknown>, path: string): string | null {
    const before = this.problems.length;
    for (const key of Object.keys(node)) {
      if (!CONDITION_KEYS.has(key)) {
        this.fail(childPath(path, key), 'SEGMENT.UNKNOWN_KEY', `unknown key ${quote(key)}: a condition has field, op and value (and courseId or sessionId for enrollment.status)`);
      }
    }
    const resolved = this.resolveField(node.field, `${path}.field`);
    const op = this.resolveOperator(node.op, `${path}.op`);
    if (resolved && resolved.field.type !== 'enrollment') {
      for (const key of ['courseId', 'sessionId']) {
        if (key in node) this.fail(`${path}.${key}`, 'SEGMENT.UNKNOWN_KEY', `only enrollment.status conditions take ${key}`);
      }
    }
    if (!resolved || !op) return null;

    const name = resolved.attributeKey === undefined ? resolved.field.name : `attributes.${resolved.attributeKey}`;
    const allowed = OPERATORS_BY_TYPE[resolved.field.type];
    if (!allowed.has(op)) {
      this.fail(`${path}.op`, 'SEGMENT.OPERATOR_NOT_ALLOWED', `operator "${op}" does not apply to ${resolved.field.type} field "${name}" (use ${[...allowed].join(', ')})`);
      return null;
    }
    const condition: Condition = { field: resolved.field, name, attributeKey: resolved.attributeKey, op, node, path };
    const sql = this.compileCondition(condition);
    return sql === null || this.problems.length > before ? null : `(${sql})`;
  }

  private compileCondition(c: Condition): string | null {
    switch (c.field.type) {
      case 'text':
        return this.text(c);
      case 'date':
        return this.temporal(c, 'date');
      case 'timestamp':
        return this.temporal(c, 'timestamptz');
      case 'boolean':
        return this.boolean(c);
      case 'attribute':
        return this.attribute(c);
      case 'persona':
        return this.persona(c);
      case 'enrollment':
        return this.enrollment(c);
      case 'engagement':
        return this.engagement(c);
    }
  }

  // ── fields ──────────────────────────────────────────────────────────────────────────────────

  private text(c: Condition): string | null {
    const column = c.field.sql(this.alias);
    const normalise = (v: string) => (c.field.normalise ? c.field.normalise(v) : v);
    const valuePath = `${c.path}.value`;
    switch (c.op) {
      case 'eq':
      case 'neq': {
        const value = this.readText(c.node.value, valuePath);
        if (value === undefined) return null;
        const p = this.bind(normalise(value));
        // IS DISTINCT FROM: a learner with no value is "not equal" and so included by neq.
        return c.op === 'eq' ? `${column} = ${p}` : `${column} IS DISTINCT FROM ${p}`;
      }
      case 'in':
      case 'nin': {
        const values = this.readList(c.node.value, valuePath, (v, p) => this.readText(v, p));
        if (!values) return null;
        const p = this.bind(values.map(normalise));
        return c.op === 'in' ? `${column} = ANY(${p}::text[])` : `${column} IS NULL OR ${column} <> ALL(${p}::text[])`;
      }
      case 'contains':
      case 'starts_with':
        return this.like(column, c.op, this.readText(c.node.value, valuePath));
      case 'exists':
        return this.exists(`${column} IS NOT NULL`, `${column} IS NULL`, c);
      default:
        return null;
    }
  }

  private temporal(c: Condition, cast: 'date' | 'timestamptz'): string | null {
    const column = c.field.sql(this.alias);
    const valuePath = `${c.path}.value`;
    const read = (v: unknown, p: string) => (cast === 'date' ? this.readDate(v, p) : this.readTimestamp(v, p));
    switch (c.op) {
      case 'eq':
      case 'neq': {
        const value = read(c.node.value, valuePath);
        if (value === undefined) return null;
        const p = this.bind(value);
        return c.op === 'eq' ? `${column} = ${p}::${cast}` : `${column} IS DISTINCT FROM ${p}::${cast}`;
      }
      case 'in':
      case 'nin': {
        const values = this.readList(c.node.value, valuePath, read);
        if (!values) return null;
        const p = this.bind(values);
        return c.op === 'in' ? `${column} = ANY(${p}::${cast}[])` : `${column} IS NULL OR ${column} <> ALL(${p}::${cast}[])`;
      }
      case 'between': {
        const range = this.readPair(c.node.value, valuePath, read, (low, high) => toMillis(low) <= toMillis(high));
        if (!range) return null;
        return `${column} BETWEEN ${this.bind(range[0])}::${cast} AND ${this.bind(range[1])}::${cast}`;
      }
      case 'within_last_days': {
        const days = this.readDays(c.node.value, valuePath);
        if (days === undefined) return null;
        const p = this.bind(days);
        return cast === 'date'
          ? `${column} BETWEEN current_date - ${p}::int AND current_date`
          : `${column} BETWEEN now() - make_interval(days => ${p}::int) AND now()`;
      }
      case 'exists':
        return this.exists(`${column} IS NOT NULL`, `${column} IS NULL`, c);
      default: {
        const value = read(c.node.value, valuePath);
        if (value === undefined) return null;
        return `${column} ${COMPARE[c.op]} ${this.bind(value)}::${cast}`;
      }
    }
  }

  private boolean(c: Condition): string | null {
    const value = c.node.value;
    if (typeof value !== 'boolean') {
      this.fail(`${c.path}.value`, 'SEGMENT.BAD_VALUE', value === undefined ? 'is required' : 'must be true or false');
      return null;
    }
    const column = c.field.sql(this.alias);
    const p = this.bind(value);
    return c.op === 'eq' ? `${column} = ${p}::boolean` : `${column} IS DISTINCT FROM ${p}::boolean`;
  }

  private attribute(c: Condition): string | null {
    const key = c.attributeKey as string;
    const valuePath = `${c.path}.value`;
    const attributes = `${this.alias}.attributes`;
    const keyParam = () => this.bind(key);
    switch (c.op) {
      case 'eq':
      case 'neq': {
        const value = this.readAttributeValue(c.node.value, valuePath);
        if (value === undefined) return null;
        // Containment lets the GIN (jsonb_path_ops) index serve it; a string also matches the
        // number or boolean written the same way, as a text comparison would.
        const tests = containmentCandidates(key, value).map((doc) => `${attributes} @> ${this.bind(doc)}::jsonb`);
        const eq = tests.length === 1 ? tests[0] : `(${tests.join(' OR ')})`;
        return c.op === 'eq' ? eq : `NOT (${eq})`;
      }
      case 'in':
      case 'nin': {
        const values = this.readList(c.node.value, valuePath, (v, p) => this.readAttributeValue(v, p));
        if (!values) return null;
        const k = keyParam();
        const texts = values.filter((v): v is string => typeof v === 'string');
        const typed = values.filter((v) => typeof v !== 'string');
        const tests: string[] = [];
        if (texts.length) tests.push(`(${attributes} ->> ${k}::text) = ANY(${this.bind(texts)}::text[])`);
        if (typed.length) tests.push(`(${attributes} -> ${k}::text) IN (SELECT jsonb_array_elements(${this.bind(JSON.stringify(typed))}::jsonb))`);
        const inSql = tests.length === 1 ? tests[0] : `(${tests.join(' OR ')})`;
        return c.op === 'in' ? inSql : `NOT coalesce(${inSql}, false)`;
      }
      case 'contains':
      case 'starts_with': {
        const value = this.readText(c.node.value, valuePath);
        return value === undefined ? null : this.like(`(${attributes} ->> ${keyParam()}::text)`, c.op, value);
      }
      case 'exists': {
        const k = keyParam();
        return this.exists(`(${attributes} -> ${k}::text) IS NOT NULL`, `(${attributes} -> ${k}::text) IS NULL`, c);
      }
      case 'within_last_days': {
        const days = this.readDays(c.node.value, valuePath);
        if (days === undefined) return null;
        const k = keyParam();
        const p = this.bind(days);
        return this.attributeDateTest(
          k,
          `BETWEEN to_char(current_date - ${p}::int, 'YYYY-MM-DD') AND to_char(current_date, 'YYYY-MM-DD')`,
        );
      }
      case 'between': {
        const range = this.readPair(
          c.node.value,
          valuePath,
          (v, p) => this.readOrdered(v, p, false),
          (low, high) => low.kind === high.kind && low.value <= high.value,
          'low and high must both be numbers or both ISO dates, low ≤ high',
        );
        if (!range) return null;
        const [low, high] = range;
        const k = keyParam();
        return low.kind === 'number'
          ? this.attributeNumberTest(k, `BETWEEN ${this.bind(low.value)}::numeric AND ${this.bind(high.value)}::numeric`)
          : this.attributeDateTest(k, `BETWEEN ${this.bind(low.value)}::text AND ${this.bind(high.value)}::text`);
      }
      default: {
        // gt, gte, lt, lte (number or date), before, after (date).
        const value = this.readOrdered(c.node.value, valuePath, c.op === 'before' || c.op === 'after');
        if (value === undefined) return null;
        const k = keyParam();
        const cmp = COMPARE[c.op] as string;
        return value.kind === 'number'
          ? this.attributeNumberTest(k, `${cmp} ${this.bind(value.value)}::numeric`)
          : this.attributeDateTest(k, `${cmp} ${this.bind(value.value)}::text`);
      }
    }
  }

  // CASE, not AND: it guarantees the cast only runs on numbers — JSON numbers, or text that is
  // a plain decimal number (CSV imports keep attribute values as text).
  private attributeNumberTest(k: string, test: string): string {
    const a = `${this.alias}.attributes`;
    return (
      `CASE WHEN jsonb_typeof(${a} -> ${k}::text) = 'number' OR (${a} ->> ${k}::text) ~ ${ATTRIBUTE_NUMBER} ` +
      `THEN (${a} ->> ${k}::text)::numeric ${test} END`
    );
  }

  private attributeDateTest(k: string, test: string): string {
    const a = `${this.alias}.attributes`;
    return (
      `CASE WHEN jsonb_typeof(${a} -> ${k}::text) = 'string' AND (${a} ->> ${k}::text) ~ ${ATTRIBUTE_DATE} ` +
      `THEN left(${a} ->> ${k}::text, 10) COLLATE "C" ${test} END`
    );
  }

  private persona(c: Condition): string | null {
    const valuePath = `${c.path}.value`;
    if (c.op === 'exists') return this.exists(`${this.alias}.persona_id IS NOT NULL`, `${this.alias}.persona_id IS NULL`, c);
    const read = (v: unknown, p: string) => this.readText(v, p, 200);
    const values = c.op === 'eq' || c.op === 'neq' ? wrap(read(c.node.value, valuePath)) : this.readList(c.node.value, valuePath, read);
    if (!values) return null;
    const refs = values.map((v) => (UUID.test(v) ? v.toLowerCase() : v));
    refs.forEach((value, i) => this.references.push({ kind: 'persona', value, path: Array.isArray(c.node.value) ? `${valuePath}[${i}]` : valuePath }));
    const sp = `seg_p${++this.subqueries}`;
    const p = this.bind(refs);
    // A value is a persona id or a persona name; personas are looked up in the learner's workspace.
    const match =
      `EXISTS (SELECT 1 FROM personas ${sp} WHERE ${sp}.id = ${this.alias}.persona_id AND ${sp}.workspace_id = ${this.alias}.workspace_id ` +
      `AND (${sp}.id::text = ANY(${p}::text[]) OR ${sp}.name = ANY(${p}::text[])))`;
    return c.op === 'eq' || c.op === 'in' ? match : `NOT ${match}`;
  }

  private enrollment(c: Condition): string | null {
    const scope = this.readEnrollmentScope(c);
    let statuses: string[] | undefined;
    let positive = true;
    const valuePath = `${c.path}.value`;
    if (c.op === 'exists') {
      const flag = this.readExistsFlag(c.node.value, valuePath);
      if (flag === undefined) return null;
      positive = flag;
    } else {
      const read = (v: unknown, p: string) => this.readStatus(v, p);
      statuses = c.op === 'eq' || c.op === 'neq' ? wrap(read(c.node.value, valuePath)) : this.readList(c.node.value, valuePath, read);
      if (!statuses) return null;
      // neq / nin: "has no enrolment with that status", which includes having no enrolment at all.
      positive = c.op === 'eq' || c.op === 'in';
    }
    if (!scope) return null;
    const se = `seg_e${++this.subqueries}`;
    // Without a course or session: any enrolment of the learner (enrollments_learner_idx leads with learner_id).
    const status = statuses ? ` AND ${se}.status = ANY(${this.bind(statuses)}::text[])` : '';
    const within = scope === 'anywhere' ? '' : ` AND ${se}.${scope.column} = ${this.bind(scope.id)}::uuid`;
    const sub =
      `EXISTS (SELECT 1 FROM enrollments ${se} WHERE ${se}.learner_id = ${this.alias}.id AND ${se}.workspace_id = ${this.alias}.workspace_id` +
      `${within}${status})`;
    return positive ? sub : `NOT ${sub}`;
  }

  /** Has the learner ever (or within the last N days) opened / clicked one of the workspace's emails. */
  private engagement(c: Condition): string | null {
    const column = c.field.sql(this.alias);
    const valuePath = `${c.path}.value`;
    const sd = `seg_d${++this.subqueries}`;
    const base = `SELECT 1 FROM deliveries ${sd} WHERE ${sd}.learner_id = ${this.alias}.id AND ${sd}.workspace_id = ${this.alias}.workspace_id`;
    if (c.op === 'exists') {
      const flag = this.readExistsFlag(c.node.value, valuePath);
      if (flag === undefined) return null;
      const sub = `EXISTS (${base} AND ${sd}.${column} IS NOT NULL)`;
      return flag ? sub : `NOT ${sub}`;
    }
    const days = this.readDays(c.node.value, valuePath);
    if (days === undefined) return null;
    return `EXISTS (${base} AND ${sd}.${column} >= now() - make_interval(days => ${this.bind(days)}::int))`;
  }

  /** The course or session a condition is about; 'anywhere' when it names neither (any enrolment of the learner). */
  private readEnrollmentScope(c: Condition): { column: 'course_id' | 'session_id'; id: string } | 'anywhere' | undefined {
    const { courseId, sessionId } = c.node;
    if (courseId !== undefined && sessionId !== undefined) {
      this.fail(`${c.path}.sessionId`, 'SEGMENT.BAD_VALUE', 'give courseId or sessionId, not both');
      return undefined;
    }
    if (courseId === undefined && sessionId === undefined) return 'anywhere';
    const [key, id] = courseId !== undefined ? ['courseId', courseId] : ['sessionId', sessionId];
    if (typeof id !== 'string' || !UUID.test(id)) {
      this.fail(`${c.path}.${key}`, 'SEGMENT.BAD_VALUE', 'must be a UUID');
      return undefined;
    }
    const kind = key === 'courseId' ? 'course' : 'session';
    this.references.push({ kind, value: id.toLowerCase(), path: `${c.path}.${key}` });
    return { column: key === 'courseId' ? 'course_id' : 'session_id', id: id.toLowerCase() };
  }

  // ── shared SQL ──────────────────────────────────────────────────────────────────────────────

  private like(expression: string, op: 'contains' | 'starts_with', value: string | undefined): string | null {
    if (value === undefined) return null;
    const escaped = value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
    const p = this.bind(op === 'contains' ? `%${escaped}%` : `${escaped}%`);
    return `${expression} ILIKE ${p} ESCAPE '\\'`;
  }

  private exists(present: string, absent: string, c: Condition): string | null {
    const flag = this.readExistsFlag(c.node.value, `${c.path}.value`);
    if (flag === undefined) return null;
    return flag ? present : absent;
  }

  private bind(value: unknown): string {
    this.params.push(value);
    return `$${this.firstParam + this.params.length - 1}`;
  }

  // ── values ──────────────────────────────────────────────────────────────────────────────────

  private resolveField(value: unknown, path: string) {
    if (value === undefined) return this.fail(path, 'SEGMENT.MALFORMED_NODE', 'is required');
    if (typeof value !== 'string') return this.fail(path, 'SEGMENT.UNKNOWN_FIELD', 'must be a field name (a string)');
    const resolved = resolveField(value);
    if (resolved) return resolved;
    const hint = value.startsWith('attributes.') ? ': an attribute key is 1 to 64 letters, digits, "_", "." or "-"' : '';
    return this.fail(path, 'SEGMENT.UNKNOWN_FIELD', `unknown field ${quote(value)}${hint}`);
  }

  private resolveOperator(value: unknown, path: string): SegmentOperator | undefined {
    if (value === undefined) return this.fail(path, 'SEGMENT.MALFORMED_NODE', 'is required');
    if (typeof value !== 'string' || !OPERATORS.has(value)) {
      const shown = typeof value === 'string' ? quote(value) : JSON.stringify(value);
      return this.fail(path, 'SEGMENT.UNKNOWN_OPERATOR', `unknown operator ${truncate(String(shown))} (use ${SEGMENT_OPERATORS.join(', ')})`);
    }
    return value as SegmentOperator;
  }

  private readText(value: unknown, path: string, max: number = SEGMENT_LIMITS.maxStringLength): string | undefined {
    if (typeof value !== 'string' || value.length === 0) return this.bad(path, value, 'must be a non-empty string');
    if (value.length > max) return this.fail(path, 'SEGMENT.BAD_VALUE', `must be at most ${max} characters`);
    // PostgreSQL text cannot hold NUL: refuse it here rather than fail in the database.
    if (value.includes('\u0000')) return this.fail(path, 'SEGMENT.BAD_VALUE', 'must not contain NUL characters');
    return value;
  }

  private readDate(value: unknown, path: string): string | undefined {
    return typeof value === 'string' && isIsoDate(value) ? value : this.bad(path, value, 'must be a date, YYYY-MM-DD');
  }

  private readTimestamp(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
      // A date or a date-time without offset is taken as UTC.
      const parsed = DateTime.fromISO(value, { zone: 'utc', setZone: true });
      if (parsed.isValid) return parsed.toUTC().toISO() as string;
    }
    return this.bad(path, value, 'must be an ISO 8601 date or date-time (2026-03-01 or 2026-03-01T09:00:00Z)');
  }

  private readAttributeValue(value: unknown, path: string): string | number | boolean | undefined {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string') return this.readText(value, path);
    return this.bad(path, value, 'must be a string, a number or a boolean');
  }

  private readOrdered(value: unknown, path: string, dateOnly: boolean): Ordered | undefined {
    if (!dateOnly && typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', value };
    if (typeof value === 'string' && isIsoDate(value)) return { kind: 'date', value };
    return this.bad(path, value, dateOnly ? 'must be a date, YYYY-MM-DD' : 'must be a number or a date (YYYY-MM-DD)');
  }

  private readStatus(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && STATUSES.has(value)) return value;
    return this.bad(path, value, `must be an enrolment status (${[...STATUSES].join(', ')})`);
  }

  private readDays(value: unknown, path: string): number | undefined {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= SEGMENT_LIMITS.maxDays) return value;
    return this.bad(path, value, `must be a whole number of days from 1 to ${SEGMENT_LIMITS.maxDays}`);
  }

  private readExistsFlag(value: unknown, path: string): boolean | undefined {
    if (value === undefined) return true;
    if (typeof value === 'boolean') return value;
    return this.fail(path, 'SEGMENT.BAD_VALUE', 'exists takes no value, or true / false');
  }

  private readList<T>(value: unknown, path: string, read: (v: unknown, p: string) => T | undefined): T[] | undefined {
    if (!Array.isArray(value) || value.length === 0) return this.bad(path, value, 'must be a non-empty array');
    if (value.length > SEGMENT_LIMITS.maxListValues) {
      return this.fail(path, 'SEGMENT.BAD_VALUE', `must hold at most ${SEGMENT_LIMITS.maxListValues} values`);
    }
    const out: T[] = [];
    value.forEach((v, i) => {
      const parsed = read(v, `${path}[${i}]`);
      if (parsed !== undefined) out.push(parsed);
    });
    return out.length === value.length ? out : undefined;
  }

  private readPair<T>(
    value: unknown,
    path: string,
    read: (v: unknown, p: string) => T | undefined,
    ordered: (low: T, high: T) => boolean,
    orderMessage = 'low must not be after high',
  ): [T, T] | undefined {
    if (!Array.isArray(value) || value.length !== 2) return this.fail(path, 'SEGMENT.BAD_VALUE', 'between needs [low, high]');
    const low = read(value[0], `${path}[0]`);
    const high = read(value[1], `${path}[1]`);
    if (low === undefined || high === undefined) return undefined;
    if (!ordered(low, high)) return this.fail(path, 'SEGMENT.BAD_VALUE', orderMessage);
    return [low, high];
  }

  private bad(path: string, value: unknown, message: string): undefined {
    return this.fail(path, 'SEGMENT.BAD_VALUE', value === undefined ? 'is required' : message);
  }

  private fail(path: string, code: RuleProblemCode, message: string): undefined {
    this.problems.push({ path, code, message });
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function toMillis(value: string): number {
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value).getTime();
}

/** `{"key": value}` documents whose containment means "equal"; a string also tries its typed twin. */
function containmentCandidates(key: string, value: string | number | boolean): string[] {
  const docs: unknown[] = [value];
  if (typeof value === 'string') {
    const asNumber = Number(value);
    if (value.trim() !== '' && Number.isFinite(asNumber) && String(asNumber) === value) docs.push(asNumber);
    if (value === 'true' || value === 'false') docs.push(value === 'true');
  }
  return docs.map((v) => JSON.stringify({ [key]: v }));
}

function wrap<T>(value: T | undefined): T[] | undefined {
  return value === undefined ? undefined : [value];
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(truncate(key))}]`;
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function quote(text: string): string {
  return JSON.stringify(truncate(text));
}
