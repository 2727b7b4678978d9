import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../auth/workspace-context';
import i18n from '../../i18n';
import { fakeFetch, json, renderPage } from '../../test/render';
import { WorkspaceContext } from '../auth/workspace-context';
import { ApiKeysPage } from './api-keys-page';
import { LmsSecretsPage } from './lms-secrets-page';
import { NetworkChannelsPage } from './network-channels-page';
import { RulesPage } from './rules-page';

const as = (role: Role, Page: () => React.ReactNode) => () => (
  <WorkspaceContext.Provider value={{ id: 'ws-1', name: 'Acme', slug: 'acme', role }}>
    <Page />
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
  failurePauseThreshold: 0.2,
  attributionWindowDays: 14,
  createdAt: '2026-01-01T00:00:00Z',
};
const key = { id: 'k1', name: 'Admin', role: 'admin', prefix: 'clk_abc', createdAt: '2026-01-01T00:00:00Z', lastUsedAt: null, revokedAt: null };

describe('settings screens', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('saves the sending rules, quiet hours and days included', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/workspace': () => json(200, rules),
      'PATCH /v1/workspace': () => json(200, { ...rules, quietHours: { start: '20:00', end: '08:00' }, allowedWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin', RulesPage), { path: '/settings/rules' });
    await userEvent.click(await screen.findByRole('switch', { name: /Quiet hours/ }));
    // The default language by its name, not its bare code.
    expect(screen.getByDisplayValue('French — fr')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sat' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    await screen.findByRole('button', { name: 'Save the rules' });
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(await patch.clone().json()).toEqual({
      timeZone: 'Europe/Paris',
      defaultLocale: 'fr',
      quietHours: { start: '20:00', end: '08:00' },
      allowedWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
      frequencyCap: 5,
      emailRatePerSecond: 50,
      failurePauseThreshold: 0.2,
      attributionWindowDays: 14,
    });
  });

  it('sets the failure pause threshold in percent (sent as a share) and the attribution window in days, checked as the api checks them', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/workspace': () => json(200, rules),
      'PATCH /v1/workspace': () =>
        json(400, { error: { code: 'VALIDATION', message: 'bad', details: [{ path: 'failurePauseThreshold', message: 'failurePauseThreshold must not be greater than 1' }] }, correlationId: 'c' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin', RulesPage), { path: '/settings/rules' });
    const threshold = await screen.findByRole('textbox', { name: /Automatic pause on failures/ });
    const window = screen.getByRole('textbox', { name: /Attribution window/ });
    expect(threshold).toHaveValue('20 %');
    expect(window).toHaveValue('14 days');
    expect(screen.getByText(/judged after at least 50 deliveries/)).toBeInTheDocument();

    await userEvent.clear(threshold);
    await userEvent.type(threshold, '0.5');
    await userEvent.clear(window);
    await userEvent.type(window, '400');
    await userEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    expect(await screen.findByText('A percentage from 1 to 100')).toBeInTheDocument();
    expect(screen.getByText('A whole number of days, from 1 to 365')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);

    await userEvent.clear(threshold);
    await userEvent.type(threshold, '12.5');
    await userEvent.clear(window);
    await userEvent.type(window, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    // The api's own word lands at the field it names.
    expect(await screen.findByText('failurePauseThreshold must not be greater than 1')).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(await patch.clone().json()).toMatchObject({ failurePauseThreshold: 0.125, attributionWindowDays: 30 });
  });

  it('keeps careless numbers as typed, says what is wrong at each field and saves nothing', async () => {
    const { fetch, requests } = fakeFetch({ 'GET /v1/workspace': () => json(200, rules) });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin', RulesPage), { path: '/settings/rules' });
    const cap = await screen.findByRole('textbox', { name: /Frequency cap/ });
    const rate = screen.getByRole('textbox', { name: /Email rate/ });
    await userEvent.clear(cap);
    await userEvent.type(cap, '-3');
    await userEvent.clear(rate);
    await userEvent.type(rate, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    // Not moved to the nearest bound (-3 would have become 0: no cap at all).
    expect(cap).toHaveValue('-3');
    expect(rate).toHaveValue('0');
    expect(await screen.findByText('A whole number from 0 to 100')).toBeInTheDocument();
    expect(screen.getByText('A whole number from 1 to 100,000')).toBeInTheDocument();
    await userEvent.clear(cap);
    await userEvent.type(cap, '2.5');
    await userEvent.click(screen.getByRole('button', { name: 'Save the rules' }));
    expect(cap).toHaveValue('2.5');
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('shows the api’s quiet hours error at the time field it names', async () => {
    const { fetch } = fakeFetch({
      'GET /v1/workspace': () => json(200, { ...rules, quietHours: { start: '20:00', end: '08:00' } }),
      'PATCH /v1/workspace': () => json(400, { error: { code: 'VALIDATION', message: 'bad', details: [{ path: 'quietHours.end', message: 'end must be HH:MM' }] }, correlationId: 'c' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin', RulesPage), { path: '/settings/rules' });
    await userEvent.click(await screen.findByRole('button', { name: 'Save the rules' }));
    expect(await screen.findByText('end must be HH:MM')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a viewer the rules read-only', async () => {
    const { fetch } = fakeFetch({ 'GET /v1/workspace': () => json(200, rules) });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('viewer', RulesPage), { path: '/settings/rules' });
    expect(await screen.findByText('Only admins can change these settings.')).toBeInTheDocument();
    expect(screen.getByText('above 20% of deliveries failing')).toBeInTheDocument();
    expect(screen.getByText('14 days')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save the rules' })).not.toBeInTheDocument();
  });

  it('creates an API key and shows it once, with a copy button', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/api-keys': () => json(200, { items: [key], nextCursor: null }),
      'POST /v1/api-keys': () => json(201, { ...key, id: 'k2', name: 'HR sync', role: 'editor', key: 'clk_secret_value_123' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin', ApiKeysPage), { path: '/settings/api-keys' });
    await userEvent.click(await screen.findByRole('button', { name: 'Create an API key' }));
    const dialog = await screen.findByRole('dialog');
    // The chosen role says what it may do, and so does each choice.
    expect(within(dialog).getByText(/Templates, brand kits and test sends; reads everything else/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Role/ }));
    expect(await screen.findByRole('option', { name: /Planner.*Learners, personas, segments, courses/ })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'HR sync');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the key' }));
    expect(await within(dialog).findByText('clk_secret_value_123')).toBeInTheDocument();
    expect(within(dialog).getByText(/Copy this key now/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(await requests.find((r) => r.method === 'POST')!.clone().json()).toEqual({ name: 'HR sync', role: 'editor' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'I have copied the key' }));
    expect(screen.queryByText('clk_secret_value_123')).not.toBeInTheDocument();
  });

  it('shows a viewer the keys with no create or revoke button', async () => {
    const { fetch } = fakeFetch({ 'GET /v1/api-keys': () => json(200, { items: [key], nextCursor: null }) });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('viewer', ApiKeysPage), { path: '/settings/api-keys' });
    await screen.findByRole('region', { name: 'API keys' });
    expect(screen.queryByRole('button', { name: 'Create an API key' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
  });

  it('revokes an LMS secret after confirming, and shows which are revoked', async () => {
    const active = { id: 's1', prefix: 'whsec_abc123', createdAt: '2026-01-01T00:00:00Z', revokedAt: null };
    const old = { id: 's0', prefix: 'whsec_old999', createdAt: '2025-01-01T00:00:00Z', revokedAt: '2025-06-01T00:00:00Z' };
    const { fetch, requests } = fakeFetch({
      'GET /v1/lms/webhook-secrets': () => json(200, { items: [old, active], nextCursor: null }),
      'DELETE /v1/lms/webhook-secrets/s1': () => json(204, null),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin', LmsSecretsPage), { path: '/settings/lms' });
    const table = await screen.findByRole('region', { name: 'Webhook secrets' });
    expect(within(table).getByText(/^Revoked Jun 1, 2025/)).toBeInTheDocument();
    expect(within(table).getAllByRole('button', { name: /^Revoke/ })).toHaveLength(1);
    await userEvent.click(within(table).getByRole('button', { name: 'Revoke whsec_abc123' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke the secret?' });
    expect(within(dialog).getByText('Revoke the secret whsec_abc123…? Events signed with it will be refused.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => new URL(r.url).pathname)).toEqual(['/v1/lms/webhook-secrets/s1']);
  });

  it('sends a test post and shows the outcome', async () => {
    const channel = { id: 'n1', name: 'Slack #learning', kind: 'slack', urlPreview: 'https://hooks.slack.com/…/XXXX', hasSecret: false, enabled: true, lastTestedAt: null, lastTestOutcome: null };
    const { fetch } = fakeFetch({
      'GET /v1/network-channels': () => json(200, { items: [channel], nextCursor: null }),
      'POST /v1/network-channels/n1/test': () => json(200, { outcome: 'permanent', status: 404, code: 'HTTP_404', message: 'The receiver answered 404', retryAfterMs: null }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin', NetworkChannelsPage), { path: '/settings/channels' });
    await userEvent.click(await screen.findByRole('button', { name: 'Send a test post to Slack #learning' }));
    const table = screen.getByRole('region', { name: 'Network channels' });
    expect(await within(table).findByText('Failed')).toBeInTheDocument();
    // Said by its code in the reader's words, not the api's English.
    expect(within(table).getByText('Nothing answers at this URL any more (HTTP 404): the webhook was probably deleted; set a new URL.')).toBeInTheDocument();
  });

  it('asks for a signing secret only for a webhook, in plain words', async () => {
    await i18n.changeLanguage('fr');
    const { fetch, requests } = fakeFetch({
      'GET /v1/network-channels': () => json(200, { items: [], nextCursor: null }),
      'POST /v1/network-channels': () => json(201, { id: 'n1', name: 'Intranet', kind: 'webhook', urlPreview: 'https://intranet.example/…', hasSecret: true, enabled: true, lastTestedAt: null, lastTestOutcome: null }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin', NetworkChannelsPage), { path: '/settings/channels' });
    await userEvent.click((await screen.findAllByRole('button', { name: 'Ajouter un canal' }))[0]!);
    const dialog = await screen.findByRole('dialog');
    // Slack, the default: no secret to give.
    expect(within(dialog).queryByLabelText(/^Secret de signature/)).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Type/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Webhook' }));
    const secret = within(dialog).getByLabelText(/^Secret de signature/);
    expect(within(dialog).getByText(/^Clarion signe chaque publication avec ce secret/)).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/^Nom/), 'Intranet');
    await userEvent.type(within(dialog).getByLabelText(/^Adresse du webhook/), 'https://intranet.example/hook');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Un webhook a besoin d’un secret de signature')).toBeInTheDocument();
    await userEvent.type(secret, 'a-long-enough-secret');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(await requests.find((r) => r.method === 'POST')!.clone().json()).toMatchObject({ kind: 'webhook', secret: 'a-long-enough-secret' });
  });

  it('on a phone, shows each API key as a card, its date agreed with « clé »; an LMS secret’s with « secret »', async () => {
    await i18n.changeLanguage('fr');
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }));
    const { fetch } = fakeFetch({
      'GET /v1/api-keys': () => json(200, { items: [key], nextCursor: null }),
      'GET /v1/lms/webhook-secrets': () => json(200, { items: [{ id: 's1', prefix: 'whsec_abc123', createdAt: '2026-01-01T00:00:00Z', revokedAt: null }], nextCursor: null }),
    });
    vi.stubGlobal('fetch', fetch);
    const keys = renderPage(as('admin', ApiKeysPage), { path: '/settings/api-keys' });
    const region = await screen.findByRole('region', { name: 'Clés d’API' });
    expect(within(region).queryByRole('table')).not.toBeInTheDocument();
    const card = within(region).getByRole('listitem');
    expect(within(card).getByText('Admin')).toBeInTheDocument();
    expect(within(card).getByText('Créée le')).toBeInTheDocument();
    expect(within(card).getByText('Active')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Révoquer Admin' })).toBeInTheDocument();
    keys.unmount();
    renderPage(as('admin', LmsSecretsPage), { path: '/settings/lms' });
    const secrets = await screen.findByRole('region', { name: 'Secrets de webhook' });
    expect(within(secrets).getByText('Créé le')).toBeInTheDocument();
    expect(within(secrets).getByText('Actif')).toBeInTheDocument();
  });

  it('says the api’s host refusal at the URL field in French', async () => {
    await i18n.changeLanguage('fr');
    const { fetch } = fakeFetch({
      'GET /v1/network-channels': () => json(200, { items: [], nextCursor: null }),
      'POST /v1/network-channels': () =>
        json(422, {
          error: {
            code: 'NETWORK_CHANNEL.HOST_FORBIDDEN',
            message: 'url the host resolves to a private address; private hosts are not allowed in this workspace',
            details: [{ path: 'url', code: 'NETWORK_CHANNEL.HOST_FORBIDDEN', message: 'the host resolves to a private address; private hosts are not allowed in this workspace' }],
          },
          correlationId: 'c1',
        }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin', NetworkChannelsPage), { path: '/settings/channels' });
    await userEvent.click((await screen.findAllByRole('button', { name: 'Ajouter un canal' }))[0]!);
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/^Nom/), 'Intranet');
    await userEvent.type(within(dialog).getByLabelText(/^Adresse du webhook/), 'https://intranet.example/hook');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText(/^Cette URL mène à une adresse interne/)).toBeInTheDocument();
    expect(within(dialog).queryByText(/private hosts/)).not.toBeInTheDocument();
  });

  it.each([
    ['network channels', '/v1/network-channels', NetworkChannelsPage, 'Network channels', (i: number) => ({ id: `n${i}`, name: `Channel ${i}`, kind: 'slack', urlPreview: 'https://hooks.slack.com/…/XXXX', hasSecret: false, enabled: true, lastTestedAt: null, lastTestOutcome: null })],
    ['API keys', '/v1/api-keys', ApiKeysPage, 'API keys', (i: number) => ({ ...key, id: `k${i}`, name: `Channel ${i}` })],
  ] as const)('lists %s past the first page with “Load more”, following nextCursor', async (_, path, Page, region, item) => {
    const pages = [
      { items: Array.from({ length: 3 }, (_, i) => item(i + 1)), nextCursor: 'cursor-2' },
      { items: [item(4)], nextCursor: null },
    ];
    let served = 0;
    const { fetch, requests } = fakeFetch({ [`GET ${path}`]: () => json(200, pages[Math.min(served++, 1)]) });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin', Page), { path: '/settings' });
    const table = await screen.findByRole('region', { name: region });
    expect(within(table).getByText('Channel 3')).toBeInTheDocument();
    expect(within(table).queryByText('Channel 4')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(table).findByText('Channel 4')).toBeInTheDocument();
    expect(within(table).getByText('Channel 1')).toBeInTheDocument();
    expect(new URL(requests.at(-1)!.url).searchParams.get('cursor')).toBe('cursor-2');
    // The last page says there is no more.
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });
});
