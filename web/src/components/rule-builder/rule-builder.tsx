import { ActionIcon, Alert, Autocomplete, Box, Button, Checkbox, Code, Group, Loader, Paper, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConditionValueInput } from './condition-value-input';
import {
  addChild,
  ATTRIBUTE_FIELD,
  childPath,
  type ConditionNode,
  emptyCondition,
  emptyGroup,
  type FieldCatalog,
  type FieldDescription,
  findField,
  fromRule,
  type GroupNode,
  jsonErrorLocation,
  moveNode,
  type Operator,
  removeNode,
  RuleShapeError,
  toRule,
  updateNode,
} from './rule-model';
import { conditionPart, nodePaths, ownerOf, type RuleProblem } from './rule-validation';
import { useAttributeKeys, useCourseOptions, useFieldCatalog, useSessionCourse, useSessionOptions } from './use-rule-options';

export interface RuleBuilderProps {
  value: GroupNode;
  onChange: (value: GroupNode) => void;
  /** JSON path of the rule in the api's requests: `rule` for segments, `assignmentRule` for personas. */
  rootPath?: string;
  /** Problems to show at their conditions: the client's own checks and the api's `details[]`. */
  problems?: RuleProblem[];
  readOnly?: boolean;
  /** The builder's accessible name. */
  label: string;
  /**
   * Whether to say what is still missing (a value, an operator, a course) everywhere: true once a save
   * was tried. Until then a part is flagged only after the person has left it; wrong values always are.
   */
  showMissing?: boolean;
}

type ProblemsByNode = Map<string, { path: string; text: string; missing: boolean }[]>;

/** The client's checks that only say something is not filled in yet. */
const MISSING = new Set(['problems.required', 'problems.chooseField', 'problems.chooseOperator', 'problems.chooseCourse', 'problems.chooseSession']);

const FIELD_GROUPS: [string, (f: FieldDescription) => boolean][] = [
  ['learner', (f) => f.type === 'text'],
  ['dates', (f) => f.type === 'date' || f.type === 'timestamp'],
  ['consent', (f) => f.type === 'boolean'],
  ['learning', (f) => f.type === 'persona' || f.type === 'enrollment'],
  ['engagement', (f) => f.type === 'engagement'],
  ['attributes', (f) => f.type === 'attribute'],
];

// On dates, before / after say what lt / gt say: one entry each in the list (a rule that uses them still shows them).
const SYNONYMS: Partial<Record<string, Operator[]>> = { date: ['before', 'after'], timestamp: ['before', 'after'] };
const shownOperators = (field: FieldDescription, current: Operator | ''): Operator[] =>
  field.operators.filter((op) => op === current || !SYNONYMS[field.type]?.includes(op));

/** The operator entry that writes `exists: false` on an enrolment: "has no enrolment in …". */
const NO_ENROLMENT = 'no_enrolment';
/** The operators offered for a field; an enrolment also gets its negative form right after exists. */
const operatorOptions = (field: FieldDescription, current: Operator | ''): string[] => {
  const ops: string[] = shownOperators(field, current);
  if (field.type !== 'enrollment' || !ops.includes('exists')) return ops;
  // The two questions a DLM asks first: enrolled somewhere, or not at all.
  return ['exists', NO_ENROLMENT, ...ops.filter((op) => op !== 'exists')];
};

const valueShape = (op: string) => (op === 'in' || op === 'nin' ? 'list' : op === 'between' ? 'pair' : op === 'exists' ? 'flag' : op === 'within_last_days' ? 'days' : 'scalar');

/**
 * The visual rule builder of segments and personas: nested all / any groups (each may exclude),
 * conditions built from the api's field catalog, and a JSON view that edits the same rule.
 */
export function RuleBuilder({ value, onChange, rootPath = 'rule', problems = [], readOnly = false, label, showMissing = true }: RuleBuilderProps) {
  const { t } = useTranslation('ruleBuilder');
  const catalog = useFieldCatalog();
  const [mode, setMode] = useState<'visual' | 'json'>('visual');
  const [jsonDraft, setJsonDraft] = useState<JsonDraft | null>(null);
  // An edit in the builder makes JSON text that was not a rule moot.
  const change = (next: GroupNode) => {
    setJsonDraft(null);
    onChange(next);
  };

  const paths = useMemo(() => nodePaths(value, rootPath), [value, rootPath]);
  const { byNode, unplaced, listed } = useMemo(() => {
    const map: ProblemsByNode = new Map();
    const rest: string[] = [];
    const all: { path: string; text: string }[] = [];
    for (const p of problems) {
      const text = p.message.startsWith('problems.') ? t(p.message, p.values) : p.message;
      if (!all.some((a) => a.path === p.path && a.text === text)) all.push({ path: p.path, text });
      const owner = ownerOf(p.path, paths);
      if (owner === null || (owner === rootPath && p.path === rootPath)) rest.push(text);
      else map.set(owner, [...(map.get(owner) ?? []), { path: p.path, text, missing: MISSING.has(p.message) }]);
    }
    return { byNode: map, unplaced: [...new Set(rest)], listed: all };
  }, [problems, paths, rootPath, t]);

  return (
    <Stack gap="sm" role="group" aria-label={label}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600} size="sm">
          {label}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('view')}
          value={mode}
          onChange={(m) => setMode(m as 'visual' | 'json')}
          data={[
            { value: 'visual', label: t('visual') },
            { value: 'json', label: t('json') },
          ]}
        />
      </Group>
      {mode === 'visual' &&
        unplaced.map((text) => (
          <Alert key={text} color="red" role="alert" p="xs">
            {text}
          </Alert>
        ))}
      {mode === 'visual' && jsonDraft && (
        <Alert color="yellow" p="xs" title={t('jsonNotApplied')}>
          <Stack gap={4}>
            <Text size="sm">{jsonDraft.error}</Text>
            <Text size="sm">{t('jsonNotAppliedHelp')}</Text>
          </Stack>
        </Alert>
      )}
      {catalog.isError ? (
        <Alert color="red" role="alert">
          <Group gap="sm">
            <Text size="sm">{t('fieldsError')}</Text>
            <Button size="xs" variant="default" onClick={() => void catalog.refetch()}>
              {t('retry', { ns: 'translation', defaultValue: 'Try again' })}
            </Button>
          </Group>
        </Alert>
      ) : mode === 'json' ? (
        <RuleJsonEditor value={value} onChange={onChange} draft={jsonDraft} onDraftChange={setJsonDraft} rootPath={rootPath} readOnly={readOnly} problems={listed} />
      ) : catalog.isPending ? (
        <Group gap="xs" mih={120} align="center">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            {t('loadingFields')}
          </Text>
        </Group>
      ) : (
        <RuleGroupCard
          group={value}
          path={rootPath}
          root={value}
          onRootChange={change}
          catalog={catalog.data}
          problems={byNode}
          showMissing={showMissing}
          readOnly={readOnly}
          isRoot
          index={0}
          siblings={1}
        />
      )}
    </Stack>
  );
}

interface NodeProps {
  root: GroupNode;
  onRootChange: (root: GroupNode) => void;
  path: string;
  catalog: FieldCatalog;
  problems: ProblemsByNode;
  showMissing: boolean;
  readOnly: boolean;
  index: number;
  siblings: number;
}

type ConditionPart = ReturnType<typeof conditionPart>;

/** Wraps inputs without a box of its own; calls `onLeave` when the focus goes outside all of them. */
function Leaving({ onLeave, children }: { onLeave: () => void; children: ReactNode }) {
  return (
    <div style={{ display: 'contents' }} onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && onLeave()}>
      {children}
    </div>
  );
}

function RuleGroupCard({ group, isRoot = false, ...props }: NodeProps & { group: GroupNode; isRoot?: boolean }) {
  const { t } = useTranslation('ruleBuilder');
  const { root, onRootChange, path, readOnly, index, siblings, problems } = props;
  const set = (change: Partial<GroupNode>) => onRootChange(updateNode(root, group.id, (g) => ({ ...g, ...change }) as GroupNode));
  const combinatorLabel = t(`combinator.${group.combinator}`);
  const own = problems.get(path)?.filter((p) => !p.path.slice(path.length).includes('[')) ?? [];

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg={isRoot ? undefined : 'gray.0'}
      role="group"
      aria-label={isRoot ? t('rootGroupLabel') : t('groupLabel', { combinator: combinatorLabel })}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <Select
              size="xs"
              w={250}
              aria-label={isRoot ? t('rootGroupLabel') : t('combinatorLabel')}
              allowDeselect={false}
              readOnly={readOnly}
              data={(['all', 'any'] as const).map((c) => ({ value: c, label: t(`combinator.${c}`) }))}
              value={group.combinator}
              onChange={(c) => c && set({ combinator: c as 'all' | 'any' })}
            />
            <Checkbox size="xs" label={t('negate')} checked={group.negated} disabled={readOnly} onChange={(e) => set({ negated: e.currentTarget.checked })} />
          </Group>
          {!isRoot && !readOnly && (
            <NodeActions id={group.id} index={index} siblings={siblings} root={root} onRootChange={onRootChange} kind="group" />
          )}
        </Group>
        {own.map((p) => (
          <Text key={p.path + p.text} size="xs" c="red.8" role="alert">
            {p.text}
          </Text>
        ))}
        {group.children.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('emptyGroup')}
          </Text>
        ) : (
          <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {group.children.map((child, i) => {
              const childProps = { ...props, path: childPath(path, group, i), index: i, siblings: group.children.length };
              return (
                <Box component="li" key={child.id}>
                  {child.kind === 'group' ? <RuleGroupCard group={child} {...childProps} /> : <RuleConditionRow condition={child} {...childProps} />}
                </Box>
              );
            })}
          </Stack>
        )}
        {!readOnly && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => onRootChange(addChild(root, group.id, emptyCondition()))}>
              {t('addCondition')}
            </Button>
            <Button size="xs" variant="default" onClick={() => onRootChange(addChild(root, group.id, emptyGroup(group.combinator === 'all' ? 'any' : 'all', [emptyCondition()])))}>
              {t('addGroup')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function NodeActions({ id, index, siblings, root, onRootChange, kind }: { id: string; index: number; siblings: number; root: GroupNode; onRootChange: (g: GroupNode) => void; kind: 'group' | 'condition' }) {
  const { t } = useTranslation('ruleBuilder');
  const n = index + 1;
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon variant="subtle" color="gray" c="gray.8" aria-label={kind === 'group' ? t('moveGroupUp') : t('moveUp', { n })} disabled={index === 0} onClick={() => onRootChange(moveNode(root, id, -1))}>
        <span aria-hidden>↑</span>
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="gray.8"
        aria-label={kind === 'group' ? t('moveGroupDown') : t('moveDown', { n })}
        disabled={index === siblings - 1}
        onClick={() => onRootChange(moveNode(root, id, 1))}
      >
        <span aria-hidden>↓</span>
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" c="red.9" aria-label={kind === 'group' ? t('removeGroup') : t('removeCondition', { n })} onClick={() => onRootChange(removeNode(root, id))}>
        <span aria-hidden>✕</span>
      </ActionIcon>
    </Group>
  );
}

function RuleConditionRow({ condition, ...props }: NodeProps & { condition: ConditionNode }) {
  const { t, i18n } = useTranslation('ruleBuilder');
  const { root, onRootChange, path, catalog, readOnly, index, siblings, problems, showMissing } = props;
  const field = findField(catalog, condition.field);
  // The parts the person has left: what is missing there is said from then on (before a save, not earlier).
  const [left, setLeft] = useState<ReadonlySet<ConditionPart>>(new Set());
  const leave = (part: ConditionPart) => setLeft((parts) => (parts.has(part) ? parts : new Set([...parts, part])));
  const n = index + 1;
  const name = t('conditionLabel', { n });
  const set = (change: Partial<ConditionNode>) => onRootChange(updateNode(root, condition.id, (c) => ({ ...c, ...change }) as ConditionNode));

  const mine = problems.get(path) ?? [];
  const at = (part: ConditionPart) =>
    mine
      .filter((p) => conditionPart(p.path, path, condition) === part && (!p.missing || showMissing || left.has(part)))
      .map((p) => p.text)
      .join(' · ') || undefined;

  const fieldOptions = FIELD_GROUPS.map(([group, test]) => ({
    group: t(`groups.${group}`),
    items: catalog.fields.filter(test).map((f) => ({ value: f.field, label: t(`fields.${f.field}`, { defaultValue: f.field }) })),
  })).filter((g) => g.items.length > 0);

  const chooseField = (next: string | null) => {
    const described = findField(catalog, next ?? '');
    const op = described && condition.op && described.operators.includes(condition.op) ? condition.op : (described?.operators[0] ?? '');
    const sameType = described?.type === field?.type;
    // Another field: its operator, course and value are new questions, not yet left unanswered.
    if (!sameType) setLeft((parts) => new Set([...parts].filter((p) => p === 'field')));
    set({
      field: next ?? '',
      op,
      value: sameType && op === condition.op ? condition.value : undefined,
      // A new enrolment condition is about a course until another scope is chosen ('' = not picked yet).
      courseId: described?.type === 'enrollment' ? (field?.type === 'enrollment' ? condition.courseId : '') : undefined,
      sessionId: described?.type === 'enrollment' ? condition.sessionId : undefined,
    });
  };
  const chooseOperator = (next: string | null) => {
    // "has no enrolment" is exists with false, offered as an operator of its own.
    if (next === NO_ENROLMENT) return set({ op: 'exists', value: false });
    const op = (next ?? '') as Operator | '';
    if (op === 'exists') return set({ op, value: undefined });
    set({ op, value: valueShape(op) === valueShape(condition.op) ? condition.value : undefined });
  };
  const operatorValue = field?.type === 'enrollment' && condition.op === 'exists' && condition.value === false ? NO_ENROLMENT : condition.op || null;

  return (
    <Paper withBorder p="xs" radius="sm" role="group" aria-label={name}>
      <Group gap="xs" align="flex-start" wrap="wrap" justify="space-between">
        <Group gap="xs" align="flex-start" wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
          <Checkbox
            mt={8}
            size="xs"
            label={t('negatedCondition')}
            aria-label={`${t('negatedCondition')} — ${name}`}
            checked={condition.negated}
            disabled={readOnly}
            onChange={(e) => set({ negated: e.currentTarget.checked })}
          />
          <Select
            size="sm"
            w={{ base: '100%', xs: 210 }}
            searchable
            aria-label={`${t('field')} — ${name}`}
            placeholder={t('field')}
            readOnly={readOnly}
            data={fieldOptions}
            value={condition.field || null}
            error={at('field')}
            onBlur={() => leave('field')}
            onChange={chooseField}
          />
          {condition.field === ATTRIBUTE_FIELD && (
            <AttributeKeyInput name={name} readOnly={readOnly} value={condition.attributeKey} onChange={(attributeKey) => set({ attributeKey })} />
          )}
          {field && (
            <Select
              size="sm"
              w={{ base: '100%', xs: field.type === 'enrollment' ? 240 : 190 }}
              aria-label={`${t('operator')} — ${name}`}
              allowDeselect={false}
              readOnly={readOnly}
              data={operatorOptions(field, condition.op).map((op) => ({ value: op, label: t([`ops.${field.type}.${op}`, `ops.${op}`]) }))}
              value={operatorValue}
              error={at('op')}
              onBlur={() => leave('op')}
              onChange={chooseOperator}
            />
          )}
          {field?.type === 'enrollment' && (
            <Leaving onLeave={() => leave('scope')}>
              <EnrolmentScope condition={condition} name={name} readOnly={readOnly} error={at('scope')} locale={i18n.language} onChange={set} />
            </Leaving>
          )}
          {field && (
            <Leaving onLeave={() => leave('value')}>
              <ConditionValueInput
                condition={condition}
                field={field}
                label={`${t('value')} — ${name}`}
                error={at('value')}
                readOnly={readOnly}
                onChange={(v) => set({ value: v })}
              />
            </Leaving>
          )}
        </Group>
        {!readOnly && <NodeActions id={condition.id} index={index} siblings={siblings} root={root} onRootChange={onRootChange} kind="condition" />}
      </Group>
      {at('condition') && (
        <Text size="xs" c="red.8" mt={4} role="alert">
          {at('condition')}
        </Text>
      )}
    </Paper>
  );
}

/** The attribute key, typed or picked among the keys the workspace's learners hold (with how many hold each and a few values). */
function AttributeKeyInput({ name, readOnly, value, onChange }: { name: string; readOnly: boolean; value: string; onChange: (key: string) => void }) {
  const { t, i18n } = useTranslation('ruleBuilder');
  const keys = useAttributeKeys(!readOnly);
  const number = new Intl.NumberFormat(i18n.language);
  const byKey = new Map((keys.data?.keys ?? []).map((k) => [k.key, k]));
  return (
    <Autocomplete
      size="sm"
      w={{ base: '100%', xs: 190 }}
      aria-label={`${t('attributeKey')} — ${name}`}
      placeholder={t('attributeKeyPlaceholder')}
      readOnly={readOnly}
      spellCheck={false}
      autoComplete="off"
      data={[...byKey.keys()]}
      value={value}
      onChange={onChange}
      limit={50}
      comboboxProps={{ withinPortal: true, width: 300, position: 'bottom-start' }}
      renderOption={({ option }) => {
        const k = byKey.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm" ff="monospace">
              {option.value}
            </Text>
            {k && (
              <Text size="xs" c="dimmed">
                {t('attributeKeyHeld', { count: k.count, formatted: number.format(k.count) })}
                {k.examples.length > 0 && ` · ${t('attributeKeyExamples', { values: k.examples.map((e) => e.value).join(', ') })}`}
              </Text>
            )}
          </Stack>
        );
      }}
    />
  );
}

function EnrolmentScope({
  condition,
  name,
  readOnly,
  error,
  locale,
  onChange,
}: {
  condition: ConditionNode;
  name: string;
  readOnly: boolean;
  error?: string;
  locale: string;
  onChange: (change: Partial<ConditionNode>) => void;
}) {
  const { t } = useTranslation('ruleBuilder');
  const scope = condition.sessionId !== undefined ? 'session' : condition.courseId !== undefined ? 'course' : 'any';
  const bySession = scope === 'session';
  const sessionCourse = useSessionCourse(condition.sessionId);
  const [pickedCourse, setPickedCourse] = useState<string | null>(null);
  const courseId = bySession ? (pickedCourse ?? sessionCourse.data ?? null) : condition.courseId || null;
  const courses = useCourseOptions(scope !== 'any');
  const sessions = useSessionOptions(bySession ? courseId : null, locale);

  return (
    <Group gap="xs" align="flex-start" wrap="wrap">
      <Select
        size="sm"
        w={230}
        allowDeselect={false}
        aria-label={`${t('scope')} — ${name}`}
        readOnly={readOnly}
        value={scope}
        onChange={(next) =>
          next === 'session'
            ? onChange({ courseId: undefined, sessionId: '' })
            : next === 'course'
              ? onChange({ sessionId: undefined, courseId: courseId ?? '' })
              : onChange({ sessionId: undefined, courseId: undefined })
        }
        data={[
          { value: 'course', label: t('scopeCourse') },
          { value: 'session', label: t('scopeSession') },
          { value: 'any', label: t('scopeAny') },
        ]}
      />
      {scope !== 'any' && (
        <Select
          size="sm"
          w={220}
          searchable
          aria-label={`${t('course')} — ${name}`}
          placeholder={t('course')}
          readOnly={readOnly}
          nothingFoundMessage={t('noOptions')}
          data={courses.data ?? []}
          value={courseId}
          error={bySession ? undefined : error}
          onChange={(id) => {
            if (bySession) {
              setPickedCourse(id);
              onChange({ sessionId: '' });
            } else onChange({ courseId: id ?? '' });
          }}
        />
      )}
      {bySession && (
        <Select
          size="sm"
          w={230}
          searchable
          aria-label={`${t('session')} — ${name}`}
          placeholder={courseId ? t('session') : t('chooseCourseFirst')}
          disabled={!courseId}
          readOnly={readOnly}
          nothingFoundMessage={t('noOptions')}
          data={sessions.data ?? []}
          value={condition.sessionId || null}
          error={error}
          onChange={(id) => onChange({ sessionId: id ?? '' })}
        />
      )}
    </Group>
  );
}

/** What the JSON editor holds that the builder does not: text that is not (yet) a rule, and why. */
export interface JsonDraft {
  text: string;
  error: string;
}

/**
 * The same rule as JSON: edits apply to the builder as soon as they read as a rule; until then the
 * builder keeps its last readable rule and the text stays here, with why it is not one.
 */
function RuleJsonEditor({
  value,
  onChange,
  draft,
  onDraftChange,
  rootPath,
  readOnly,
  problems,
}: {
  value: GroupNode;
  onChange: (g: GroupNode) => void;
  draft: JsonDraft | null;
  onDraftChange: (draft: JsonDraft | null) => void;
  rootPath: string;
  readOnly: boolean;
  problems: { path: string; text: string }[];
}) {
  const { t } = useTranslation('ruleBuilder');
  const [text, setText] = useState(() => draft?.text ?? JSON.stringify(toRule(value), null, 2));

  const edit = (next: string) => {
    setText(next);
    const problem = readJsonRule(next, rootPath, t);
    if (problem.error !== null) return onDraftChange({ text: next, error: problem.error });
    onDraftChange(null);
    onChange(problem.rule);
  };

  return (
    <Stack gap="xs">
      <Textarea
        label={t('jsonLabel')}
        description={t('jsonHelp')}
        autosize
        minRows={8}
        maxRows={30}
        spellCheck={false}
        readOnly={readOnly}
        styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13 } }}
        value={text}
        error={draft ? `${draft.error} ${t('jsonKeeps')}` : undefined}
        onChange={(e) => edit(e.currentTarget.value)}
      />
      {draft === null && problems.length > 0 && (
        <Alert color="red" p="xs" title={t('jsonProblems', { count: problems.length })}>
          <Stack component="ul" gap={2} m={0} pl="md">
            {problems.map((p) => (
              <Text component="li" size="sm" key={p.path + p.text}>
                <Code>{p.path}</Code> : {p.text}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

/** Reads the JSON editor's text as a rule, or says (in the reader's language) where and why it is not one. */
export function readJsonRule(
  text: string,
  rootPath: string,
  t: (key: string, values?: Record<string, unknown>) => string,
): { rule: GroupNode; error: null } | { rule: null; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    if (text.trim() === '') return { rule: null, error: t('jsonEmpty') };
    const at = jsonErrorLocation(text, e instanceof Error ? e.message : '');
    // Stopped at the very end: something is still open.
    const atEnd = at !== null && at.line === text.trimEnd().split('\n').length && at.column > text.trimEnd().split('\n').at(-1)!.length;
    return { rule: null, error: at && !atEnd ? t('jsonInvalidAt', at) : t('jsonIncomplete') };
  }
  try {
    return { rule: fromRule(parsed, rootPath), error: null };
  } catch (e) {
    if (e instanceof RuleShapeError) return { rule: null, error: t('jsonShape', { path: e.path, problem: t(`shape.${e.code}`, e.values) }) };
    // Anything else (a rule nested past what the browser can follow): said, never a crash of the page.
    return { rule: null, error: t('jsonUnreadable') };
  }
}
