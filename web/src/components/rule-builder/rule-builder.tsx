import { ActionIcon, Alert, Box, Button, Checkbox, Group, Loader, Paper, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
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
  moveNode,
  type Operator,
  removeNode,
  RuleShapeError,
  toRule,
  updateNode,
} from './rule-model';
import { conditionPart, nodePaths, ownerOf, type RuleProblem } from './rule-validation';
import { useCourseOptions, useFieldCatalog, useSessionCourse, useSessionOptions } from './use-rule-options';

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
}

type ProblemsByNode = Map<string, { path: string; text: string }[]>;

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

const valueShape = (op: string) => (op === 'in' || op === 'nin' ? 'list' : op === 'between' ? 'pair' : op === 'exists' ? 'flag' : op === 'within_last_days' ? 'days' : 'scalar');

/**
 * The visual rule builder of segments and personas: nested all / any groups (each may exclude),
 * conditions built from the api's field catalog, and a JSON view that edits the same rule.
 */
export function RuleBuilder({ value, onChange, rootPath = 'rule', problems = [], readOnly = false, label }: RuleBuilderProps) {
  const { t } = useTranslation('ruleBuilder');
  const catalog = useFieldCatalog();
  const [mode, setMode] = useState<'visual' | 'json'>('visual');

  const paths = useMemo(() => nodePaths(value, rootPath), [value, rootPath]);
  const { byNode, unplaced } = useMemo(() => {
    const map: ProblemsByNode = new Map();
    const rest: string[] = [];
    for (const p of problems) {
      const text = p.message.startsWith('problems.') ? t(p.message, p.values) : p.message;
      const owner = ownerOf(p.path, paths);
      if (owner === null || (owner === rootPath && p.path === rootPath)) rest.push(text);
      else map.set(owner, [...(map.get(owner) ?? []), { path: p.path, text }]);
    }
    return { byNode: map, unplaced: [...new Set(rest)] };
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
      {unplaced.map((text) => (
        <Alert key={text} color="red" role="alert" p="xs">
          {text}
        </Alert>
      ))}
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
        <RuleJsonEditor value={value} onChange={onChange} rootPath={rootPath} readOnly={readOnly} />
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
          onRootChange={onChange}
          catalog={catalog.data}
          problems={byNode}
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
  readOnly: boolean;
  index: number;
  siblings: number;
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
  const { root, onRootChange, path, catalog, readOnly, index, siblings, problems } = props;
  const field = findField(catalog, condition.field);
  const n = index + 1;
  const name = t('conditionLabel', { n });
  const set = (change: Partial<ConditionNode>) => onRootChange(updateNode(root, condition.id, (c) => ({ ...c, ...change }) as ConditionNode));

  const mine = problems.get(path) ?? [];
  const at = (part: ReturnType<typeof conditionPart>) =>
    mine
      .filter((p) => conditionPart(p.path, path, condition) === part)
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
    set({
      field: next ?? '',
      op,
      value: sameType && op === condition.op ? condition.value : undefined,
      courseId: described?.type === 'enrollment' ? condition.courseId : undefined,
      sessionId: described?.type === 'enrollment' ? condition.sessionId : undefined,
    });
  };
  const chooseOperator = (next: string | null) => {
    const op = (next ?? '') as Operator | '';
    set({ op, value: valueShape(op) === valueShape(condition.op) ? condition.value : undefined });
  };

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
            onChange={chooseField}
          />
          {condition.field === ATTRIBUTE_FIELD && (
            <TextInput
              size="sm"
              w={140}
              aria-label={`${t('attributeKey')} — ${name}`}
              placeholder={t('attributeKeyPlaceholder')}
              readOnly={readOnly}
              value={condition.attributeKey}
              onChange={(e) => set({ attributeKey: e.currentTarget.value })}
            />
          )}
          {field && (
            <Select
              size="sm"
              w={{ base: '100%', xs: 190 }}
              aria-label={`${t('operator')} — ${name}`}
              allowDeselect={false}
              readOnly={readOnly}
              data={shownOperators(field, condition.op).map((op) => ({ value: op, label: t([`ops.${field.type}.${op}`, `ops.${op}`]) }))}
              value={condition.op || null}
              error={at('op')}
              onChange={chooseOperator}
            />
          )}
          {field?.type === 'enrollment' && <EnrolmentScope condition={condition} name={name} readOnly={readOnly} error={at('scope')} locale={i18n.language} onChange={set} />}
          {field && (
            <ConditionValueInput
              condition={condition}
              field={field}
              label={`${t('value')} — ${name}`}
              error={at('value')}
              readOnly={readOnly}
              onChange={(v) => set({ value: v })}
            />
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
  const bySession = condition.sessionId !== undefined;
  const sessionCourse = useSessionCourse(condition.sessionId);
  const [pickedCourse, setPickedCourse] = useState<string | null>(null);
  const courseId = bySession ? (pickedCourse ?? sessionCourse.data ?? null) : (condition.courseId ?? null);
  const courses = useCourseOptions(true);
  const sessions = useSessionOptions(bySession ? courseId : null, locale);

  return (
    <Group gap="xs" align="flex-start" wrap="wrap">
      <SegmentedControl
        size="xs"
        mt={4}
        aria-label={`${t('scope')} — ${name}`}
        readOnly={readOnly}
        value={bySession ? 'session' : 'course'}
        onChange={(scope) =>
          scope === 'session' ? onChange({ courseId: undefined, sessionId: '' }) : onChange({ sessionId: undefined, courseId: courseId ?? undefined })
        }
        data={[
          { value: 'course', label: t('scopeCourse') },
          { value: 'session', label: t('scopeSession') },
        ]}
      />
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
          } else onChange({ courseId: id ?? undefined });
        }}
      />
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

/** The same rule as JSON: edits apply to the builder as soon as they read as a rule; until then the builder keeps its state. */
function RuleJsonEditor({ value, onChange, rootPath, readOnly }: { value: GroupNode; onChange: (g: GroupNode) => void; rootPath: string; readOnly: boolean }) {
  const { t } = useTranslation('ruleBuilder');
  const [text, setText] = useState(() => JSON.stringify(toRule(value), null, 2));
  const [error, setError] = useState<string | null>(null);

  const edit = (next: string) => {
    setText(next);
    let parsed: unknown;
    try {
      parsed = JSON.parse(next);
    } catch (e) {
      setError(t('jsonInvalid', { message: (e as Error).message }));
      return;
    }
    try {
      onChange(fromRule(parsed, rootPath));
      setError(null);
    } catch (e) {
      if (!(e instanceof RuleShapeError)) throw e;
      setError(t('jsonShape', { path: e.path, message: e.message }));
    }
  };

  return (
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
      error={error}
      onChange={(e) => edit(e.currentTarget.value)}
    />
  );
}
