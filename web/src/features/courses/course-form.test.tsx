import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { fakeFetch, json } from '../../test/render';
import { renderInWorkspace } from '../segments/render-in-workspace';
import { CourseForm } from './course-form';
import type { Course } from './use-courses';

const course = {
  id: 'c1',
  code: 'MGT-101',
  title: 'Manager une équipe hybride',
  description: 'Deux matinées pour installer des rituels.',
  modality: 'blended',
  durationMinutes: 420,
  lmsUrl: null,
  skills: ['management'],
  translations: [{ locale: 'en', title: 'Managing a hybrid team', skills: ['management'] }],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
} as Course;
const workspace = { id: 'w1', name: 'Acme', slug: 'acme', defaultLocale: 'fr', timeZone: 'Europe/Paris' };

describe('course form: other languages', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('gives a new course an English title, saved as its translations (nothing else in English)', async () => {
    const user = userEvent.setup();
    let sent: Record<string, unknown> | null = null;
    const { fetch } = fakeFetch({
      'GET /v1/workspace': () => json(200, workspace),
      'POST /v1/courses': () => json(201, { ...course, id: 'c2' }),
    });
    vi.stubGlobal('fetch', async (request: Request) => {
      if (request.method === 'POST') sent = await request.clone().json();
      return fetch(request);
    });
    const done = vi.fn();
    renderInWorkspace(() => <CourseForm onDone={done} />, { path: '/courses', role: 'planner' });

    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Sécurité au travail');
    await user.click(screen.getByRole('combobox', { name: /^Modality/ }));
    await user.click(screen.getByRole('option', { name: 'In person' }));
    await screen.findByText(/The texts above are written in French/);
    await user.click(screen.getByRole('combobox', { name: 'Add a language' }));
    await user.click(screen.getByRole('option', { name: 'English' }));
    const title = screen.getByRole('textbox', { name: 'Title (English)' });
    expect(title).toHaveAttribute('placeholder', 'Sécurité au travail');
    await user.type(title, 'Workplace safety');
    await user.click(screen.getByRole('button', { name: 'Create the course' }));

    await waitFor(() => expect(done).toHaveBeenCalled());
    expect(sent).toMatchObject({ title: 'Sécurité au travail', translations: [{ locale: 'en', title: 'Workplace safety' }] });
  });

  it('edits and removes a course’s languages; the whole list is sent again', async () => {
    const user = userEvent.setup();
    let sent: Record<string, unknown> | null = null;
    const { fetch } = fakeFetch({
      'GET /v1/workspace': () => json(200, workspace),
      'PATCH /v1/courses/c1': () => json(200, course),
    });
    vi.stubGlobal('fetch', async (request: Request) => {
      if (request.method === 'PATCH') sent = await request.clone().json();
      return fetch(request);
    });
    const done = vi.fn();
    renderInWorkspace(() => <CourseForm course={course} onDone={done} />, { path: '/courses/c1', role: 'admin' });

    expect(await screen.findByRole('tab', { name: 'English', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title (English)' })).toHaveValue('Managing a hybrid team');
    await user.type(screen.getByRole('textbox', { name: 'Description (English)' }), 'Two mornings to set rituals.');
    await user.click(screen.getByRole('combobox', { name: 'Add a language' }));
    await user.click(screen.getByRole('option', { name: 'German' }));
    await user.type(screen.getByRole('textbox', { name: 'Title (German)' }), 'Hybride Teams führen');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    expect(sent!.translations).toEqual([
      { locale: 'en', title: 'Managing a hybrid team', description: 'Two mornings to set rituals.', skills: ['management'] },
      { locale: 'de', title: 'Hybride Teams führen' },
    ]);

    await user.click(screen.getByRole('tab', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Remove the English translation' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(done).toHaveBeenCalledTimes(2));
    expect(sent!.translations).toEqual([{ locale: 'de', title: 'Hybride Teams führen' }]);
  });
});
