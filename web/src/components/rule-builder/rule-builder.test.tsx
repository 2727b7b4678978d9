import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import i18n from '../../i18n';
import { fakeFetch, json } from '../../test/render';
import { theme } from '../../theme';
import { RuleBuilder } from './rule-builder';
import { fromRule, type GroupNode, toRule } from './rule-model';
import type { RuleProblem } from './rule-validation';
import { TEST_CATALOG } from './test-catalog';

const COURSE = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

function renderBuilder(initial: unknown, problems: RuleProblem[] = []) {
  const { fetch } = fakeFetch({
    'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
    'GET /v1/personas': () => json(200, { items: [{ id: 'p1', name: 'Ambitious newcomer', learnerCount: 1240 }], nextCursor: null }),
    'GET /v1/courses': () => json(200, { items: [{ id: COURSE, code: 'MGT-1', title: 'Management' }], nextCursor: null }),
    'GET /v1/learners/facets': () =>
      json(200, {
        site: [
          { value: 'Paris La Défense', count: 5400 },
          { value: 'Lyon Part-Dieu', count: 2100 },
        ],
        department: [{ value: 'Sales', count: 3900 }],
        country: [],
        personaId: [],
        locale: [],
      }),
    'GET /v1/learners/attribute-keys': () =>
      json(200, {
        keys: [
          { key: 'manager_level', count: 18230, distinctValues: 4, examples: [{ value: '2', count: 6000 }, { value: '1', count: 5000 }] },
          { key: 'cost_center', count: 900, distinctValues: 37, examples: [{ value: 'CC-1', count: 40 }] },
        ],
        sampledLearners: 20000,
        complete: false,
      }),
  });
  vi.stubGlobal('fetch', fetch);
  const changes: Record<string, unknown>[] = [];
  function Harness() {
    const [model, setModel] = useState<GroupNode>(() => fromRule(initial));
    return (
      <RuleBuilder
        label="Who is in it"
        value={model}
        problems={problems}
        onChange={(next) => {
          changes.push(toRule(next));
          setModel(next);
        }}
      />
    );
  }
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>
        <Harness />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { last: () => changes.at(-1) };
}

async function choose(label: string | RegExp, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

const optionNames = () => screen.getAllByRole('option').map((o) => o.textContent);


// This machine is shared: give the screen time to settle before failing a lookup.
configure({ asyncUtilTimeout: 5_000 });
describe('RuleBuilder', { timeout: 30_000 }, () => {
  it('suggests the sites learners hold, with counts, and still takes free text and “contains”', async () => {
    const { last } = renderBuilder({ all: [] });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a condition' }));
    await choose('Field — Condition 1', 'Site');
    const value = screen.getByRole('combobox', { name: 'Value — Condition 1' });
    await userEvent.type(value, 'lyon');
    const option = await screen.findByRole('option', { name: /Lyon Part-Dieu/ });
    expect(option).toHaveTextContent('2,100 learners');
    expect(screen.queryByRole('option', { name: /Paris/ })).not.toBeInTheDocument();
    await userEvent.click(option);
    expect(last()).toEqual({ all: [{ field: 'site', op: 'eq', value: 'Lyon Part-Dieu' }] });

    // A value no learner holds yet is typed as is; "contains" keeps the suggestions.
    await userEvent.clear(value);
    await userEvent.type(value, 'Nantes');
    expect(last()).toEqual({ all: [{ field: 'site', op: 'eq', value: 'Nantes' }] });
    await choose('Operator — Condition 1', 'contains');
    await userEvent.clear(screen.getByRole('combobox', { name: 'Value — Condition 1' }));
    await userEvent.type(screen.getByRole('combobox', { name: 'Value — Condition 1' }), 'Lyon');
    expect(last()).toEqual({ all: [{ field: 'site', op: 'contains', value: 'Lyon' }] });

    // Several values: the list suggests them too.
    await choose('Operator — Condition 1', 'is one of');
    await userEvent.type(screen.getByRole('combobox', { name: 'Value — Condition 1' }), 'par');
    await userEvent.click(await screen.findByRole('option', { name: /Paris La Défense/ }));
    expect(last()).toEqual({ all: [{ field: 'site', op: 'in', value: ['Paris La Défense'] }] });
  });

  it('builds nested groups from the catalog', async () => {
    const { last } = renderBuilder({ all: [] });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a condition' }));
    await choose('Field — Condition 1', 'Department');
    await userEvent.type(screen.getByRole('combobox', { name: 'Value — Condition 1' }), 'Sales');
    await userEvent.click(screen.getAllByRole('button', { name: 'Add a group' })[0]!);
    // The new group holds an empty condition of its own ("any of", the other way round from its parent).
    const group = screen.getByRole('group', { name: 'Group: Any of' });
    await userEvent.click(within(group).getByRole('combobox', { name: 'Field — Condition 1' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Opened an email' }));
    await userEvent.click(within(group).getByRole('button', { name: 'Add a condition' }));
    await userEvent.click(within(group).getByRole('combobox', { name: 'Field — Condition 2' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Site' }));
    await userEvent.click(within(group).getByRole('combobox', { name: 'Operator — Condition 2' }));
    await userEvent.click(await screen.findByRole('option', { name: 'starts with' }));
    await userEvent.type(within(group).getByRole('combobox', { name: 'Value — Condition 2' }), 'Ly');
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Exclude those who match' }));

    expect(last()).toEqual({
      all: [
        { field: 'department', op: 'eq', value: 'Sales' },
        { not: { any: [{ field: 'engagement.opened', op: 'exists' }, { field: 'site', op: 'starts_with', value: 'Ly' }] } },
      ],
    });

    // Reorder by keyboard-reachable buttons, then remove.
    await userEvent.click(within(group).getByRole('button', { name: 'Move condition 2 up' }));
    expect((last() as { all: { not: { any: { field: string }[] } }[] }).all[1]!.not.any.map((c) => c.field)).toEqual(['site', 'engagement.opened']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove this group' }));
    expect(last()).toEqual({ all: [{ field: 'department', op: 'eq', value: 'Sales' }] });
  });

  it('offers the operators of the field’s type, and the value input that fits', async () => {
    const { last } = renderBuilder({ all: [{ field: 'department', op: 'contains', value: 'Sal' }] });
    await userEvent.click(await screen.findByRole('combobox', { name: 'Operator — Condition 1' }));
    expect(optionNames()).toEqual(['is', 'is not', 'is one of', 'is none of', 'contains', 'starts with', 'is filled in']);
    await userEvent.keyboard('{Escape}');

    await choose('Field — Condition 1', 'Hire date');
    // "contains" does not apply to a date: the first operator of dates is chosen, the value cleared.
    expect(last()).toEqual({ all: [{ field: 'hireDate', op: 'eq' }] });
    await userEvent.click(screen.getByRole('combobox', { name: 'Operator — Condition 1' }));
    expect(optionNames()).toContain('is on or after');
    expect(optionNames()).not.toContain('contains');
    await userEvent.click(screen.getByRole('option', { name: 'in the last … days' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Value — Condition 1' }), '-30');
    await userEvent.tab();
    // Kept as typed (not turned into 30): the rule's own check refuses it.
    expect(last()).toEqual({ all: [{ field: 'hireDate', op: 'within_last_days', value: -30 }] });
    expect(screen.getByRole('textbox', { name: 'Value — Condition 1' })).toHaveValue('-30 days');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Value — Condition 1' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Value — Condition 1' }), '30');
    expect(last()).toEqual({ all: [{ field: 'hireDate', op: 'within_last_days', value: 30 }] });

    await choose('Field — Condition 1', 'Accepts emails');
    await userEvent.click(screen.getByRole('combobox', { name: 'Operator — Condition 1' }));
    expect(optionNames()).toEqual(['is', 'is not']);
    await userEvent.keyboard('{Escape}');
    await choose('Value — Condition 1', 'No');
    expect(last()).toEqual({ all: [{ field: 'consentEmail', op: 'eq', value: false }] });
  });

  it('picks countries by name in the reader’s language, accents aside, and writes their codes', async () => {
    await i18n.changeLanguage('fr');
    onTestFinished(async () => {
      await i18n.changeLanguage('en');
    });
    const { last } = renderBuilder({ all: [{ field: 'country', op: 'eq' }] });
    const value = await screen.findByRole('combobox', { name: 'Valeur — Condition 1' });
    await userEvent.type(value, 'etats');
    await userEvent.click(await screen.findByRole('option', { name: 'États-Unis' }));
    expect(last()).toEqual({ all: [{ field: 'country', op: 'eq', value: 'US' }] });

    await choose('Opérateur — Condition 1', 'est l’un de');
    await userEvent.type(screen.getByRole('combobox', { name: 'Valeur — Condition 1' }), 'Belg');
    await userEvent.click(await screen.findByRole('option', { name: 'Belgique' }));
    await userEvent.type(screen.getByRole('combobox', { name: 'Valeur — Condition 1' }), 'France');
    await userEvent.click(await screen.findByRole('option', { name: 'France' }));
    expect(last()).toEqual({ all: [{ field: 'country', op: 'in', value: ['BE', 'FR'] }] });

    // "contains" compares text: a free text box, as for any text field.
    await choose('Opérateur — Condition 1', 'contient');
    expect(screen.getByRole('textbox', { name: 'Valeur — Condition 1' })).toBeInTheDocument();
  });

  it('edits the same rule as JSON, both ways, and keeps the builder when the JSON is invalid', async () => {
    const { last } = renderBuilder({ all: [{ field: 'site', op: 'eq', value: 'Lyon' }] });
    await screen.findByRole('combobox', { name: 'Field — Condition 1' });
    await userEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    const editor = screen.getByRole('textbox', { name: 'The rule as JSON' });
    expect(JSON.parse((editor as HTMLTextAreaElement).value)).toEqual({ all: [{ field: 'site', op: 'eq', value: 'Lyon' }] });

    await userEvent.clear(editor);
    await userEvent.click(editor);
    await userEvent.paste('{"all": [{"field": "site", "op": "eq", "value": "Paris"}, {"any": []}]}');
    expect(last()).toEqual({ all: [{ field: 'site', op: 'eq', value: 'Paris' }, { any: [] }] });

    await userEvent.type(editor, '{Backspace}');
    expect(await screen.findByText(/This JSON is incomplete: a closing brace or bracket is probably missing/)).toBeInTheDocument();
    expect(editor).toHaveAttribute('aria-invalid', 'true');
    expect(last()).toEqual({ all: [{ field: 'site', op: 'eq', value: 'Paris' }, { any: [] }] });

    // Back in the builder: the last readable rule, and a word that the unreadable text is not applied.
    await userEvent.click(screen.getByRole('radio', { name: 'Builder' }));
    expect(await screen.findByRole('combobox', { name: 'Value — Condition 1' })).toHaveValue('Paris');
    expect(screen.getByRole('group', { name: 'Group: Any of' })).toBeInTheDocument();
    expect(screen.getByText('Your last JSON edit is not applied')).toBeInTheDocument();

    // Back in JSON: the text as it was typed, to fix it.
    await userEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    const again = screen.getByRole('textbox', { name: 'The rule as JSON' }) as HTMLTextAreaElement;
    expect(again.value).toBe('{"all": [{"field": "site", "op": "eq", "value": "Paris"}, {"any": []}]');
    await userEvent.type(again, '}');
    expect(last()).toEqual({ all: [{ field: 'site', op: 'eq', value: 'Paris' }, { any: [] }] });
    await userEvent.click(screen.getByRole('radio', { name: 'Builder' }));
    expect(screen.queryByText('Your last JSON edit is not applied')).not.toBeInTheDocument();
  });

  it('says where JSON is malformed, by line and column, in the reader’s language', async () => {
    await i18n.changeLanguage('fr');
    try {
      renderBuilder({ all: [] });
      await userEvent.click(await screen.findByRole('radio', { name: 'JSON' }));
      const editor = screen.getByRole('textbox', { name: 'La règle en JSON' });
      await userEvent.clear(editor);
      await userEvent.click(editor);
      await userEvent.paste('{"all": [\n  {"field": "site" "op": "eq"}\n]}');
      expect(await screen.findByText(/Ce JSON est mal formé ligne 2, colonne 20/)).toBeInTheDocument();
      await userEvent.clear(editor);
      await userEvent.paste('{"all": [{"field": "site", "op": "eq", "value": "Lyon", "valeur": 1}]}');
      expect(await screen.findByText('Ce JSON n’est pas une règle en rule.all[0].valeur : clé « valeur » inconnue : une condition a field, op et value (et courseId ou sessionId). Le constructeur garde la dernière règle lisible.')).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('lists the rule’s problems under the JSON, with their paths', async () => {
    renderBuilder({ all: [{ field: 'site', op: 'eq', value: 'Lyon' }] }, [{ path: 'rule.all[0].value', message: 'no such site' }]);
    await userEvent.click(await screen.findByRole('radio', { name: 'JSON' }));
    const list = await screen.findByText('1 problem in this rule');
    expect(list.closest('[role="alert"], .mantine-Alert-root')).toHaveTextContent('rule.all[0].value : no such site');
  });

  it('says why JSON that parses is not a rule, with its path', async () => {
    renderBuilder({ all: [] });
    await screen.findByRole('button', { name: 'Add a condition' });
    await userEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    const editor = screen.getByRole('textbox', { name: 'The rule as JSON' });
    await userEvent.clear(editor);
    await userEvent.click(editor);
    await userEvent.paste('{"all": {"field": "site"}}');
    expect(await screen.findByText(/This JSON is not a rule at rule\.all: “all” takes a list of rules in square brackets/)).toBeInTheDocument();
  });

  it('suggests the attribute keys learners hold, with how many hold each and a few values', async () => {
    const { last } = renderBuilder({ all: [] });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a condition' }));
    await choose('Field — Condition 1', 'Attribute…');
    const key = screen.getByRole('combobox', { name: 'Attribute key — Condition 1' });
    await userEvent.click(key);
    await userEvent.type(key, 'man');
    const option = await screen.findByRole('option', { name: /manager_level/ });
    expect(option).toHaveTextContent('18,230 learners · e.g. 2, 1');
    expect(screen.queryByRole('option', { name: /cost_center/ })).not.toBeInTheDocument();
    await userEvent.click(option);
    await choose('Operator — Condition 1', 'is');
    await userEvent.type(screen.getByRole('textbox', { name: 'Value — Condition 1' }), '2');
    expect(last()).toEqual({ all: [{ field: 'attributes.manager_level', op: 'eq', value: '2' }] });
  });

  it('says "has no enrolment" in a course or in any course, the negation a DLM looks for', async () => {
    const { last } = renderBuilder({ all: [] });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a condition' }));
    await choose('Field — Condition 1', 'Enrolment status');
    await userEvent.click(screen.getByRole('combobox', { name: 'Operator — Condition 1' }));
    expect(optionNames().slice(0, 2)).toEqual(['has at least one enrolment', 'has no enrolment']);
    await userEvent.click(screen.getByRole('option', { name: 'has no enrolment' }));
    // No yes/no to pick: the operator says it.
    expect(screen.queryByRole('combobox', { name: 'Value — Condition 1' })).not.toBeInTheDocument();
    await choose('Course — Condition 1', 'MGT-1 · Management');
    expect(last()).toEqual({ all: [{ field: 'enrollment.status', op: 'exists', value: false, courseId: COURSE }] });

    await choose('Enrolment in — Condition 1', 'in any course');
    expect(screen.queryByRole('combobox', { name: 'Course — Condition 1' })).not.toBeInTheDocument();
    expect(last()).toEqual({ all: [{ field: 'enrollment.status', op: 'exists', value: false }] });

    await choose('Operator — Condition 1', 'has at least one enrolment');
    expect(last()).toEqual({ all: [{ field: 'enrollment.status', op: 'exists' }] });
  });

  it('reads a saved "never enrolled" rule back as "has no enrolment" in any course', async () => {
    renderBuilder({ all: [{ field: 'enrollment.status', op: 'exists', value: false }] });
    expect(await screen.findByRole('combobox', { name: 'Operator — Condition 1' })).toHaveValue('has no enrolment');
    expect(screen.getByRole('combobox', { name: 'Enrolment in — Condition 1' })).toHaveValue('in any course');
  });

  it('shows each persona with its learners', async () => {
    renderBuilder({ all: [{ field: 'persona', op: 'eq' }] });
    await userEvent.click(await screen.findByRole('combobox', { name: 'Value — Condition 1' }));
    expect(await screen.findByRole('option', { name: /Ambitious newcomer/ })).toHaveTextContent('Ambitious newcomer1,240 learners');
  });

  it('shows the api’s errors on the condition their path names', async () => {
    renderBuilder(
      { all: [{ field: 'site', op: 'eq', value: 'Lyon' }, { not: { any: [{ field: 'persona', op: 'eq', value: 'p9' }] } }] },
      [
        { path: 'rule.all[1].not.any[0].value', message: 'no persona "p9" in this workspace' },
        { path: 'rule', message: 'a rule has at most 500 nodes' },
      ],
    );
    await screen.findByRole('group', { name: 'Group: Any of' });
    const inner = within(screen.getByRole('group', { name: 'Group: Any of' })).getByRole('group', { name: 'Condition 1' });
    expect(within(inner).getByText('no persona "p9" in this workspace')).toBeInTheDocument();
    await act(async () => undefined);
    expect(within(inner).getByRole('combobox', { name: 'Value — Condition 1' })).toHaveAttribute('aria-invalid', 'true');
    // What names no condition is shown above the builder.
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('a rule has at most 500 nodes');
  });
});
