import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { fakeFetch, json, renderPage } from '../../test/render';
import { theme } from '../../theme';
import { type Role, WorkspaceContext } from '../auth/workspace-context';
import { TemplatePage } from './template-page';
import type { ReviewRecord, TemplateDetail, TemplateVersion } from './use-templates';
import { VersionDiff } from './version-diff';
import { compareVariants } from './version-fields';

const as = (role: Role, Page: () => React.ReactNode) => () => (
  <WorkspaceContext.Provider value={{ id: 'ws-1', name: 'Acme', slug: 'acme', role }}>
    <Page />
  </WorkspaceContext.Provider>
);

const ID = '11111111-1111-4111-8111-111111111111';
const v1Variants = {
  fr: { subject: 'Bonjour {{learner.firstName}}', preheader: 'Une place vous attend', body: '<mj-section>\n<mj-column>\n<mj-text>Bonjour</mj-text>\n</mj-column>\n</mj-section>' },
  en: { subject: 'Hello {{learner.firstName}}', preheader: 'A seat is waiting', body: '<mj-section>\n<mj-column>\n<mj-text>Hello</mj-text>\n</mj-column>\n</mj-section>' },
};
const v2Variants = {
  fr: { subject: 'Bonjour {{learner.firstName}}', preheader: 'Une place vous attend', body: '<mj-section>\n<mj-column>\n<mj-text>Bonjour et bienvenue</mj-text>\n</mj-column>\n</mj-section>' },
  en: { subject: 'Hi {{learner.firstName}}', preheader: 'A seat is waiting', body: '<mj-section>\n<mj-column>\n<mj-text>Hello</mj-text>\n</mj-column>\n</mj-section>' },
};

const version = (n: number, variants: Record<string, unknown>, status: TemplateVersion['status']): TemplateVersion => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  templateId: ID,
  version: n,
  locales: Object.keys(variants),
  variables: ['learner.firstName'],
  status,
  createdAt: `2027-01-1${n}T09:30:00Z`,
  variants,
});

function detail(status: TemplateVersion['status'], reviews: ReviewRecord[] = []): TemplateDetail {
  const v2 = version(2, v2Variants, status);
  const v1 = version(1, v1Variants, 'approved');
  return {
    id: ID,
    name: 'Invitation — spring cohort',
    description: 'Three weeks before the session',
    channel: 'email',
    purpose: 'invitation',
    phase: 'before',
    starterKey: 'invitation',
    latestVersion: 2,
    locales: ['en', 'fr'],
    latestStatus: status,
    usedBy: [{ id: 'c1', name: 'Spring push', status: 'draft' }],
    archivedAt: null,
    createdAt: '2027-01-11T09:30:00Z',
    updatedAt: '2027-01-12T09:30:00Z',
    versions: [v2, v1].map(({ variants: _v, templateId: _t, ...summary }) => summary),
    latest: v2,
    reviews,
  };
}

const workspace = { id: 'ws-1', name: 'Acme', templateApproval: true };

function answers(template: TemplateDetail, extra: Record<string, () => Response> = {}) {
  return fakeFetch({
    [`GET /v1/templates/${ID}`]: () => json(200, template),
    [`GET /v1/templates/${ID}/versions/1`]: () => json(200, version(1, v1Variants, 'approved')),
    [`GET /v1/templates/${ID}/versions/2`]: () => json(200, template.latest),
    [`POST /v1/templates/${ID}/preview`]: () =>
      json(200, { version: 2, versionId: template.latest.id, locale: 'en', channel: 'email', subject: 'Hi Camille', preheader: 'A seat is waiting', html: '<p>Hi Camille</p>', text: 'Hi Camille' }),
    'GET /v1/workspace': () => json(200, workspace),
    ...extra,
  });
}

const openPage = (role: Role) => renderPage(as(role, TemplatePage), { path: `/templates/${ID}`, pattern: '/templates/$templateId' });

describe('comparing versions', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('finds the changed fields of each locale: words in a subject, lines in a body, a locale added', () => {
    const changes = compareVariants(v1Variants, { ...v2Variants, de: { subject: 'Hallo' } }, ['fr', 'en']);
    expect(changes.map((c) => [c.locale, c.status])).toEqual([
      ['fr', 'both'],
      ['en', 'both'],
      ['de', 'added'],
    ]);
    const fr = changes[0]!.fields;
    expect(fr.map((f) => [f.key, f.status])).toEqual([
      ['subject', 'same'],
      ['preheader', 'same'],
      ['body', 'changed'],
    ]);
    const body = fr[2]!;
    if (body.status === 'same' || !body.long) throw new Error('the body is compared line by line');
    expect(body.hunks[0]!.lines.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'removed', text: '<mj-text>Bonjour</mj-text>' },
      { kind: 'added', text: '<mj-text>Bonjour et bienvenue</mj-text>' },
    ]);
    const subject = changes[1]!.fields[0]!;
    if (subject.status === 'same' || subject.long) throw new Error('the subject is compared word by word');
    expect(subject.words.filter((w) => w.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'Hello' },
      { kind: 'added', text: 'Hi' },
    ]);
  });

  it('shows what changed, field by field, in the reader’s language first, and names what did not', async () => {
    await i18n.changeLanguage('fr');
    const { container } = render(
      <MantineProvider theme={theme} env="test">
        <VersionDiff older={version(1, v1Variants, 'approved')} newer={version(2, v2Variants, 'draft')} />
      </MantineProvider>,
    );
    expect(screen.getByText('2 champs modifiés de la v1 à la v2')).toBeInTheDocument();
    const sections = screen.getAllByRole('region');
    expect(sections.map((s) => s.getAttribute('aria-label'))).toEqual(['Modifications en français', 'Modifications en anglais']);
    const fr = within(sections[0]!);
    expect(fr.getByText('Corps')).toBeInTheDocument();
    expect(fr.getByText('Sans changement : Objet, Texte d’aperçu')).toBeInTheDocument();
    const en = within(sections[1]!);
    expect(en.getByText('Objet')).toBeInTheDocument();
    // Removed and added words are marked up as such, and said to screen readers.
    expect(sections[1]!.querySelector('del')).toHaveTextContent('supprimé : Hello');
    expect(sections[1]!.querySelector('ins')).toHaveTextContent('ajouté : Hi');
    expect(container.querySelectorAll('del')).toHaveLength(2);
    expect(fr.getAllByText('ligne supprimée :', { exact: false })).toHaveLength(1);
    expect(fr.getByText('<mj-text>Bonjour et bienvenue</mj-text>')).toBeInTheDocument();
  });

  it('compares the two versions picked, the previous and the latest first', async () => {
    const { fetch, requests } = answers(detail('draft'));
    vi.stubGlobal('fetch', fetch);
    openPage('editor');
    await userEvent.click(await screen.findByRole('tab', { name: 'Compare' }));
    expect(await screen.findByText('2 fields changed from v1 to v2')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'From version' })).toHaveValue('Version 1 — Approved');
    expect(screen.getByRole('combobox', { name: 'To version' })).toHaveValue('Version 2 — Draft');
    expect(requests.some((r) => r.method === 'GET' && r.url.endsWith('/versions/1'))).toBe(true);
    // The same version on both sides says so rather than showing nothing.
    await userEvent.click(screen.getByRole('combobox', { name: 'From version' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Version 2 — Draft' }));
    expect(await screen.findByText('The same version on both sides (v2).')).toBeInTheDocument();
  });
});

describe('review actions by role', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('a viewer sees the template, its preview and its history, and no button that writes', async () => {
    const { fetch, requests } = answers(detail('in_review'));
    vi.stubGlobal('fetch', fetch);
    openPage('viewer');
    await screen.findByRole('heading', { level: 1, name: 'Invitation — spring cohort' });
    expect(await screen.findByTitle('Preview in English, 375 px wide')).toBeInTheDocument();
    for (const name of ['Edit', 'More actions', 'Submit for review', 'Approve', 'Request changes']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
    }
    await userEvent.click(screen.getByRole('tab', { name: '2 versions' }));
    expect(screen.queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();
    expect(requests.every((r) => r.method === 'GET' || r.url.endsWith('/preview'))).toBe(true);
  });

  it('an editor submits a draft, and cannot approve a version in review', async () => {
    const { fetch, requests } = answers(detail('draft'), {
      [`POST /v1/templates/${ID}/versions/2/submit`]: () => json(200, { status: 'in_review' }),
    });
    vi.stubGlobal('fetch', fetch);
    openPage('editor');
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/templates/${ID}/edit`);
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Submit for review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit version 2 for review' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Comment/ }), 'Ready for spring');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/versions/2/submit'))).toBe(true));
    const submit = requests.find((r) => r.url.endsWith('/versions/2/submit'))!;
    expect(await submit.clone().json()).toEqual({ comment: 'Ready for spring' });
  });

  it('an editor waits on a version in review: no step to take', async () => {
    const { fetch } = answers(detail('in_review'));
    vi.stubGlobal('fetch', fetch);
    openPage('editor');
    expect(await screen.findByText('Waiting for a planner or an admin to approve it or ask for changes.')).toBeInTheDocument();
    for (const name of ['Submit for review', 'Approve', 'Request changes']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('a planner asks for changes only with a comment saying what to change', async () => {
    const { fetch, requests } = answers(detail('in_review'), {
      [`POST /v1/templates/${ID}/versions/2/request-changes`]: () => json(200, { status: 'changes_requested' }),
    });
    vi.stubGlobal('fetch', fetch);
    openPage('planner');
    expect(await screen.findByRole('button', { name: 'Approve' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit for review' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Request changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Request changes on version 2' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send back' }));
    expect(await within(dialog).findByText('Say what to change')).toBeInTheDocument();
    expect(requests.some((r) => r.url.endsWith('/request-changes'))).toBe(false);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /What to change/ }), 'The button should say “Enrol”.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send back' }));
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/request-changes'))).toBe(true));
    expect(await requests.find((r) => r.url.endsWith('/request-changes'))!.clone().json()).toEqual({ comment: 'The button should say “Enrol”.' });
  });

  it('an admin approves a version in review, with no comment needed', async () => {
    const { fetch, requests } = answers(detail('in_review'), {
      [`POST /v1/templates/${ID}/versions/2/approve`]: () => json(200, { status: 'approved' }),
    });
    vi.stubGlobal('fetch', fetch);
    openPage('admin');
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve version 2' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/versions/2/approve'))).toBe(true));
    expect(await requests.find((r) => r.url.endsWith('/approve'))!.clone().json()).toEqual({});
  });

  it('the editor reads the comment of a version sent back, and the history says who and when', async () => {
    const reviews: ReviewRecord[] = [
      { id: 'r2', version: 2, action: 'changes_requested', comment: 'Le bouton doit dire « Je m’inscris ».', actor: 'Paul Planner', actorKind: 'user', createdAt: '2027-01-13T10:00:00Z' },
      { id: 'r1', version: 2, action: 'submitted', comment: null, actor: 'Eve Editor', actorKind: 'user', createdAt: '2027-01-12T10:00:00Z' },
    ];
    const { fetch } = answers(detail('changes_requested', reviews));
    vi.stubGlobal('fetch', fetch);
    openPage('editor');
    const panel = await screen.findByRole('region', { name: /Review of version 2/ });
    expect(within(panel).getByText('Le bouton doit dire « Je m’inscris ».')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Submit for review' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Review history' }));
    expect(await screen.findByText('Changes requested on version 2')).toBeInTheDocument();
    expect(screen.getByText(/^Paul Planner, January 13, 2027/)).toBeInTheDocument();
    expect(screen.getByText('Version 2 submitted for review')).toBeInTheDocument();
  });

  it('says versions are approved on saving where the workspace asks for no review', async () => {
    const { fetch } = answers(detail('approved'), { 'GET /v1/workspace': () => json(200, { ...workspace, templateApproval: false }) });
    vi.stubGlobal('fetch', fetch);
    openPage('editor');
    expect(await screen.findByText('This workspace asks for no review: versions are approved as soon as they are saved.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit for review' })).not.toBeInTheDocument();
  });
});

describe('test send', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('sends the latest version to the signed-in person and others, and says where each email went', async () => {
    const { fetch, requests } = answers(detail('approved'), {
      'GET /v1/auth/session': () => json(200, { user: { id: 'u1', email: 'dana@acme.example', name: 'Dana', locale: 'en' }, workspaces: [], csrfToken: 't' }),
      [`POST /v1/templates/${ID}/test-send`]: () =>
        json(200, {
          id: 'ts-1',
          status: 'done',
          recipients: [
            { to: 'dana@acme.example', status: 'sent', messageId: '<a@acme.example>' },
            { to: 'bounced@acme.example', status: 'suppressed' },
          ],
          transport: 'outbox',
          destination: '/srv/clarion/outbox/2027-a.eml',
          error: null,
          version: 2,
          locale: 'fr',
        }),
    });
    vi.stubGlobal('fetch', fetch);
    openPage('editor');
    await userEvent.click(await screen.findByRole('button', { name: 'Send a test' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send a test of version 2' });
    await within(dialog).findByText('It is sent to you, at dana@acme.example.');
    await userEvent.type(within(dialog).getByLabelText(/Other recipients/, { selector: 'input' }), 'bounced@acme.example,');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send the test' }));
    await within(dialog).findByText('Test sent');
    expect(within(dialog).getByText('bounced@acme.example: not sent, this address is blocked (bounces or complaints)')).toBeInTheDocument();
    expect(within(dialog).getByText('No SMTP server is configured: the message was written to the outbox folder (/srv/clarion/outbox/2027-a.eml).')).toBeInTheDocument();
    const sent = requests.find((r) => r.method === 'POST' && r.url.endsWith('/test-send'))!;
    expect(await sent.clone().json()).toEqual({ version: 2, locale: 'en', to: ['dana@acme.example', 'bounced@acme.example'] });
  });

  it('offers no test send to a viewer', async () => {
    vi.stubGlobal('fetch', answers(detail('approved')).fetch);
    openPage('viewer');
    await screen.findByRole('heading', { level: 1, name: 'Invitation — spring cohort' });
    expect(screen.queryByRole('button', { name: 'Send a test' })).not.toBeInTheDocument();
  });
});
