import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { fakeFetch, json, renderPage } from '../../test/render';
import { theme } from '../../theme';
import type { ImportPreview } from '../../components/csv-import/types';
import { type Role, WorkspaceContext } from '../auth/workspace-context';
import { ConsentChoice } from './import-learners-page';
import { LearnerPage } from './learner-page';

const ID = '00000000-0000-4000-8000-000000000007';
const learner = {
  id: ID,
  externalId: 'FR-007',
  email: 'helene.lefevre@acme.fr',
  firstName: 'Hélène',
  lastName: 'Lefèvre',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
  department: 'Ventes',
  jobTitle: null,
  site: 'Lyon',
  country: 'FR',
  managerExternalId: null,
  hireDate: null,
  attributes: { cost_center: 'CC-210', seniority: 4 },
  personaId: null,
  networkHandle: null,
  consentEmail: true,
  consentNetwork: true,
  unsubscribedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const facets = { department: [], site: [], country: [], personaId: [], locale: [{ value: 'fr-FR', count: 3 }] };

function show(role: Role, answers: Parameters<typeof fakeFetch>[0] = {}, language = 'en', search = '') {
  void i18n.changeLanguage(language);
  const fake = fakeFetch({
    [`GET /v1/learners/${ID}`]: () => json(200, learner),
    [`GET /v1/learners/${ID}/timeline`]: () => json(200, { items: [], nextCursor: null }),
    'GET /v1/learners/facets': () => json(200, facets),
    'GET /v1/time-zones': () => json(200, { zones: ['Europe/Paris', 'Europe/London', 'UTC'] }),
    ...answers,
  });
  vi.stubGlobal('fetch', fake.fetch);
  const Page = () => (
    <WorkspaceContext.Provider value={{ id: 'ws-1', name: 'Acme', slug: 'acme', role }}>
      <LearnerPage />
    </WorkspaceContext.Provider>
  );
  return { ...renderPage(Page, { path: `/learners/${ID}${search}`, pattern: '/learners/$learnerId' }), requests: fake.requests };
}

const bodyOf = async (requests: Request[], method: string) => {
  const request = requests.find((r) => r.method === method);
  return request ? ((await request.clone().json()) as Record<string, unknown>) : undefined;
};

afterEach(() => void i18n.changeLanguage('en'));

describe('LearnerPage', { timeout: 30_000 }, () => {
  it('lets a planner change a learner, sending only what changed (attributes whole, their types kept)', async () => {
    const { requests } = show('planner', { [`PATCH /v1/learners/${ID}`]: () => json(200, { ...learner, department: 'Achats' }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Hélène Lefèvre' });
    const department = within(dialog).getByRole('textbox', { name: 'Department' });
    await userEvent.clear(department);
    await userEvent.type(department, 'Achats');
    await userEvent.clear(within(dialog).getByRole('textbox', { name: 'Site' }));
    // Mantine puts a switch's description inside its label.
    await userEvent.click(within(dialog).getByRole('switch', { name: /^Email consent/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add an attribute' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name of attribute 3' }), 'grade');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Value of attribute 3' }), 'B2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    expect(await bodyOf(requests, 'PATCH')).toEqual({
      department: 'Achats',
      site: null,
      consentEmail: false,
      attributes: { cost_center: 'CC-210', seniority: 4, grade: 'B2' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('checks attribute names as the api does before sending', async () => {
    const { requests } = show('planner');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog');
    const key = within(dialog).getByRole('textbox', { name: 'Name of attribute 2' });
    await userEvent.clear(key);
    await userEvent.type(key, 'cost_center');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Another attribute has this name')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('shows the api’s field errors at their fields, in French', async () => {
    show(
      'planner',
      {
        [`PATCH /v1/learners/${ID}`]: () =>
          json(400, {
            error: {
              code: 'VALIDATION.FAILED',
              message: 'Invalid request',
              details: [
                { path: 'site', message: 'must be at most 200 characters', code: 'FIELD.TOO_LONG' },
                { path: 'attributes.seniority', message: 'must be at most 2000 characters', code: 'FIELD.TOO_LONG' },
              ],
            },
            correlationId: 'c-1',
          }),
      },
      'fr',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Site' }), ' Part-Dieu');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Valeur de l’attribut 2' }), '0');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    const site = within(dialog).getByRole('textbox', { name: 'Site' });
    await waitFor(() => expect(site).toHaveAccessibleDescription('Trop long'));
    expect(within(dialog).getByRole('textbox', { name: 'Valeur de l’attribut 2' })).toHaveAccessibleDescription('Trop long');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('erases a learner after saying what goes and that it cannot be undone, then goes back to the list', async () => {
    const { requests, router } = show('admin', { [`DELETE /v1/learners/${ID}`]: () => json(204, null) }, 'fr');
    await userEvent.click(await screen.findByRole('button', { name: 'Effacer (RGPD)' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Effacer Hélène Lefèvre ?' });
    expect(dialog).toHaveTextContent('retire définitivement Hélène Lefèvre (matricule FR-007)');
    expect(dialog).toHaveTextContent('sa fiche : nom, e-mail, matricule');
    expect(dialog).toHaveTextContent('ses inscriptions aux sessions');
    expect(dialog).toHaveTextContent('Cette action est irréversible.');
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Effacer définitivement' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/learners'));
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => new URL(r.url).pathname)).toEqual([`/v1/learners/${ID}`]);
  });

  it('goes back to the list with the filters it was opened from', async () => {
    show('viewer', {}, 'fr', '?site=Lyon%20Part-Dieu&department=Sales&q=th%C3%A9o');
    const back = await screen.findByRole('link', { name: '← Apprenants' }, { timeout: 5000 });
    const url = new URL(back.getAttribute('href')!, 'http://x');
    expect(url.pathname).toBe('/learners');
    expect(Object.fromEntries(url.searchParams)).toEqual({ site: 'Lyon Part-Dieu', department: 'Sales', q: 'théo' });
  });

  it('says yes or no for true / false attributes, “Aucun persona attribué”, and what a message of the timeline is', async () => {
    const delivery = {
      id: 'd1',
      type: 'delivery',
      kind: 'sent',
      at: '2026-12-01T00:21:00Z',
      campaign: { id: 'c1', name: 'Data literacy — spring cohort' },
      step: { id: 's1', name: 'Teaser (A/B subject)' },
      channel: 'email',
      reason: null,
      course: null,
      session: null,
      machine: false,
    };
    show(
      'viewer',
      {
        [`GET /v1/learners/${ID}`]: () => json(200, { ...learner, attributes: { is_manager: 'true', remote: false, level: 5 } }),
        [`GET /v1/learners/${ID}/timeline`]: () => json(200, { items: [delivery, { ...delivery, id: 'd2', kind: 'skipped', channel: 'post', reason: 'no_consent' }], nextCursor: null }),
      },
      'fr',
    );
    expect(await screen.findByText('Aucun persona attribué', {}, { timeout: 5000 })).toBeInTheDocument();
    const row = (key: string) => screen.getByRole('rowheader', { name: key }).closest('tr')!;
    expect(within(row('is_manager')).getByRole('cell')).toHaveTextContent('Oui');
    expect(within(row('remote')).getByRole('cell')).toHaveTextContent('Non');
    expect(within(row('level')).getByRole('cell')).toHaveTextContent('5');
    const timeline = await screen.findByRole('list', { name: /Ce qui est arrivé à cet apprenant/ });
    expect(within(timeline).getByText('E-mail envoyé · étape « Teaser (A/B subject) »')).toBeInTheDocument();
    expect(within(timeline).getByText('Publication réseau non envoyée · étape « Teaser (A/B subject) »')).toBeInTheDocument();
    expect(within(timeline).queryByText(/· Message$/)).not.toBeInTheDocument();
    expect(screen.getByText('Pseudo réseau')).toBeInTheDocument();
  });

  it('shows a viewer the learner without any way to change or erase it', async () => {
    show('viewer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hélène Lefèvre' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase (GDPR)' })).not.toBeInTheDocument();
  });
});

describe('ConsentChoice', () => {
  const columns = (fields: string[]): ImportPreview['columns'] => fields.map((field, index) => ({ index, header: field, field, attribute: null, ignored: null }));
  const preview = (fields: string[]): ImportPreview => ({
    encoding: { used: 'utf-8', declared: null, detected: null, note: null },
    delimiter: ',',
    columns: columns(fields),
    missing: [],
    ambiguous: [],
    rows: [],
  });
  const showChoice = (fields: string[], onChange = vi.fn(), value: 'true' | 'false' = 'true') => {
    void i18n.changeLanguage('fr');
    render(
      <MantineProvider theme={theme}>
        <ConsentChoice preview={preview(fields)} value={value} onChange={onChange} />
      </MantineProvider>,
    );
    return onChange;
  };

  it('says, without a consent column, that new learners are imported as consenting, and offers the other choice', async () => {
    const onChange = showChoice(['externalId', 'email']);
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Aucune colonne de consentement');
    expect(note).toHaveTextContent('les nouveaux apprenants seront importés comme consentants');
    expect(note).toHaveTextContent('Les apprenants déjà présents gardent leur consentement.');
    expect(screen.getByRole('radio', { name: 'Comme consentants' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Sans consentement' }));
    expect(onChange).toHaveBeenCalledWith('false');
  });

  it('says what the other choice does, and names the one consent column missing', () => {
    showChoice(['externalId', 'email', 'consentEmail'], vi.fn(), 'false');
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Aucune colonne de consentement réseau');
    expect(note).toHaveTextContent('importés sans consentement : aucune campagne ne leur écrira');
  });

  it('says nothing when the file gives both consents', () => {
    showChoice(['externalId', 'email', 'consentEmail', 'consentNetwork']);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
