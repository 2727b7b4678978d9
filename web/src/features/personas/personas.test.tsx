import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TEST_CATALOG } from '../../components/rule-builder/test-catalog';
import { fakeFetch, json } from '../../test/render';
import { renderInWorkspace } from '../segments/render-in-workspace';
import { NewPersonaPage, PersonaCanvasPage } from './persona-canvas-page';
import { PersonasPage } from './personas-page';
// The demo's personas, exactly as the demo creates them (bare conditions, numbers, lists).
import { DEMO_PERSONAS } from '../../../../src/demo/demo-organisation';

// This machine is shared: give the screen time to settle before failing a lookup.
configure({ asyncUtilTimeout: 5_000 });

const PERSONA = {
  id: 'p1',
  name: 'Ambitious newcomer',
  summary: 'Joined less than a year ago.',
  behaviouralModel: null,
  socialModel: null,
  shortTermGoals: ['Master the CRM'],
  longTermGoals: [],
  needs: [],
  ambitions: [],
  objections: [],
  preferredChannels: ['email', 'post'],
  preferredDays: ['tue'],
  preferredTime: '09:30',
  tone: null,
  assignmentRule: { all: [{ field: 'department', op: 'eq', value: 'Sales' }] },
  learnerCount: 12,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
};

describe('Personas screens', { timeout: 90_000 }, () => {
  it('shows personas as cards with their members and ranked channels', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /v1/personas': () => json(200, { items: [PERSONA], nextCursor: null }) }).fetch);
    renderInWorkspace(PersonasPage, { path: '/personas', role: 'editor' });
    const card = (await screen.findByRole('link', { name: 'Ambitious newcomer' })).closest('li')!;
    expect(within(card).getByText('12 learners')).toBeInTheDocument();
    expect(within(card).getByText('1. Email')).toBeInTheDocument();
    expect(within(card).getByText('2. Network post')).toBeInTheDocument();
    // An editor reads personas; admins and planners write them.
    expect(screen.queryByRole('link', { name: 'New persona' })).not.toBeInTheDocument();
  });

  it('reorders channels with the buttons, checks the fields, and saves the canvas', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/personas/p1': () => json(200, PERSONA),
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
      'PATCH /v1/personas/p1': () => json(200, { ...PERSONA, preferredChannels: ['post', 'email', 'talking_points'], updatedAt: '2026-11-03T10:00:00Z' }),
      'POST /v1/personas/p1/assign': () => json(200, { assigned: 5 }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(PersonaCanvasPage, { path: '/personas/p1', pattern: '/personas/$personaId' });
    await userEvent.click(await screen.findByRole('button', { name: 'Move Network post up' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add Talking points (ambassadors)' }));
    const ranked = screen.getByRole('list', { name: 'Channels in order of preference' });
    expect(within(ranked).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Network post'),
      expect.stringContaining('Email'),
      expect.stringContaining('Talking points'),
    ]);
    // Unsaved: assigning would use the old rule, so it waits.
    expect(screen.getByRole('button', { name: 'Assign now' })).toBeDisabled();
    await userEvent.clear(screen.getByRole('textbox', { name: /^Name/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Correct the highlighted fields.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/ }), 'Ambitious newcomer');

    await userEvent.clear(screen.getByLabelText('Preferred time'));
    await userEvent.type(screen.getByLabelText('Preferred time'), '08:15');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const body = await requests.find((r) => r.method === 'PATCH')!.json();
    expect(body).toMatchObject({ preferredChannels: ['post', 'email', 'talking_points'], preferredTime: '08:15', shortTermGoals: ['Master the CRM'], assignmentRule: PERSONA.assignmentRule });
  });

  it('asks before assigning, with how many learners the persona takes and from which personas, then assigns', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/personas/p1': () => json(200, PERSONA),
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
      'POST /v1/segments/preview': () => json(200, { count: 17, sample: [] }),
      'GET /v1/personas/p1/assign/preview': () =>
        json(200, {
          assigned: 5,
          from: [
            { personaId: 'p2', personaName: 'Busy manager', count: 3 },
            { personaId: null, personaName: null, count: 2 },
          ],
          matched: 9,
          members: 12,
          keptWithoutMatch: 8,
          membersAfter: 17,
        }),
      'POST /v1/personas/p1/assign': () => json(200, { assigned: 5 }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(PersonaCanvasPage, { path: '/personas/p1', pattern: '/personas/$personaId' });
    await userEvent.click(await screen.findByRole('button', { name: 'Assign now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign “Ambitious newcomer” now?' });
    expect(await within(dialog).findByText('5 learners will get this persona now:')).toBeInTheDocument();
    expect(within(dialog).getByText('3 now with “Busy manager”')).toBeInTheDocument();
    expect(within(dialog).getByText('2 with no persona yet')).toBeInTheDocument();
    // Why the numbers differ from the rule's count and the members': what is counted, said plainly.
    expect(within(dialog).getByText('The saved rule selects 9 learners. 4 of them already have this persona.')).toBeInTheDocument();
    expect(within(dialog).getByText('8 current members are no longer selected by the rule: they keep this persona.')).toBeInTheDocument();
    expect(within(dialog).getByText('Afterwards, 17 learners will have this persona.')).toBeInTheDocument();
    expect(screen.getByText(/Assigning adds the learners the rule selects and removes no one/)).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/assign'))).toBe(false);

    // Cancel assigns nothing; confirming does.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/assign'))).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Assign now' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Assign 5 learners' }));
    expect((await screen.findAllByText('5 learners newly given this persona.')).length).toBeGreaterThan(0);
    expect(requests.filter((r) => r.method === 'POST' && r.url.endsWith('/assign'))).toHaveLength(1);
  });

  it('counts the learners the rule matches while it is edited, as the segment editor does', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/personas/p1': () => json(200, PERSONA),
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
      'POST /v1/segments/preview': () => json(200, { count: 17, sample: [] }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(PersonaCanvasPage, { path: '/personas/p1', pattern: '/personas/$personaId' });
    const count = await screen.findByRole('region', { name: 'Live count' });
    expect(await within(count).findByText('17 learners match')).toBeInTheDocument();
    const asked = requests.find((r) => r.method === 'POST' && r.url.endsWith('/v1/segments/preview'))!;
    expect(await asked.clone().json()).toEqual({ rule: PERSONA.assignmentRule });
  });

  it('tells a viewer who opens “New persona” by its address that they cannot create one, without an empty form', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /v1/segments/fields': () => json(200, TEST_CATALOG) }).fetch);
    renderInWorkspace(NewPersonaPage, { path: '/personas/new', role: 'viewer' });
    expect(await screen.findByRole('heading', { level: 1, name: 'New persona' })).toBeInTheDocument();
    expect(screen.getByText('You cannot create personas')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Name/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create the persona' })).not.toBeInTheDocument();
  });

  it('on a new persona with errors, brings the first invalid field into view and focuses it', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /v1/segments/fields': () => json(200, TEST_CATALOG) }).fetch);
    renderInWorkspace(NewPersonaPage, { path: '/personas/new' });
    const tone = await screen.findByRole('textbox', { name: 'Tone' });
    fireEvent.change(tone, { target: { value: 'x'.repeat(501) } });
    await userEvent.click(screen.getByRole('button', { name: 'Create the persona' }));
    expect(await screen.findByText('Correct the highlighted fields.')).toBeInTheDocument();
    // The name (required) comes first in the page, before the tone.
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveFocus());
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/ }), 'Busy manager');
    await userEvent.click(screen.getByRole('button', { name: 'Create the persona' }));
    await waitFor(() => expect(tone).toHaveFocus());
    expect(tone).toHaveAttribute('aria-invalid', 'true');
  });

  it('ranks goals and needs like the channels (handles, up and down buttons, Enter to add) and saves them in that order', async () => {
    const persona = { ...PERSONA, shortTermGoals: ['Master the CRM', 'Close a first deal', 'Meet the team'], needs: ['Concrete examples'] };
    const { fetch, requests } = fakeFetch({
      'GET /v1/personas/p1': () => json(200, persona),
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
      'POST /v1/segments/preview': () => json(200, { count: 17, sample: [] }),
      'PATCH /v1/personas/p1': () => json(200, { ...persona, updatedAt: '2026-11-03T10:00:00Z' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(PersonaCanvasPage, { path: '/personas/p1', pattern: '/personas/$personaId' });
    const goals = await screen.findByRole('list', { name: 'Short-term goals' });
    const order = (list: HTMLElement) => within(list).getAllByRole('textbox').map((input) => (input as HTMLInputElement).value);
    expect(order(goals)).toEqual(['Master the CRM', 'Close a first deal', 'Meet the team']);

    // The buttons.
    await userEvent.click(screen.getByRole('button', { name: 'Move Meet the team up' }));
    expect(order(goals)).toEqual(['Master the CRM', 'Meet the team', 'Close a first deal']);

    // Each line has its keyboard drag handle (dragging itself is driven in the browser journey: jsdom has no layout).
    expect(screen.getByRole('button', { name: 'Reorder Meet the team (rank 2)' })).toHaveAttribute('aria-roledescription', 'sortable');
    await userEvent.click(screen.getByRole('button', { name: 'Move Meet the team up' }));
    expect(order(goals)).toEqual(['Meet the team', 'Master the CRM', 'Close a first deal']);
    expect(screen.getByRole('button', { name: 'Move Meet the team up' })).toBeDisabled();

    // A need added with Enter (the canvas is not submitted), one edited in place.
    const needs = screen.getByRole('list', { name: 'Needs' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Add to Needs' }), 'Short videos{Enter}');
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Move Short videos up' }));
    await userEvent.type(within(needs).getByRole('textbox', { name: 'Needs, item 2' }), ', job-related');
    expect(order(needs)).toEqual(['Short videos', 'Concrete examples, job-related']);

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const body = await requests.find((r) => r.method === 'PATCH')!.json();
    expect(body).toMatchObject({ shortTermGoals: ['Meet the team', 'Master the CRM', 'Close a first deal'], needs: ['Short videos', 'Concrete examples, job-related'] });
  });

  it.each(DEMO_PERSONAS.map((p) => [p.name, p] as const))('opens the demo persona “%s” with no unsaved changes, so it can be assigned', async (_name, demo) => {
    // As the api returns it: jsonb reorders keys, absent texts are null.
    const stored = { ...PERSONA, ...demo, id: 'p1', assignmentRule: JSON.parse(JSON.stringify(demo.assignmentRule)) };
    const { fetch } = fakeFetch({
      'GET /v1/personas/p1': () => json(200, stored),
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
      'POST /v1/segments/preview': () => json(200, { count: 17, sample: [] }),
      'GET /v1/personas': () => json(200, { items: [], nextCursor: null }),
      'GET /v1/courses': () => json(200, { items: [], nextCursor: null }),
      'GET /v1/learners/facets': () => json(200, { sites: [], departments: [], countries: [] }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(PersonaCanvasPage, { path: '/personas/p1', pattern: '/personas/$personaId' });
    expect(await within(await screen.findByRole('region', { name: 'Live count' })).findByText('17 learners match')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Assign now' })).toBeEnabled();
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
    // A real change still counts.
    await userEvent.type(screen.getByRole('textbox', { name: 'Tone' }), '!');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Assign now' })).toBeDisabled();
  });

  it('shows a viewer the persona without drag instructions, required marks or editing controls', async () => {
    const { fetch } = fakeFetch({
      'GET /v1/personas/p1': () => json(200, { ...PERSONA, shortTermGoals: ['Master the CRM', 'Meet the team'] }),
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
      'POST /v1/segments/preview': () => json(200, { count: 17, sample: [] }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(PersonaCanvasPage, { path: '/personas/p1', pattern: '/personas/$personaId', role: 'viewer' });
    expect(await screen.findByText('You can read this persona; admins and planners change it.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('readonly');
    expect(screen.queryByText('*')).not.toBeInTheDocument();
    expect(screen.queryByText(/drag the handle/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/Drag the handle/)).not.toBeInTheDocument();
    expect(screen.getAllByText('Most important first.').length).toBeGreaterThan(0);
    expect(screen.getByText('First is preferred.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reorder/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
