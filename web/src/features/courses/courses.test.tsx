import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../auth/workspace-context';
import i18n from '../../i18n';
import { fakeFetch, json, renderPage } from '../../test/render';
import { WorkspaceContext } from '../auth/workspace-context';
import { renderInWorkspace } from '../segments/render-in-workspace';
import { CoursePage, formatDuration } from './course-page';
import { EnrolmentsPage, enrolmentOutcomeMessage } from './enrolments-page';
import { CoursesPage } from './courses-page';

const as = (role: Role, Page: () => React.ReactNode) => () => (
  <WorkspaceContext.Provider value={{ id: 'ws-1', name: 'Acme', slug: 'acme', role }}>
    <Page />
  </WorkspaceContext.Provider>
);

const course = {
  id: 'c1',
  code: 'MGT-101',
  title: 'Managing a hybrid team',
  description: null,
  modality: 'blended',
  durationMinutes: 420,
  lmsUrl: null,
  skills: [],
  translations: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const session = {
  id: 's1',
  courseId: 'c1',
  title: 'New York cohort',
  startsAt: '2099-03-02T09:00:00.000-05:00',
  endsAt: '2099-03-02T17:00:00.000-05:00',
  enrolBy: null,
  capacity: 12,
  seatsTaken: 9,
  invited: 2,
  seatsLeft: 3,
  location: null,
  meetingUrl: null,
  timeZone: 'America/New_York',
  status: 'scheduled',
  cancelledAt: null,
  cancellationReason: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const campaign = (id: string, name: string, status: string) => ({ id, name, status, sessionId: 's1', courseId: 'c1' });

describe('courses screens', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lists courses with their modality, sessions and next session in its own zone, from the list alone', async () => {
    const listed = { ...course, scheduledSessions: 1, nextSession: { id: 's1', title: 'New York cohort', startsAt: session.startsAt, timeZone: session.timeZone } };
    const { fetch, requests } = fakeFetch({
      'GET /v1/courses': () => json(200, { items: [listed, { ...course, id: 'c2', title: 'Empty', modality: 'mooc', scheduledSessions: 0, nextSession: null }], nextCursor: null }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('planner', CoursesPage), { path: '/courses' });
    const table = await screen.findByRole('region', { name: 'Courses' });
    expect(within(table).getByRole('link', { name: 'Managing a hybrid team' })).toBeInTheDocument();
    expect(within(table).getByText('Blended')).toBeInTheDocument();
    expect(await within(table).findByText('1 scheduled')).toBeInTheDocument();
    expect(within(table).getByText(/Mar 2, 2099, 9:00\s?AM/)).toBeInTheDocument();
    expect(within(table).getByText('UTC-05:00')).toBeInTheDocument();
    expect(within(table).getByText('None ahead')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New course' })).toBeInTheDocument();
    // One call for the whole list: none per course.
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/v1/courses']);
  });

  it('shows a viewer no write button', async () => {
    const { fetch } = fakeFetch({
      'GET /v1/courses': () => json(200, { items: [course], nextCursor: null }),
      'GET /v1/courses/c1': () => json(200, course),
      'GET /v1/courses/c1/sessions': () => json(200, { items: [session], nextCursor: null }),
      'GET /v1/workspace': () => json(200, { timeZone: 'Europe/Paris' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('viewer', CoursesPage), { path: '/courses' });
    await screen.findByRole('region', { name: 'Courses' });
    expect(screen.queryByRole('button', { name: 'New course' })).not.toBeInTheDocument();
  });

  it('shows seats left and, for a viewer, only the enrolments link on a course', async () => {
    const { fetch } = fakeFetch({
      'GET /v1/courses/c1': () => json(200, course),
      'GET /v1/courses/c1/sessions': () => json(200, { items: [session], nextCursor: null }),
      'GET /v1/workspace': () => json(200, { timeZone: 'Europe/Paris' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('viewer', CoursePage), { path: '/courses/c1', pattern: '/courses/$courseId' });
    const table = await screen.findByRole('region', { name: 'Sessions of the course' });
    expect(within(table).getByText('3 of 12')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Enrolments of New York cohort' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cancel New York cohort|Edit or reschedule/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Schedule a session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete the course' })).not.toBeInTheDocument();
  });

  it('on a phone, shows each session as a card with its start, seats, status and actions', async () => {
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
      'GET /v1/courses/c1': () => json(200, course),
      'GET /v1/courses/c1/sessions': () => json(200, { items: [session, { ...session, id: 's2', title: 'Lyon cohort', status: 'cancelled' }], nextCursor: null }),
      'GET /v1/workspace': () => json(200, { timeZone: 'Europe/Paris' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('planner', CoursePage), { path: '/courses/c1', pattern: '/courses/$courseId' });
    const list = await screen.findByRole('region', { name: 'Sessions of the course' });
    expect(within(list).queryByRole('table')).not.toBeInTheDocument();
    const [open, cancelled] = within(list).getAllByRole('listitem');
    expect(open).toHaveTextContent('Seats left3 of 12');
    expect(open).toHaveTextContent('Scheduled');
    expect(within(open!).getByRole('button', { name: 'Cancel New York cohort' })).toBeInTheDocument();
    // A cancelled session: no seats as if it were open, no edit or cancel.
    expect(cancelled).not.toHaveTextContent('Seats left');
    expect(within(cancelled!).queryByRole('button', { name: /Cancel Lyon cohort/ })).not.toBeInTheDocument();
  });

  it('says which launched campaigns a cancellation stops before cancelling', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/courses/c1': () => json(200, course),
      'GET /v1/courses/c1/sessions': () => json(200, { items: [session], nextCursor: null }),
      'GET /v1/workspace': () => json(200, { timeZone: 'Europe/Paris' }),
      'GET /v1/campaigns': () => json(200, { items: [campaign('k1', 'Spring push', 'running'), campaign('k2', 'Idea', 'draft')], nextCursor: null }),
      'POST /v1/sessions/s1/change-preview': () =>
        json(200, { change: 'cancel', campaigns: 1, toldByEmail: 11, postsToCorrect: 1, stepsMoved: 0, stepsSkipped: 3, missingNoticeTemplates: [] }),
      'POST /v1/sessions/s1/cancel': () => json(200, { ...session, status: 'cancelled' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('planner', CoursePage), { path: '/courses/c1', pattern: '/courses/$courseId' });
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel New York cohort' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the session?' });
    expect(await within(dialog).findByText(/1 launched campaign is built on this session\. It will be cancelled/)).toBeInTheDocument();
    expect(within(dialog).getByText('This session has 9 enrolled learners and 2 invited learners. Their enrolments stay as they are.')).toBeInTheDocument();
    // The api's count of who is told, and what else the cancellation does.
    const told = await within(dialog).findByRole('group', { name: 'What the change does:' });
    expect(told).toHaveTextContent('11 people invited or enrolled will be told by email; the event is removed from their calendars.');
    expect(told).toHaveTextContent('1 network post that announced the session will be corrected.');
    expect(told).toHaveTextContent('3 steps with messages not sent yet are skipped.');
    expect(await requests.find((r) => r.url.endsWith('/change-preview'))!.clone().json()).toEqual({ status: 'cancelled' });
    expect(within(dialog).getByText('Spring push')).toBeInTheDocument();
    expect(within(dialog).getByText(/1 draft campaign uses this session/)).toBeInTheDocument();
    expect(new URL(requests.find((r) => r.url.includes('/v1/campaigns'))!.url).searchParams.get('sessionId')).toBe('s1');
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'Trainer unavailable');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel the session' }));
    const cancel = requests.find((r) => r.method === 'POST' && r.url.endsWith('/v1/sessions/s1/cancel'))!;
    expect(await cancel.clone().json()).toEqual({ cancellationReason: 'Trainer unavailable' });
  });

  it('shows a cancelled session’s reason and who was in it, not seats left as if it were open', async () => {
    await i18n.changeLanguage('fr');
    const cancelled = { ...session, status: 'cancelled', cancelledAt: '2099-01-10T10:00:00Z', cancellationReason: 'Formateur indisponible', seatsTaken: 1, invited: 0 };
    const { fetch } = fakeFetch({
      'GET /v1/courses/c1': () => json(200, course),
      'GET /v1/sessions/s1': () => json(200, cancelled),
      'GET /v1/sessions/s1/enrollments': () => json(200, { items: [], nextCursor: null }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(EnrolmentsPage, { path: '/courses/c1/sessions/s1', pattern: '/courses/$courseId/sessions/$sessionId', role: 'planner' });
    expect(await screen.findByText('Formateur indisponible')).toBeInTheDocument();
    expect(screen.getByText('Motif de l’annulation')).toBeInTheDocument();
    expect(screen.getByText('1 apprenant inscrit')).toBeInTheDocument();
    expect(screen.queryByText('Places restantes')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Inscrire un apprenant' })).not.toBeInTheDocument();
  });

  it('says a course’s length in hours and minutes, and its modality in French', () => {
    const fr = i18n.getFixedT('fr', 'courses');
    expect(formatDuration(fr, 210)).toBe('3\u00a0h\u00a030');
    expect(formatDuration(fr, 425)).toBe('7\u00a0h\u00a005');
    expect(formatDuration(fr, 180)).toBe('3\u00a0h');
    expect(formatDuration(fr, 45)).toBe('45\u00a0min');
    expect(formatDuration(i18n.getFixedT('en', 'courses'), 210)).toBe('3\u00a0h\u00a030\u00a0min');
    expect(fr('modalities.blended')).toBe('Mixte');
    expect(fr('modalities.serious_game')).toBe('Jeu sérieux');
    expect(fr('modalities.social_learning')).toBe('Apprentissage social');
  });

  it('puts the api’s field errors on the course form’s fields', async () => {
    const { fetch } = fakeFetch({
      'GET /v1/courses': () => json(200, { items: [], nextCursor: null }),
      'POST /v1/courses': () =>
        json(409, { error: { code: 'COURSE.CODE_TAKEN', message: 'taken', details: [{ path: 'code', message: 'already used' }] }, correlationId: 'c' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('admin', CoursesPage), { path: '/courses' });
    await userEvent.click((await screen.findAllByRole('button', { name: 'New course' }))[0]!);
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/^Title/), 'Onboarding');
    await userEvent.type(within(dialog).getByLabelText(/^Code/), 'ONB');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Modality/ }));
    await userEvent.click(await screen.findByText('E-learning'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the course' }));
    expect(await within(dialog).findByText('already used')).toBeInTheDocument();
  });

  it('schedules a session in Montréal found by name; text that names no zone is an error on the field, not Paris', async () => {
    await i18n.changeLanguage('fr');
    const { fetch, requests } = fakeFetch({
      'GET /v1/courses/c1': () => json(200, course),
      'GET /v1/courses/c1/sessions': () => json(200, { items: [], nextCursor: null }),
      'GET /v1/workspace': () => json(200, { timeZone: 'Europe/Paris' }),
      'GET /v1/time-zones': () => json(200, { zones: ['America/Montreal', 'America/Toronto', 'Europe/Paris', 'UTC'] }),
      'POST /v1/courses/c1/sessions': () => json(201, { ...session, id: 's2', timeZone: 'America/Montreal' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('planner', CoursePage), { path: '/courses/c1', pattern: '/courses/$courseId' });
    await userEvent.click((await screen.findAllByRole('button', { name: 'Planifier une session' }))[0]!);
    const dialog = await screen.findByRole('dialog');
    const zone = within(dialog).getByRole('combobox', { name: 'Fuseau horaire de la session' });
    await waitFor(() => expect(zone).toHaveValue('Europe/Paris'));
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Début — Date' }), { target: { value: '02/03/2099' } });
    fireEvent.blur(within(dialog).getByRole('textbox', { name: 'Début — Date' }));
    fireEvent.change(within(dialog).getByLabelText('Début — Heure'), { target: { value: '09:00' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Fin — Date' }), { target: { value: '02/03/2099' } });
    fireEvent.blur(within(dialog).getByRole('textbox', { name: 'Fin — Date' }));
    fireEvent.change(within(dialog).getByLabelText('Fin — Heure'), { target: { value: '17:00' } });

    await userEvent.clear(zone);
    await userEvent.type(zone, 'Montréal, Québec');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Planifier une session' }));
    expect(zone).toHaveValue('Montréal, Québec');
    expect(await within(dialog).findByText(/« Montréal, Québec » n’est pas un fuseau horaire/)).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await userEvent.clear(zone);
    await userEvent.type(zone, 'Montréal');
    await userEvent.click(await screen.findByRole('option', { name: /America\/Montreal/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Planifier une session' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(await requests.find((r) => r.method === 'POST')!.clone().json()).toMatchObject({ timeZone: 'America/Montreal', startsAt: '2099-03-02T09:00:00-05:00' });
    await i18n.changeLanguage('en');
  });

  it('keeps the session dialog open when Escape closes the date picker, and asks before losing what was typed', async () => {
    const { fetch } = fakeFetch({
      'GET /v1/courses/c1': () => json(200, course),
      'GET /v1/courses/c1/sessions': () => json(200, { items: [], nextCursor: null }),
      'GET /v1/workspace': () => json(200, { timeZone: 'Europe/Paris' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderPage(as('planner', CoursePage), { path: '/courses/c1', pattern: '/courses/$courseId' });
    await userEvent.click((await screen.findAllByRole('button', { name: 'Schedule a session' }))[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a session' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name of the session' }), 'Montréal cohort');

    // Escape meant for the calendar closes the calendar only.
    const date = within(dialog).getByRole('textbox', { name: 'Starts — Date' });
    await userEvent.click(date);
    const month = await screen.findByRole('button', { name: /^\w+ \d{4}$/ });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(month).not.toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: 'Schedule a session' })).toBeInTheDocument();
    expect(within(dialog).queryByText('Close without saving?')).not.toBeInTheDocument();

    // A stray Escape asks first; keeping on leaves the form as it was.
    await userEvent.keyboard('{Escape}');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByRole('textbox', { name: 'Name of the session' })).toHaveValue('Montréal cohort');
    expect(within(dialog).queryByText('Close without saving?')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Discard and close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Schedule a session' })).not.toBeInTheDocument());

    // Nothing typed: Escape closes at once.
    await userEvent.click(screen.getAllByRole('button', { name: 'Schedule a session' })[0]!);
    await screen.findByRole('dialog', { name: 'Schedule a session' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Schedule a session' })).not.toBeInTheDocument());
  });
});


describe('session enrolments: the enrol dialog', { timeout: 30_000 }, () => {
  const camille = {
    id: 'l1',
    externalId: 'E-1',
    email: 'camille.martin@acme.test',
    firstName: 'Camille',
    lastName: 'Martin',
    department: 'Sales',
    site: 'Lyon',
  };
  const enrolment = { id: 'e1', sessionId: 's1', courseId: 'c1', learnerId: 'l1', learner: camille, status: 'enrolled', source: 'api', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

  beforeEach(async () => {
    await i18n.changeLanguage('en');
    // Notifications live in one store for the whole file.
    notifications.clean();
  });

  async function openDialog(answer: () => Response) {
    const { fetch, requests } = fakeFetch({
      'GET /v1/courses/c1': () => json(200, course),
      'GET /v1/sessions/s1': () => json(200, session),
      'GET /v1/sessions/s1/enrollments': () => json(200, { items: [], nextCursor: null }),
      'GET /v1/learners': () => json(200, { items: [camille, { ...camille, id: 'l2', email: 'camille.durand@acme.test', lastName: 'Durand', department: null, site: 'Paris' }], nextCursor: null }),
      'POST /v1/sessions/s1/enrollments': answer,
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(EnrolmentsPage, { path: '/courses/c1/sessions/s1', pattern: '/courses/$courseId/sessions/$sessionId', role: 'planner' });
    await userEvent.click(await screen.findByRole('button', { name: 'Enrol a learner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enrol a learner' });
    return { dialog, requests };
  }

  it('finds the learner by name through the api’s search, shows email and department, enrols by id and says it', async () => {
    const { dialog, requests } = await openDialog(() => json(201, { ...enrolment, outcome: 'created', previousStatus: null }));
    const picker = within(dialog).getByRole('combobox', { name: /^Learner/ });
    await userEvent.type(picker, 'cam');
    const option = await screen.findByRole('option', { name: /Camille Martin/ });
    expect(option).toHaveTextContent('camille.martin@acme.test');
    expect(option).toHaveTextContent('Sales');
    expect(option).toHaveTextContent('Lyon');
    // The other Camille has no department: her site alone.
    expect(screen.getByRole('option', { name: /Camille Durand/ })).toHaveTextContent('Paris');
    // Debounced: one search for what was typed, not one per letter.
    const searches = requests.filter((r) => new URL(r.url).pathname === '/v1/learners');
    expect(searches.map((r) => new URL(r.url).searchParams.get('q'))).toEqual(['cam']);
    await userEvent.click(option);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enrol' }));
    expect(await screen.findByText('Camille Martin joined the session with the status “Enrolled”.')).toBeInTheDocument();
    const posted = requests.find((r) => r.method === 'POST')!;
    expect(await posted.json()).toEqual({ learnerId: 'l1', status: 'enrolled' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Enrol a learner' })).not.toBeInTheDocument());
  });

  it('says a learner already in the session with that status changed nothing, and keeps the dialog open', async () => {
    const { dialog } = await openDialog(() => json(200, { ...enrolment, outcome: 'unchanged', previousStatus: 'enrolled' }));
    await userEvent.type(within(dialog).getByRole('combobox', { name: /^Learner/ }), 'camille');
    await userEvent.click(await screen.findByRole('option', { name: /Camille Martin/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enrol' }));
    const status = await within(dialog).findByRole('status');
    expect(status).toHaveTextContent('Already in this session');
    expect(status).toHaveTextContent('Camille Martin is already in this session with the status “Enrolled”: nothing changed.');
    expect(screen.queryByText(/joined the session/)).not.toBeInTheDocument();
  });

  it('says when an existing enrolment moved, from which status', () => {
    const t = i18n.getFixedT('fr', 'courses');
    expect(enrolmentOutcomeMessage(t, 'Camille Martin', { outcome: 'changed', status: 'enrolled', previousStatus: 'invited' })).toBe(
      'Camille Martin était déjà dans la session : son statut passe d’«\u00a0Invité\u00a0» à «\u00a0Inscrit\u00a0».',
    );
    expect(enrolmentOutcomeMessage(t, 'Camille Martin', { outcome: 'changed', status: 'enrolled', previousStatus: 'dropped' })).toBe(
      'Camille Martin était déjà dans la session : son statut passe d’«\u00a0Abandon\u00a0» à «\u00a0Inscrit\u00a0».',
    );
    expect(enrolmentOutcomeMessage(t, 'Camille Martin', { outcome: 'changed', status: 'completed', previousStatus: 'started' })).toBe(
      'Camille Martin était déjà dans la session : son statut passe de «\u00a0Commencé\u00a0» à «\u00a0Terminé\u00a0».',
    );
    const en = i18n.getFixedT('en', 'courses');
    expect(enrolmentOutcomeMessage(en, 'Camille Martin', { outcome: 'changed', status: 'enrolled', previousStatus: 'invited' })).toBe(
      'Camille Martin was already in the session: their status moved from “Invited” to “Enrolled”.',
    );
  });

  it('offers only the statuses an enrolment may move to, and says a refusal in French', async () => {
    await i18n.changeLanguage('fr');
    const { fetch } = fakeFetch({
      'GET /v1/courses/c1': () => json(200, course),
      'GET /v1/sessions/s1': () => json(200, session),
      'GET /v1/sessions/s1/enrollments': () => json(200, { items: [enrolment, { ...enrolment, id: 'e2', learner: { ...camille, id: 'l2', firstName: 'Léa', lastName: 'Michel' }, status: 'dropped' }], nextCursor: null }),
      'PATCH /v1/enrollments/e1': () =>
        json(409, { error: { code: 'ENROLLMENT.INVALID_TRANSITION', message: 'Cannot move the enrolment from enrolled to invited: an enrolment cannot go back', details: [] }, correlationId: 'c' }),
    });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(EnrolmentsPage, { path: '/courses/c1/sessions/s1', pattern: '/courses/$courseId/sessions/$sessionId', role: 'planner' });
    await userEvent.click(await screen.findByRole('combobox', { name: 'Statut de Camille Martin' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Inscrit', 'Commencé', 'Terminé', 'Abandon']);
    await userEvent.keyboard('{Escape}');
    // From « Abandon », every status is open again.
    await userEvent.click(screen.getByRole('combobox', { name: 'Statut de Léa Michel' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Invité', 'Inscrit', 'Commencé', 'Terminé', 'Abandon']);
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('combobox', { name: 'Statut de Camille Martin' }));
    await userEvent.click(screen.getByRole('option', { name: 'Terminé' }));
    expect(await screen.findByText(/Une inscription ne revient pas en arrière/)).toBeInTheDocument();
    expect(screen.queryByText(/Cannot move/)).not.toBeInTheDocument();
  });

  it('asks for a learner before sending anything', async () => {
    const { dialog, requests } = await openDialog(() => json(201, {}));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enrol' }));
    expect(await within(dialog).findByText('Choose a learner')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });
});
