import { screen, waitFor } from '@testing-library/react';
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
  createdAt: '2026-01-01T00:00:00Z',
};

describe('template review setting', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('an admin turns template review off: only that setting is sent, at once', async () => {
    let stored = rules;
    const { fetch, requests } = fakeFetch({
      'GET /v1/workspace': () => json(200, stored),
      'PATCH /v1/workspace': () => json(200, (stored = { ...rules, templateApproval: false })),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin'), { path: '/settings/rules' });
    const toggle = await screen.findByRole('switch', { name: /^Review template versions before campaigns use them/ });
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    expect(await requests.find((r) => r.method === 'PATCH')!.clone().json()).toEqual({ templateApproval: false });
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(toggle).toBeEnabled();
  });

  it('a planner reads where it stands, with nothing to flip', async () => {
    const { fetch } = fakeFetch({ 'GET /v1/workspace': () => json(200, rules) });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('planner'), { path: '/settings/rules' });
    expect(await screen.findByText(/^Template versions are reviewed/)).toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: /Review template versions/ })).not.toBeInTheDocument();
  });
});
