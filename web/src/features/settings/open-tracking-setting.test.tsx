import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { fakeFetch, json, renderPage } from '../../test/render';
import { type Role, WorkspaceContext } from '../auth/workspace-context';
import { RulesPage } from './rules-page';

const as = (role: Role) => () => (
  <WorkspaceContext.Provider value={{ id: 'ws-1', name: 'Acme', slug: 'acme', role }}>
    <RulesPage />
  </WorkspaceContext.Provider>
);

const rules = {
  id: 'ws-1',
  name: 'Acme',
  slug: 'acme',
  defaultLocale: 'fr',
  timeZone: 'Europe/Paris',
  quietHours: null,
  allowedWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  frequencyCap: 5,
  emailRatePerSecond: 50,
  templateApproval: true,
  openTracking: 'per_learner',
  createdAt: '2026-01-01T00:00:00Z',
};

describe('open tracking setting', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('an admin switches opens to aggregate only after a confirmation that says what stays: only that setting is sent', async () => {
    let stored = rules;
    const { fetch, requests } = fakeFetch({
      'GET /v1/workspace': () => json(200, stored),
      'PATCH /v1/workspace': () => json(200, (stored = { ...rules, openTracking: 'aggregate' })),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin'), { path: '/settings/rules' });
    expect(await screen.findByText(/CNIL’s 2025 draft recommendation on tracking pixels/)).toBeInTheDocument();
    const perLearner = await screen.findByRole('radio', { name: /^Per learner/ });
    const aggregate = screen.getByRole('radio', { name: /^In aggregate only/ });
    expect(perLearner).toBeChecked();
    await userEvent.click(aggregate);
    // Nothing is sent before the confirmation, which says what happens to the opens already kept.
    const dialog = await screen.findByRole('dialog', { name: 'Count opens in aggregate only?' });
    expect(dialog).toHaveTextContent('Opens already recorded per learner stay as they are');
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Count in aggregate' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    expect(await requests.find((r) => r.method === 'PATCH')!.clone().json()).toEqual({ openTracking: 'aggregate' });
    await waitFor(() => expect(aggregate).toBeChecked());
  });

  it('a viewer reads which mode applies, in French, with nothing to change', async () => {
    await i18n.changeLanguage('fr');
    const { fetch } = fakeFetch({ 'GET /v1/workspace': () => json(200, { ...rules, openTracking: 'aggregate' }) });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('viewer'), { path: '/settings/rules' });
    expect(await screen.findByText(/^Les ouvertures sont comptées de façon agrégée uniquement/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });
});
