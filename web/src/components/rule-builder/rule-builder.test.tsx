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

function renderBuilder(initial: unknown, problems: RuleProblem[] = []) {
  const { fetch } = fakeFetch({
    'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
    'GET /v1/personas': () => json(200, { items: [{ id: 'p1', name: 'Ambitious newcomer' }], nextCursor: null }),
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
  it('builds nested groups from the catalog', async () => {
    const { last } = renderBuilder({ all: [] });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a condition' }));
    await choose('Field — Condition 1', 'Department');
    await userEvent.type(screen.getByRole('textbox', { name: 'Value — Condition 1' }), 'Sales');
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
    await userEvent.type(within(group).getByRole('textbox', { name: 'Value — Condition 2' }), 'Ly');
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
    expect(await screen.findByText(/This JSON cannot be read/)).toBeInTheDocument();
    expect(last()).toEqual({ all: [{ field: 'site', op: 'eq', value: 'Paris' }, { any: [] }] });

    await userEvent.click(screen.getByRole('radio', { name: 'Builder' }));
    expect(await screen.findByRole('textbox', { name: 'Value — Condition 1' })).toHaveValue('Paris');
    expect(screen.getByRole('group', { name: 'Group: Any of' })).toBeInTheDocument();
  });

  it('says why JSON that parses is not a rule, with its path', async () => {
    renderBuilder({ all: [] });
    await screen.findByRole('button', { name: 'Add a condition' });
    await userEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    const editor = screen.getByRole('textbox', { name: 'The rule as JSON' });
    await userEvent.clear(editor);
    await userEvent.click(editor);
    await userEvent.paste('{"all": {"field": "site"}}');
    expect(await screen.findByText(/Not a rule at rule\.all: must be an array of rules/)).toBeInTheDocument();
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
