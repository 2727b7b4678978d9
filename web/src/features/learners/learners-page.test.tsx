import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../auth/workspace-context';
import { fakeFetch, json, renderPage } from '../../test/render';
import { WorkspaceContext } from '../auth/workspace-context';
import { LearnersPage } from './learners-page';

const learner = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  externalId: `E-${i}`,
  email: `l${i}@acme.fr`,
  firstName: 'Hélène',
  lastName: `Lefèvre ${i}`,
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
  department: 'Ventes',
  jobTitle: null,
  site: 'Lyon',
  country: 'FR',
  managerExternalId: null,
  hireDate: null,
  attributes: {},
  personaId: null,
  networkHandle: null,
  consentEmail: true,
  consentNetwork: true,
  unsubscribedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...extra,
});

const facets = {
  department: [{ value: 'Ventes', count: 2 }, { value: 'Achats', count: 1 }],
  site: [{ value: 'Lyon', count: 3 }],
  country: [{ value: 'FR', count: 3 }],
  personaId: [
    { value: 'p1', label: 'Ambassadeur', count: 1240 },
    { value: 'p2', label: 'Curieux', count: 0 },
  ],
  locale: [{ value: 'fr-FR', count: 3 }],
};

function show(role: Role, path = '/learners', answers: Parameters<typeof fakeFetch>[0] = {}) {
  const fake = fakeFetch({
    'GET /v1/learners': () => json(200, { items: [learner(1), learner(2, { unsubscribedAt: '2026-02-01T00:00:00Z' })], nextCursor: 'next-page' }),
    'GET /v1/learners/count': () => json(200, { count: 1234 }),
    'GET /v1/learners/facets': () => json(200, facets),
    ...answers,
  });
  vi.stubGlobal('fetch', fake.fetch);
  const Page = () => (
    <WorkspaceContext.Provider value={{ id: 'ws-1', name: 'Acme', slug: 'acme', role }}>
      <LearnersPage />
    </WorkspaceContext.Provider>
  );
  return { ...renderPage(Page, { path, pattern: '/learners' }), requests: fake.requests };
}

describe('LearnersPage', () => {
  it('lists learners with a range over the total and offers the import to a planner', async () => {
    show('planner');
    const table = await screen.findByRole('region', { name: 'Learners' }, { timeout: 5000 });
    expect(within(table).getByRole('link', { name: 'Hélène Lefèvre 1' })).toHaveAttribute('href', '/learners/00000000-0000-4000-8000-000000000001');
    expect(within(table).getByText('Unsubscribed')).toBeInTheDocument();
    expect(await screen.findByText('1–2 of 1,234')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Import a CSV file' })[0]).toHaveAttribute('href', '/learners/import');
  });

  it('shows a viewer no import button', async () => {
    show('viewer');
    await screen.findByRole('region', { name: 'Learners' }, { timeout: 5000 });
    expect(screen.queryByRole('link', { name: 'Import a CSV file' })).not.toBeInTheDocument();
  });

  it('reads its filters from the URL and asks the api with them', async () => {
    const { requests } = show('viewer', '/learners?department=Ventes&q=lef');
    await screen.findByRole('region', { name: 'Learners' }, { timeout: 5000 });
    const list = requests.find((r) => new URL(r.url).pathname === '/v1/learners')!;
    expect(Object.fromEntries(new URL(list.url).searchParams)).toEqual({ department: 'Ventes', q: 'lef', limit: '50' });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('lef');
    // The chosen value shows alone, whole (its count is for the menu).
    await userEvent.click(screen.getByRole('combobox', { name: 'Department' }));
    expect(await screen.findByRole('option', { name: 'Achats (1)' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Department' })).toHaveValue('Ventes');
    await userEvent.keyboard('{Escape}');
    // A learner's page keeps the filters, for its way back to this list.
    const table = screen.getByRole('region', { name: 'Learners' });
    const link = within(table).getAllByRole('link')[0]!;
    expect(Object.fromEntries(new URL(link.getAttribute('href')!, 'http://x').searchParams)).toEqual({ department: 'Ventes', q: 'lef' });
  });

  it('asks for the count and the filter values only once the rows are in', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = () => held.then(() => json(200, { items: [learner(1)], nextCursor: null }));
    const { requests } = show('viewer', '/learners', { 'GET /v1/learners': page as unknown as () => Response });
    const asked = () => requests.map((r) => new URL(r.url).pathname);
    await waitFor(() => expect(asked()).toContain('/v1/learners'));
    expect(asked()).not.toContain('/v1/learners/count');
    expect(asked()).not.toContain('/v1/learners/facets');
    release();
    expect(await screen.findByText('1–1 of 1,234')).toBeInTheDocument();
    expect(asked()).toContain('/v1/learners/facets');
  });

  it('shows each persona of the filter with how many learners hold it', async () => {
    show('viewer');
    await screen.findByRole('region', { name: 'Learners' }, { timeout: 5000 });
    await userEvent.click(await screen.findByRole('combobox', { name: 'Persona' }));
    expect(await screen.findByRole('option', { name: 'Ambassadeur (1,240)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Curieux (0)' })).toBeInTheDocument();
  });

  it('puts the next page’s cursor in the URL', async () => {
    const { router } = show('viewer');
    await screen.findByRole('region', { name: 'Learners' }, { timeout: 5000 });
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(router.state.location.search).toEqual({ cursor: 'next-page' });
  });

  it('tells an empty workspace how to start, and an empty search how to widen it', async () => {
    show('planner', '/learners', { 'GET /v1/learners': () => json(200, { items: [], nextCursor: null }) });
    expect(await screen.findByRole('heading', { name: 'No learners yet' })).toBeInTheDocument();
  });

  it('shows the api’s error with a retry', async () => {
    show('planner', '/learners', {
      'GET /v1/learners': () => json(500, { error: { code: 'INTERNAL', message: 'Something broke', details: [] }, correlationId: 'c-1' }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The learners could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
