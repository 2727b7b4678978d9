import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TEST_CATALOG } from '../../components/rule-builder/test-catalog';
import { fakeFetch, json } from '../../test/render';
import { renderInWorkspace } from './render-in-workspace';
import { NewSegmentPage, SegmentEditorPage } from './segment-editor-page';
import { SegmentsPage } from './segments-page';

const SEGMENT = {
  id: 's1',
  name: 'Lyon people',
  description: null,
  rule: { all: [{ field: 'site', op: 'eq', value: 'Lyon' }] },
  kind: 'dynamic',
  frozenAt: null,
  memberCount: null,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
};
const learner = (n: number) => ({ id: `l${n}`, externalId: `E${n}`, email: `l${n}@acme.test`, firstName: `First${n}`, lastName: `Last${n}`, department: 'Sales', site: 'Lyon', country: 'FR' });
const envelope = (code: string, message: string, details: { path: string; message: string }[] = []) => ({ error: { code, message, details }, correlationId: 'c1' });

/** A preview endpoint whose answers the test releases one by one. */
function heldPreviews() {
  const pending: { rule: unknown; signal: AbortSignal; answer: (count: number) => void }[] = [];
  const handler = async (request: Request) => {
    const { rule } = (await request.clone().json()) as { rule: unknown };
    return new Promise<Response>((resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      pending.push({ rule, signal: request.signal, answer: (count) => resolve(json(200, { count, sample: [learner(1)] })) });
    });
  };
  return { pending, handler };
}


// This machine is shared: give the screen time to settle before failing a lookup.
configure({ asyncUtilTimeout: 5_000 });
describe('Segments screens', { timeout: 30_000 }, () => {
  it('lists segments with their kind and count; a viewer gets no write button', async () => {
    const { fetch } = fakeFetch({
      'GET /v1/segments': () =>
        json(200, { items: [SEGMENT, { ...SEGMENT, id: 's2', name: 'Frozen', kind: 'static', memberCount: 1234, frozenAt: '2026-11-02T10:00:00Z' }], nextCursor: null }),
      'POST /v1/segments/preview': () => json(200, { count: 42, sample: [] }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(SegmentsPage, { path: '/segments', role: 'viewer' });
    const table = await screen.findByRole('region', { name: 'Segments' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByRole('link', { name: 'Lyon people' })).toBeInTheDocument();
    expect(await within(rows[1]!).findByText('42')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Static')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('1,234')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New segment' })).not.toBeInTheDocument();
  });

  it('tells a viewer who opens “New segment” by its address that they cannot create one, without an empty form', async () => {
    const { fetch, requests } = fakeFetch({ 'GET /v1/segments/fields': () => json(200, TEST_CATALOG) });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(NewSegmentPage, { path: '/segments/new', role: 'viewer' });
    expect(await screen.findByRole('heading', { level: 1, name: 'New segment' })).toBeInTheDocument();
    expect(screen.getByText('You cannot create segments')).toBeInTheDocument();
    expect(screen.getByText(/Admins and planners create and change them/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /All segments/ })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Name/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create the segment' })).not.toBeInTheDocument();
    // Nothing is counted for a form that is not there.
    expect(requests.some((r) => r.url.includes('/v1/segments/preview'))).toBe(false);
  });

  it('counts live as the rule changes: debounced, the stale request aborted, the last answer shown', async () => {
    const previews = heldPreviews();
    const { fetch } = fakeFetch({
      'GET /v1/segments/s1': () => json(200, SEGMENT),
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
    });
    vi.stubGlobal('fetch', async (request: Request) =>
      new URL(request.url).pathname === '/v1/segments/preview' ? previews.handler(request) : fetch(request),
    );
    renderInWorkspace(SegmentEditorPage, { path: '/segments/s1', pattern: '/segments/$segmentId' });
    const value = await screen.findByRole('combobox', { name: 'Value — Condition 1' });
    await waitFor(() => expect(previews.pending).toHaveLength(1));
    expect(previews.pending[0]!.rule).toEqual(SEGMENT.rule);

    // Typing three letters quickly asks once more, for the whole word, and drops the first question.
    await userEvent.type(value, ' Est');
    await waitFor(() => expect(previews.pending).toHaveLength(2));
    expect(previews.pending[1]!.rule).toEqual({ all: [{ field: 'site', op: 'eq', value: 'Lyon Est' }] });
    expect(previews.pending[0]!.signal.aborted).toBe(true);
    previews.pending[1]!.answer(7);
    expect(await screen.findByText('7 learners match')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'A sample of matching learners' })).toHaveTextContent('First1 Last1');

    // An incomplete rule asks nothing and says what to do.
    await userEvent.clear(value);
    expect(await screen.findByText('Complete the conditions to see who matches.')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 600));
    expect(previews.pending).toHaveLength(2);
  });

  it('opens a segment saved as a bare condition (as the demo’s “Managers”) with no unsaved changes', async () => {
    const bare = { ...SEGMENT, rule: { value: 'true', op: 'eq', field: 'attributes.is_manager' } };
    const { fetch } = fakeFetch({
      'GET /v1/segments/s1': () => json(200, bare),
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
      'POST /v1/segments/preview': () => json(200, { count: 3, sample: [] }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(SegmentEditorPage, { path: '/segments/s1', pattern: '/segments/$segmentId' });
    expect(await screen.findByText('3 learners match')).toBeInTheDocument();
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Value — Condition 1' }), '!');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  });

  it('says what a new condition is missing only once it is left or a save is tried, not as soon as it appears', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
      'GET /v1/courses': () => json(200, { items: [], nextCursor: null }),
      'GET /v1/personas': () => json(200, { items: [{ id: 'p1', name: 'Manager relay', learnerCount: 3 }], nextCursor: null }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(NewSegmentPage, { path: '/segments/new' });
    await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Enrolled people');
    await userEvent.click(screen.getByRole('button', { name: 'Add a condition' }));
    const first = screen.getByRole('group', { name: 'Condition 1' });
    await userEvent.click(within(first).getByRole('combobox', { name: 'Field — Condition 1' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Enrolment status' }));
    expect(within(first).getByRole('combobox', { name: 'Course — Condition 1' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(first).queryByText('Choose a course')).not.toBeInTheDocument();
    expect(within(first).queryByText('Enter a value')).not.toBeInTheDocument();

    // A persona condition: its empty value is said once the person leaves it.
    await userEvent.click(screen.getByRole('button', { name: 'Add a condition' }));
    const second = screen.getByRole('group', { name: 'Condition 2' });
    await userEvent.click(within(second).getByRole('combobox', { name: 'Field — Condition 2' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Persona' }));
    expect(within(second).queryByText('Enter a value')).not.toBeInTheDocument();
    await userEvent.click(within(second).getByRole('combobox', { name: 'Value — Condition 2' }));
    await userEvent.click(screen.getByRole('textbox', { name: /^Name/ }));
    expect(await within(second).findByText('Enter a value')).toBeInTheDocument();
    expect(within(first).queryByText('Choose a course')).not.toBeInTheDocument();

    // Trying to save says everything that is missing, and sends nothing.
    await userEvent.click(screen.getByRole('button', { name: 'Create the segment' }));
    expect(await within(first).findByText('Choose a course')).toBeInTheDocument();
    expect(within(first).getByText('Enter a value')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/v1/segments'))).toBe(false);
  });

  it('lists the segment’s learners with links to their pages, countries by name, and how many in all', async () => {
    const { fetch } = fakeFetch({
      'GET /v1/segments/s1': () => json(200, SEGMENT),
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
      'POST /v1/segments/preview': () => json(200, { count: 1105, sample: [] }),
      'GET /v1/segments/s1/learners': () => json(200, { items: [learner(1), learner(2)], nextCursor: 'more' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(SegmentEditorPage, { path: '/segments/s1', pattern: '/segments/$segmentId' });
    await userEvent.click(await screen.findByRole('tab', { name: 'Learners' }));
    const table = await screen.findByRole('region', { name: 'Learners in this segment' });
    const link = within(table).getByRole('link', { name: 'First1 Last1' });
    expect(link).toHaveAttribute('href', '/learners/l1');
    expect(within(table).getAllByText('France')).toHaveLength(2);
    expect(within(table).queryByText('FR')).not.toBeInTheDocument();
    expect(await screen.findByText('1,105 learners in this segment')).toBeInTheDocument();
    expect(screen.getByText('2 of 1,105 shown')).toBeInTheDocument();
  });

  it('shows the api’s error at the condition its path names when saving', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/segments/s1': () => json(200, SEGMENT),
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
      'POST /v1/segments/preview': () => json(200, { count: 3, sample: [] }),
      'PATCH /v1/segments/s1': () => json(400, envelope('SEGMENT.INVALID_RULE', 'Invalid segment rule', [{ path: 'rule.all[0].value', message: 'must be at most 1000 characters' }])),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(SegmentEditorPage, { path: '/segments/s1', pattern: '/segments/$segmentId' });
    await userEvent.type(await screen.findByRole('combobox', { name: 'Value — Condition 1' }), '!');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const condition = await screen.findByRole('group', { name: 'Condition 1' });
    expect(await within(condition).findByText('must be at most 1000 characters')).toBeInTheDocument();
    expect(screen.getByText('Complete or correct the highlighted conditions.')).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(await patch.json()).toEqual({ rule: { all: [{ field: 'site', op: 'eq', value: 'Lyon!' }] } });
  });

  it('freezes after a confirmation that says what it does; a delete refused with 409 shows the api’s message', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/segments/s1': () => json(200, SEGMENT),
      'GET /v1/segments/fields': () => json(200, TEST_CATALOG),
      'POST /v1/segments/preview': () => json(200, { count: 3, sample: [] }),
      'POST /v1/segments/s1/freeze': () => json(200, { ...SEGMENT, kind: 'static', memberCount: 3, frozenAt: '2026-11-30T10:00:00Z' }),
      'DELETE /v1/segments/s1': () => json(409, envelope('SEGMENT.IN_USE', 'Segment "Lyon people" is used by running campaign "Onboarding"')),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(SegmentEditorPage, { path: '/segments/s1', pattern: '/segments/$segmentId' });
    await userEvent.click(await screen.findByRole('button', { name: 'Freeze the members' }));
    const freeze = await screen.findByRole('dialog', { name: 'Freeze the members of “Lyon people”?' });
    expect(freeze).toHaveTextContent('become its fixed members');
    await userEvent.click(within(freeze).getByRole('button', { name: 'Freeze' }));
    expect(await screen.findByText('Frozen: 3 members.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/v1/segments/s1/freeze'))).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const remove = await screen.findByRole('dialog', { name: 'Delete “Lyon people”?' });
    await userEvent.click(within(remove).getByRole('button', { name: 'Delete the segment' }));
    expect(await within(remove).findByRole('alert')).toHaveTextContent('Segment "Lyon people" is used by running campaign "Onboarding"');
  });
});
