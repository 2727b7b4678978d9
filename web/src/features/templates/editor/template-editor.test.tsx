import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json } from '../../../test/render';
import { renderInWorkspace } from '../../segments/render-in-workspace';
import { NewTemplatePage, TemplateEditorPage } from './template-editor-page';

const BODY = '<mj-section>\n  <mj-column>\n    <mj-text>Bonjour {{learner.fristName}}</mj-text>\n  </mj-column>\n</mj-section>';
const variants = { fr: { subject: 'Invitation {{course.title}}', preheader: 'Inscrivez-vous', body: BODY }, en: { subject: 'Invitation {{course.title}}', preheader: 'Enrol', body: BODY } };
const TEMPLATE = {
  id: 't1',
  name: 'Invitation',
  description: null,
  channel: 'email',
  purpose: 'invitation',
  phase: 'before',
  starterKey: 'invitation',
  latestVersion: 3,
  locales: ['en', 'fr'],
  latestStatus: 'approved',
  usedBy: [],
  archivedAt: null,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  versions: [],
  reviews: [],
  latest: { id: 'v3', templateId: 't1', version: 3, locales: ['en', 'fr'], variables: [], status: 'approved', createdAt: '2026-11-01T10:00:00Z', variants },
};
const VOCABULARY = { variables: [{ path: 'learner.firstName', type: 'string' }], helpers: ['if', 'formatDate'], partials: [] };
const rendered = (subject: string) => ({ errors: [], variables: [], locale: 'fr', subject, preheader: 'Inscrivez-vous', html: '<p>Bonjour Camille</p>', text: 'Bonjour Camille' });
const typo = {
  errors: [
    { path: 'variants.fr.body', message: 'line 3: unknown variable "learner.fristName" (did you mean "learner.firstName"?)' },
    { path: 'variants.en.body', message: 'line 3: unknown variable "learner.fristName" (did you mean "learner.firstName"?)' },
  ],
  variables: [],
  locale: null,
  subject: null,
  preheader: null,
  html: null,
  text: null,
};

configure({ asyncUtilTimeout: 5_000 });
// jsdom lays nothing out; CodeMirror measures text ranges.
Range.prototype.getClientRects ??= () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect();
describe('Template editor', { timeout: 30_000 }, () => {
  it('shows the api’s problems at their line as one types, then saves a new version and submits it for review', async () => {
    const renders: Array<{ variants: Record<string, { subject: string; body: string }>; locale: string }> = [];
    let answer: unknown = typo;
    const { fetch, requests } = fakeFetch({
      'GET /v1/templates/t1': () => json(200, TEMPLATE),
      'GET /v1/templates/vocabulary': () => json(200, VOCABULARY),
      'GET /v1/campaigns': () => json(200, { items: [], nextCursor: null }),
      'POST /v1/templates/t1/versions': () => json(201, { ...TEMPLATE.latest, id: 'v4', version: 4, status: 'draft' }),
      'POST /v1/templates/t1/versions/4/submit': () => json(200, { status: 'in_review' }),
    });
    vi.stubGlobal('fetch', async (request: Request) => {
      if (new URL(request.url).pathname === '/v1/templates/render') {
        renders.push(await request.clone().json());
        return json(200, answer);
      }
      return fetch(request);
    });
    renderInWorkspace(TemplateEditorPage, { path: '/templates/t1/edit', pattern: '/templates/$templateId/edit', role: 'editor' });

    expect(await screen.findByRole('heading', { name: 'Edit “Invitation”' })).toBeInTheDocument();
    expect(screen.getByTestId('version-status')).toHaveTextContent('Version 3 · approved');
    // The draft is rendered in the language being edited (French first); its problems come back placed.
    await waitFor(() => expect(renders).toHaveLength(1));
    expect(renders[0]!.locale).toBe('fr');
    expect(renders[0]!.variants.fr!.body).toBe(BODY);
    const problems = await screen.findByRole('region', { name: 'Problems in the template' });
    expect(within(problems).getByText('Body, line 3:')).toBeInTheDocument();
    expect(within(problems).getByText(/1 problem in the EN version/)).toBeInTheDocument();
    // …and in the editor, at line 3.
    const editor = screen.getByRole('textbox', { name: 'Email body (FR)' });
    await waitFor(() => expect(editor.querySelector('.cm-lintRange-error')).toHaveTextContent('<mj-text>Bonjour {{learner.fristName}}</mj-text>'));
    expect(screen.getByRole('radio', { name: 'FR · 1 problem' })).toBeInTheDocument();

    // A new subject is rendered again; the fixed draft shows in the preview.
    answer = rendered('Nouvelle invitation');
    const subject = screen.getByRole('textbox', { name: /^Subject/ });
    await userEvent.clear(subject);
    await userEvent.type(subject, 'Nouvelle invitation');
    await waitFor(() => expect(renders.at(-1)!.variants.fr!.subject).toBe('Nouvelle invitation'));
    // Typing quickly asks once for the whole word, not once per key.
    expect(renders.length).toBeLessThan(6);
    expect(await screen.findByTestId('preview-subject')).toHaveTextContent('Nouvelle invitation');
    expect(screen.queryByRole('region', { name: 'Problems in the template' })).not.toBeInTheDocument();
    const frame = screen.getByTitle('Email preview, 375 px wide');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('Bonjour Camille');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect(await screen.findByTestId('version-status')).toHaveTextContent('Version 4 · draft');
    const saved = requests.find((r) => r.method === 'POST' && r.url.endsWith('/v1/templates/t1/versions'))!;
    const sent = (await saved.clone().json()) as { variants: Record<string, Record<string, unknown>> };
    expect(sent.variants.fr).toEqual({ ...variants.fr, subject: 'Nouvelle invitation' });
    // No empty plain-text part is sent: the api derives it.
    expect(sent.variants.en).not.toHaveProperty('text');
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Submit for review' }));
    expect(await screen.findByTestId('version-status')).toHaveTextContent('Version 4 · in review');
    expect(screen.queryByRole('button', { name: 'Submit for review' })).not.toBeInTheDocument();
  });

  it('puts a save’s 422 at the field it names', async () => {
    const { fetch } = fakeFetch({
      'GET /v1/templates/t1': () => json(200, TEMPLATE),
      'GET /v1/templates/vocabulary': () => json(200, VOCABULARY),
      'GET /v1/campaigns': () => json(200, { items: [], nextCursor: null }),
      'POST /v1/templates/render': () => json(200, rendered('x')),
      'POST /v1/templates/t1/versions': () =>
        json(422, { error: { code: 'TEMPLATE.INVALID', message: 'invalid', details: [{ path: 'variants.fr.subject', message: 'line 1: unknown helper "fomatDate"' }] }, correlationId: 'c' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(TemplateEditorPage, { path: '/templates/t1/edit', pattern: '/templates/$templateId/edit', role: 'planner' });
    const subject = await screen.findByRole('textbox', { name: /^Subject/ });
    await userEvent.type(subject, ' {{fomatDate x}}');
    await userEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect(await screen.findByText('The template was not saved: fix the problems shown below.')).toBeInTheDocument();
    expect(subject).toHaveAccessibleDescription(/unknown helper "fomatDate"/);
  });

  it('gives a viewer the saved version read-only, previewed through the version preview', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/templates/t1': () => json(200, TEMPLATE),
      'GET /v1/templates/vocabulary': () => json(200, VOCABULARY),
      'GET /v1/campaigns': () => json(200, { items: [], nextCursor: null }),
      'POST /v1/templates/t1/preview': () => json(200, { ...rendered('Saved subject'), version: 3, versionId: 'v3', channel: 'email' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(TemplateEditorPage, { path: '/templates/t1/edit', pattern: '/templates/$templateId/edit', role: 'viewer' });
    expect(await screen.findByText(/You are viewing this template read-only/)).toBeInTheDocument();
    expect(await screen.findByTestId('preview-subject')).toHaveTextContent('Saved subject');
    expect(screen.queryByRole('button', { name: 'Save as a new version' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Subject/ })).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'Email body (FR)' })).toHaveAttribute('contenteditable', 'false');
    expect(requests.some((r) => r.url.endsWith('/v1/templates/render'))).toBe(false);
  });

  it('creates a template: name, purpose and phase first, then the content', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/templates/vocabulary': () => json(200, { ...VOCABULARY, variables: [{ path: 'course.title', type: 'string' }] }),
      'GET /v1/campaigns': () => json(200, { items: [], nextCursor: null }),
      'POST /v1/templates/render': () => json(200, { ...typo, errors: [{ path: 'variants.fr.title', message: 'must not be empty', code: 'FIELD.REQUIRED' }] }),
      'POST /v1/templates': () => json(201, { ...TEMPLATE, id: 't9', channel: 'post', name: 'Annonce' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(NewTemplatePage, { path: '/templates/new', role: 'editor' });
    expect(await screen.findByRole('heading', { name: 'New template' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Post' }));
    // An empty new template is not scolded before a first attempt to save it.
    const title = await screen.findByRole('textbox', { name: /^Title/ });
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/v1/templates/render'))).toBe(true));
    expect(title).not.toHaveAccessibleDescription('Required');
    await userEvent.click(screen.getByRole('button', { name: 'Create the template' }));
    // Name, purpose and phase; the title's problem (the api's code, said in the console's words) under it and in the list.
    expect(screen.getAllByText('Required')).toHaveLength(3 + 2);
    expect(title).toHaveAccessibleDescription('Required');
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/v1/templates'))).toBe(false);

    await userEvent.type(screen.getByRole('textbox', { name: /^Name/ }), 'Annonce');
    await userEvent.click(screen.getByRole('combobox', { name: /^Purpose/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Session announcement' }));
    await userEvent.click(screen.getByRole('combobox', { name: /^When/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Before the session' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Title/ }), 'Nouvelle session');
    await userEvent.click(screen.getByRole('button', { name: 'Create the template' }));
    await screen.findByText('elsewhere');
    const created = requests.find((r) => r.method === 'POST' && r.url.endsWith('/v1/templates'))!;
    expect(await created.clone().json()).toMatchObject({
      name: 'Annonce',
      channel: 'post',
      purpose: 'session_announcement',
      phase: 'before',
      variants: { fr: { title: 'Nouvelle session', body: '' }, en: { title: '', body: '' } },
    });
  });
});
