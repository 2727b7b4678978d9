import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { fakeFetch, json } from '../../test/render';
import { theme } from '../../theme';
import { renderInWorkspace } from '../segments/render-in-workspace';
import { BrandColorInputs } from './brand-color-inputs';
import { BrandKitEditorPage } from './brand-kit-editor-page';
import { BrandKitsPage } from './brand-kits-page';
import { COLOR_NAMES, type ColorName } from './use-brand-kits';

const colors = { primary: '#1f4e8c', secondary: '#0f2c52', accent: '#f2a900', text: '#1d2433', muted: '#5b6475', background: '#f3f5f9', surface: '#ffffff', buttonText: '#ffffff' };
const kit = {
  id: 'k1',
  name: 'Acme Academy',
  isDefault: true,
  colors,
  logoUrl: null,
  logoAlt: null,
  fontFamily: 'Helvetica, Arial, sans-serif',
  senderName: 'Acme Academy',
  senderEmail: 'learning@acme.example',
  replyTo: null,
  footerText: 'Vous recevez cet e-mail en tant que membre de la communauté Acme.',
  legalMention: 'Acme SA, 12 rue de la Paix, 75002 Paris.',
  translations: [],
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const workspace = { id: 'w1', name: 'Acme', slug: 'acme', defaultLocale: 'fr', timeZone: 'Europe/Paris' };
const rendered = (html: string) => json(200, { errors: [], variables: [], locale: 'fr', subject: 'S', preheader: 'P', html, text: 'T' });

describe('brand kits', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => vi.unstubAllGlobals());

  describe('colour inputs', () => {
    function Colours() {
      const [values, setValues] = useState<Record<ColorName, string>>(colors);
      return (
        <MantineProvider theme={theme} env="test">
          <BrandColorInputs values={values} onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))} />
          <output data-testid="primary">{values.primary}</output>
        </MantineProvider>
      );
    }

    it('shows each colour with where it shows in an email, and flags a value that is no hex colour', async () => {
      render(<Colours />);
      expect(screen.getAllByRole('textbox')).toHaveLength(COLOR_NAMES.length);
      const primary = screen.getByRole('textbox', { name: 'Primary colour' });
      expect(primary).toHaveValue('#1f4e8c');
      expect(screen.getByText('Buttons, links and the header rule')).toBeInTheDocument();
      expect(screen.getByText('On the primary colour: keep enough contrast')).toBeInTheDocument();

      fireEvent.change(primary, { target: { value: 'blue' } });
      expect(screen.getByTestId('primary')).toHaveTextContent('blue');
      expect(primary).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByText('A colour such as #1f4e8c')).toBeInTheDocument();

      fireEvent.change(primary, { target: { value: '#c0392b' } });
      expect(screen.getByTestId('primary')).toHaveTextContent('#c0392b');
      expect(primary).not.toHaveAttribute('aria-invalid', 'true');
    });
  });

  describe('editor', () => {
    it('previews the colour being typed, then saves the kit with its English texts (empty fields dropped)', async () => {
      const user = userEvent.setup();
      const renders: Array<{ locale: string; brand: { colors: Record<string, string>; translations: unknown[] } }> = [];
      let patched: unknown = null;
      const { fetch } = fakeFetch({
        'GET /v1/brand-kits/k1': () => json(200, kit),
        'GET /v1/workspace': () => json(200, workspace),
        'POST /v1/templates/render': () => rendered('<p>preview</p>'),
        'PATCH /v1/brand-kits/k1': () => json(200, { ...kit, ...(patched as object), version: 2 }),
      });
      vi.stubGlobal('fetch', async (request: Request) => {
        const url = new URL(request.url).pathname;
        if (request.method === 'POST' && url === '/v1/templates/render') renders.push(await request.clone().json());
        if (request.method === 'PATCH') patched = await request.clone().json();
        return fetch(request);
      });
      renderInWorkspace(BrandKitEditorPage, { path: '/brand-kits/k1', pattern: '/brand-kits/$brandKitId', role: 'editor' });

      await screen.findByRole('heading', { level: 1, name: 'Acme Academy' });
      // The workspace's language is named as that of the base texts.
      expect(screen.getByText(/The texts above are written in French/)).toBeInTheDocument();
      await waitFor(() => expect(renders.length).toBeGreaterThan(0));
      expect(renders[0]!.brand.colors.primary).toBe('#1f4e8c');
      expect(await screen.findByTitle(/Preview of the email in French, 375 px wide/)).toHaveAttribute('sandbox', '');
      expect(screen.getAllByRole('button', { name: 'Save' })[0]).toBeDisabled();

      fireEvent.change(screen.getByRole('textbox', { name: 'Primary colour' }), { target: { value: '#c0392b' } });
      await waitFor(() => expect(renders.at(-1)!.brand.colors.primary).toBe('#c0392b'));
      expect(screen.getAllByText('Unsaved changes').length).toBeGreaterThan(0);

      await user.click(screen.getByRole('combobox', { name: 'Add a language' }));
      await user.click(screen.getByRole('option', { name: 'English' }));
      await user.type(screen.getByRole('textbox', { name: 'Footer (English)' }), 'Acme learners');
      // The preview follows the language being translated.
      await waitFor(() => expect(renders.at(-1)!.brand.translations).toEqual([{ locale: 'en', footerText: 'Acme learners' }]));
      expect(renders.at(-1)!.locale).toBe('en');

      await user.click(screen.getAllByRole('button', { name: 'Save' })[0]!);
      await screen.findByText('Brand kit saved.');
      expect(patched).toMatchObject({
        colors: { ...colors, primary: '#c0392b' },
        translations: [{ locale: 'en', footerText: 'Acme learners' }],
        replyTo: null,
      });
      // The logo did not change: its address is not sent again.
      expect(patched).not.toHaveProperty('logoUrl');
      await waitFor(() => expect(screen.getAllByRole('button', { name: 'Save' })[0]).toBeDisabled());
    });

    it('shows the api’s problems at the fields they name, the translated ones included', async () => {
      const user = userEvent.setup();
      const { fetch } = fakeFetch({
        'GET /v1/brand-kits/k1': () => json(200, { ...kit, translations: [{ locale: 'en', senderName: 'Acme' }] }),
        'GET /v1/workspace': () => json(200, workspace),
        'POST /v1/templates/render': () => rendered('<p>preview</p>'),
        'PATCH /v1/brand-kits/k1': () =>
          json(409, { error: { code: 'BRAND_KIT.NAME_TAKEN', message: 'A brand kit named "Other" already exists', details: [{ path: 'name', message: 'is already used' }] }, correlationId: 'c' }),
      });
      vi.stubGlobal('fetch', fetch);
      await i18n.changeLanguage('fr');
      renderInWorkspace(BrandKitEditorPage, { path: '/brand-kits/k1', pattern: '/brand-kits/$brandKitId', role: 'planner' });
      const name = await screen.findByRole('textbox', { name: /^Nom de la charte/ });
      await user.clear(name);
      await user.type(name, 'Other');
      await user.click(screen.getAllByRole('button', { name: 'Enregistrer' })[0]!);
      expect(await screen.findByText('Une charte porte déjà ce nom.')).toBeInTheDocument();
      expect(name).toHaveAttribute('aria-invalid', 'true');
    });

    it('places a translated field’s problem at that field', async () => {
      const user = userEvent.setup();
      const { fetch } = fakeFetch({
        'GET /v1/brand-kits/k1': () => json(200, { ...kit, translations: [{ locale: 'en', senderName: 'Acme' }] }),
        'GET /v1/workspace': () => json(200, workspace),
        'POST /v1/templates/render': () => rendered('<p>preview</p>'),
        'PATCH /v1/brand-kits/k1': () =>
          json(400, {
            error: { code: 'VALIDATION.FAILED', message: 'bad', details: [{ path: 'translations[0].senderName', message: 'must not contain line breaks', code: 'FIELD.CONTROL_CHARACTERS' }] },
            correlationId: 'c',
          }),
      });
      vi.stubGlobal('fetch', fetch);
      renderInWorkspace(BrandKitEditorPage, { path: '/brand-kits/k1', pattern: '/brand-kits/$brandKitId', role: 'admin' });
      const sender = await screen.findByRole('textbox', { name: 'Sender name (English)' });
      await user.type(sender, ' Academy');
      await user.click(screen.getAllByRole('button', { name: 'Save' })[0]!);
      await waitFor(() => expect(sender).toHaveAttribute('aria-invalid', 'true'));
      expect(screen.getByText('Must not contain line breaks or control characters')).toBeInTheDocument();
    });

    it('shows a viewer the kit read only, with nothing to save', async () => {
      const { fetch, requests } = fakeFetch({
        'GET /v1/brand-kits/k1': () => json(200, { ...kit, translations: [{ locale: 'en', footerText: 'English footer' }] }),
        'GET /v1/workspace': () => json(200, workspace),
      });
      vi.stubGlobal('fetch', fetch);
      renderInWorkspace(BrandKitEditorPage, { path: '/brand-kits/k1', pattern: '/brand-kits/$brandKitId', role: 'viewer' });
      await screen.findByRole('heading', { level: 1, name: 'Acme Academy' });
      expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
      expect(screen.queryByRole('combobox', { name: 'Add a language' })).toBeNull();
      expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
      expect(screen.queryByLabelText('Logo file')).toBeNull();
      expect(screen.getByRole('textbox', { name: 'Footer (English)' })).toHaveAttribute('readonly');
      expect(requests.some((r) => new URL(r.url).pathname === '/v1/templates/render')).toBe(false);
    });
  });

  describe('list', () => {
    const other = { ...kit, id: 'k2', name: 'Sales Academy', isDefault: false, logoUrl: 'https://cdn.acme.example/logo.png' };

    it('shows each kit with its default badge, sender and colours; a viewer gets no write button', async () => {
      const { fetch } = fakeFetch({ 'GET /v1/brand-kits': () => json(200, { items: [kit, other], nextCursor: null }) });
      vi.stubGlobal('fetch', fetch);
      renderInWorkspace(BrandKitsPage, { path: '/brand-kits', role: 'viewer' });
      const list = await screen.findByRole('list', { name: 'Brand kits' });
      const [first, second] = within(list).getAllByRole('listitem');
      expect(within(first!).getByText('Default')).toBeInTheDocument();
      expect(within(first!).getByText('Acme Academy <learning@acme.example>')).toBeInTheDocument();
      expect(within(first!).getByRole('img', { name: /Colours of Acme Academy: #1f4e8c/ })).toBeInTheDocument();
      expect(within(second!).getByRole('img', { name: 'Logo of Sales Academy' })).toHaveAttribute('src', 'https://cdn.acme.example/logo.png');
      expect(screen.queryByRole('button', { name: 'New brand kit' })).toBeNull();
      expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
      expect(screen.queryByRole('button', { name: /Make .* the default/ })).toBeNull();
      expect(within(second!).getByRole('link', { name: 'View the Sales Academy brand kit' })).toBeInTheDocument();
    });

    it('invites an editor to create the first kit', async () => {
      const { fetch } = fakeFetch({ 'GET /v1/brand-kits': () => json(200, { items: [], nextCursor: null }) });
      vi.stubGlobal('fetch', fetch);
      renderInWorkspace(BrandKitsPage, { path: '/brand-kits', role: 'editor' });
      expect(await screen.findByRole('heading', { name: 'No brand kit yet' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Create my first brand kit' })).toBeInTheDocument();
    });

    it('names the campaigns that hold a kit it cannot delete', async () => {
      const user = userEvent.setup();
      const { fetch } = fakeFetch({
        'GET /v1/brand-kits': () => json(200, { items: [kit, other], nextCursor: null }),
        'DELETE /v1/brand-kits/k2': () =>
          json(409, {
            error: {
              code: 'BRAND_KIT.IN_USE',
              message: 'Brand kit "Sales Academy" is used by 1 campaign…',
              details: [{ path: 'campaigns[0]', message: '"Spring push" (running) uses it as brand kit', campaignId: 'c1', campaignName: 'Spring push', status: 'running', uses: ['brand kit'] }],
            },
            correlationId: 'c',
          }),
      });
      vi.stubGlobal('fetch', fetch);
      renderInWorkspace(BrandKitsPage, { path: '/brand-kits', role: 'editor' });
      await user.click(await screen.findByRole('button', { name: 'Delete the Sales Academy brand kit' }));
      const dialog = await screen.findByRole('dialog', { name: 'Delete the “Sales Academy” brand kit?' });
      await user.click(within(dialog).getByRole('button', { name: 'Delete the brand kit' }));
      expect(await within(dialog).findByText('This brand kit is in use')).toBeInTheDocument();
      expect(within(dialog).getByText('Spring push (running)')).toBeInTheDocument();
      expect(within(dialog).queryByRole('button', { name: 'Delete the brand kit' })).toBeNull();
    });
  });
});
