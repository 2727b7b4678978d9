// The rule builder's editing model: the segment language's JSON as a tree with stable ids, so the
// screen can add, remove and reorder nodes without losing focus; converted both ways losslessly
// for every rule the builder itself writes.
import type { components } from '../../api/schema';

export type FieldCatalog = components['schemas']['SegmentFieldCatalogDto'];
export type FieldDescription = components['schemas']['SegmentFieldDto'];
export type FieldType = FieldDescription['type'];
export type Operator = FieldDescription['operators'][number];

/** `attributes.<key>` in the catalog: any attribute key. */
export const ATTRIBUTE_FIELD = 'attributes.<key>';
const ATTRIBUTE_PREFIX = 'attributes.';

export interface ConditionNode {
  id: string;
  kind: 'condition';
  /** A catalog field name, or ATTRIBUTE_FIELD with `attributeKey`. Empty while not chosen. */
  field: string;
  attributeKey: string;
  op: Operator | '';
  /** As the JSON holds it (string, number, boolean, array); undefined when absent. */
  value: unknown;
  courseId?: string;
  sessionId?: string;
  negated: boolean;
}

export interface GroupNode {
  id: string;
  kind: 'group';
  combinator: 'all' | 'any';
  negated: boolean;
  children: RuleNode[];
}

export type RuleNode = ConditionNode | GroupNode;

let nextId = 0;
export const newId = (): string => `n${++nextId}`;

export const emptyCondition = (): ConditionNode => ({ id: newId(), kind: 'condition', field: '', attributeKey: '', op: '', value: undefined, negated: false });
export const emptyGroup = (combinator: 'all' | 'any' = 'all', children: RuleNode[] = []): GroupNode => ({
  id: newId(),
  kind: 'group',
  combinator,
  negated: false,
  children,
});

/** Why a JSON value is not a rule: a key of the rule builder's `shape.*` strings. */
export type RuleShapeCode = 'node' | 'groupKeys' | 'groupExtraKey' | 'array' | 'conditionKey';

/** A JSON rule the model cannot hold: not the segment language's shape. `path` is the JSON path. */
export class RuleShapeError extends Error {
  constructor(
    readonly path: string,
    message: string,
    readonly code: RuleShapeCode = 'node',
    readonly values: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'RuleShapeError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const GROUP_KEYS = ['all', 'any', 'not'] as const;
const CONDITION_KEYS = new Set(['field', 'op', 'value', 'courseId', 'sessionId']);

/** Reads a JSON rule into the model; the root is always a group (a bare condition gets an "all" around it). */
export function fromRule(rule: unknown, path = 'rule'): GroupNode {
  if (rule === null || rule === undefined) return emptyGroup();
  const node = readNode(rule, path);
  return node.kind === 'group' ? node : emptyGroup('all', [node]);
}

function readNode(raw: unknown, path: string): RuleNode {
  if (!isObject(raw)) throw new RuleShapeError(path, 'must be a group ({"all": [...]}, {"any": [...]}, {"not": {...}}) or a condition ({"field", "op", "value"})', 'node');
  const groupKeys = GROUP_KEYS.filter((k) => k in raw);
  if (groupKeys.length > 1) throw new RuleShapeError(path, `a group has exactly one of all, any, not (found ${groupKeys.join(', ')})`, 'groupKeys', { found: groupKeys.join(', ') });
  if (groupKeys.length === 1) {
    const key = groupKeys[0]!;
    const other = Object.keys(raw).find((k) => k !== key);
    if (other !== undefined) throw new RuleShapeError(`${path}.${other}`, `unknown key "${other}": a group has only "${key}"`, 'groupExtraKey', { key: other, group: key });
    if (key === 'not') {
      const inner = readNode(raw.not, `${path}.not`);
      // not(not(x)): keep both negations by wrapping the inner one in a group.
      return inner.negated ? { ...emptyGroup('all', [inner]), negated: true } : { ...inner, negated: true };
    }
    const body = raw[key];
    if (!Array.isArray(body)) throw new RuleShapeError(`${path}.${key}`, 'must be an array of rules', 'array', { group: key });
    return { ...emptyGroup(key, body.map((child, i) => readNode(child, `${path}.${key}[${i}]`))) };
  }
  const unknown = Object.keys(raw).find((k) => !CONDITION_KEYS.has(k));
  if (unknown !== undefined) throw new RuleShapeError(`${path}.${unknown}`, `unknown key "${unknown}": a condition has field, op and value (and courseId or sessionId)`, 'conditionKey', { key: unknown });
  const name = typeof raw.field === 'string' ? raw.field : '';
  const isAttribute = name.startsWith(ATTRIBUTE_PREFIX);
  const condition: ConditionNode = {
    id: newId(),
    kind: 'condition',
    field: isAttribute ? ATTRIBUTE_FIELD : name,
    attributeKey: isAttribute ? name.slice(ATTRIBUTE_PREFIX.length) : '',
    op: typeof raw.op === 'string' ? (raw.op as Operator) : '',
    value: raw.value,
    negated: false,
  };
  if (raw.courseId !== undefined) condition.courseId = String(raw.courseId);
  if (raw.sessionId !== undefined) condition.sessionId = String(raw.sessionId);
  return condition;
}

/** The model as the segment language's JSON. */
export function toRule(node: RuleNode): Record<string, unknown> {
  let json: Record<string, unknown>;
  if (node.kind === 'group') {
    json = { [node.combinator]: node.children.map(toRule) };
  } else {
    json = { field: conditionFieldName(node), op: node.op };
    if (node.value !== undefined) json.value = node.value;
    if (node.courseId !== undefined) json.courseId = node.courseId;
    if (node.sessionId !== undefined) json.sessionId = node.sessionId;
  }
  return node.negated ? { not: json } : json;
}

/** The field name a condition writes: `attributes.<key>` with its key. */
export const conditionFieldName = (c: ConditionNode): string => (c.field === ATTRIBUTE_FIELD ? `${ATTRIBUTE_PREFIX}${c.attributeKey}` : c.field);

/** JSON path of a node whose parent is at `parentPath` (a group) at index `index`. */
export function childPath(parentPath: string, parent: GroupNode, index: number): string {
  return `${groupBodyPath(parentPath, parent)}.${parent.combinator}[${index}]`;
}

/** Where a group's all/any array sits: under ".not" when the group is negated. */
export const groupBodyPath = (path: string, group: GroupNode): string => (group.negated ? `${path}.not` : path);

/** Where a condition's own keys sit. */
export const conditionBodyPath = (path: string, condition: ConditionNode): string => (condition.negated ? `${path}.not` : path);

/** Every node with its JSON path, depth first. */
export function nodePathsWithNodes(root: GroupNode, rootPath = 'rule'): [string, RuleNode][] {
  const out: [string, RuleNode][] = [];
  const visit = (node: RuleNode, path: string) => {
    out.push([path, node]);
    if (node.kind === 'group') node.children.forEach((child, i) => visit(child, childPath(path, node, i)));
  };
  visit(root, rootPath);
  return out;
}

// ---- edits (pure: they return a new tree) ---------------------------------------------------------

/** Applies `change` to the node with `id` anywhere in the tree. */
export function updateNode(root: GroupNode, id: string, change: (node: RuleNode) => RuleNode): GroupNode {
  const visit = (node: RuleNode): RuleNode => {
    if (node.id === id) return change(node);
    if (node.kind === 'group') {
      const children = node.children.map(visit);
      return children.some((c, i) => c !== node.children[i]) ? { ...node, children } : node;
    }
    return node;
  };
  return visit(root) as GroupNode;
}

export const removeNode = (root: GroupNode, id: string): GroupNode =>
  mapGroups(root, (group) => (group.children.some((c) => c.id === id) ? { ...group, children: group.children.filter((c) => c.id !== id) } : group));

export const addChild = (root: GroupNode, groupId: string, child: RuleNode): GroupNode =>
  updateNode(root, groupId, (g) => (g.kind === 'group' ? { ...g, children: [...g.children, child] } : g));

/** Moves a node one place up (-1) or down (+1) among its siblings. */
export function moveNode(root: GroupNode, id: string, by: -1 | 1): GroupNode {
  return mapGroups(root, (group) => {
    const from = group.children.findIndex((c) => c.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= group.children.length) return group;
    const children = [...group.children];
    [children[from], children[to]] = [children[to]!, children[from]!];
    return { ...group, children };
  });
}

function mapGroups(root: GroupNode, change: (group: GroupNode) => GroupNode): GroupNode {
  const visit = (node: RuleNode): RuleNode => {
    if (node.kind !== 'group') return node;
    const children = node.children.map(visit);
    const next = children.some((c, i) => c !== node.children[i]) ? { ...node, children } : node;
    return change(next);
  };
  return visit(root) as GroupNode;
}

/** Finds a field of the catalog by name. */
export const findField = (catalog: FieldCatalog | undefined, name: string): FieldDescription | undefined =>
  catalog?.fields.find((f) => f.field === name);

/** Whether two JSON values are equal whatever the order of their keys (PostgreSQL's jsonb reorders them). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameJson(v, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => k in b && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Where JSON.parse stopped, read from its message (V8: "position N", Firefox: "line L column C"); null when it does not say. */
export function jsonErrorLocation(text: string, message: string): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
