import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json } from '../../test/render';
import { renderInWorkspace } from '../segments/render-in-workspace';
import { ReportPage } from './report-page';

const funnel = (targeted: number, sent: number, delivered: number, opened: number, machineOpened: number, clicked: number, enrolled: number, started: number, completed: number) => ({
  targeted,
  sent,
  delivered,
  opened,
  machineOpened,
  clicked,
  enrolled,
  started,
  completed,
});
const rates = { open: 0.5, clickThrough: 0.25, clickToOpen: 0.5, participation: 0.1, conversion: 0.4, completion: 0.5 };
const row = (key: string | null, label: string, f: ReturnType<typeof funnel>) => ({ key, label, funnel: f, rates });

const REPORT = {
  campaign: { id: 'c1', name: 'Spring feedback', status: 'running', timeZone: 'Europe/Paris' },
  generatedAt: '2026-03-06T10:00:00Z',
  openTracking: 'per_learner',
  funnel: funnel(20, 19, 18, 9, 2, 5, 2, 1, 1),
  rates,
  reached: { targeted: 20, enrolled: 3, started: 2, completed: 1 },
  enrolledOverlap: { both: 2, attributedOnly: 0, reachedOnly: 1 },
  goal: { enrolments: 4, enrolled: 2, progress: 0.5 },
  attributionWindowDays: 14,
  posts: [],
  breakdowns: {
    step: [row('s1', '1. Invitation', funnel(20, 19, 18, 9, 2, 5, 2, 1, 1))],
    channel: [row('email', 'email', funnel(20, 19, 18, 9, 2, 5, 2, 1, 1))],
    variant: [],
    persona: [],
    department: [row('Sales', 'Sales', funnel(12, 12, 11, 5, 1, 3, 1, 1, 1)), row(null, '(none)', funnel(8, 7, 7, 4, 1, 2, 1, 0, 0))],
    site: [],
  },
  daily: [{ date: '2026-03-02', sent: 19, opened: 9, clicked: 5, enrolled: 2 }],
  abTests: [],
  roi: { production: null, hours: null, hourlyRate: null, currency: null, cost: null, costPerEnrolment: null, costPerCompletion: null },
  ambassadors: [],
};
const learner = (id: string, name: string) => ({
  id,
  exists: true,
  externalId: id,
  name,
  email: `${id}@acme.test`,
  department: 'Sales',
  site: 'Lyon',
  personaId: null,
  personaName: null,
  stages: ['targeted', 'sent', 'delivered', 'opened', 'clicked'],
  sentAt: '2026-03-02T08:00:00Z',
  openedAt: null,
  clickedAt: '2026-03-02T09:00:00Z',
  enrolledAt: null,
});

configure({ asyncUtilTimeout: 5_000 });
describe('Report screen', { timeout: 30_000 }, () => {
  it('opens the learners behind a count, refines them with "except", and retargets them as a segment', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/campaigns/c1/report': () => json(200, REPORT),
      'GET /v1/campaigns/c1/report/learners': () => json(200, { total: 2, items: [learner('l1', 'Ana Martin'), learner('l2', 'Ben Petit')], nextCursor: null }),
      'POST /v1/campaigns/c1/report/learners/segment': () => json(201, { id: 'seg1', name: 'Clicked, no enrolment', kind: 'static', memberCount: 2 }),
    });
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderInWorkspace(ReportPage, { path: '/campaigns/c1/report', pattern: '/campaigns/$campaignId/report', role: 'planner' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Report: Spring feedback' })).toBeInTheDocument();
    expect(screen.getByText('2 of 4 enrolments (50%)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clicked: 5, see who' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('2 learners')).toBeInTheDocument();
    expect(within(drawer).getByRole('link', { name: 'Ana Martin' })).toBeInTheDocument();
    const asked = () => requests.filter((r) => new URL(r.url).pathname === '/v1/campaigns/c1/report/learners').map((r) => Object.fromEntries(new URL(r.url).searchParams));
    expect(asked()).toEqual([{ stage: 'clicked', limit: '50' }]);

    // Except those who enrolled through the campaign: the same list asked again with notStage.
    await user.click(within(drawer).getByRole('combobox', { name: 'Except those who…' }));
    await user.click(await screen.findByRole('option', { name: 'enrolled through the campaign' }));
    await waitFor(() => expect(asked().at(-1)).toEqual({ stage: 'clicked', notStage: 'enrolled', limit: '50' }));

    await user.click(within(drawer).getByRole('button', { name: 'Retarget…' }));
    const name = within(drawer).getByRole('textbox', { name: /Segment name/ });
    // The default name says which campaign it follows up.
    expect((name as HTMLInputElement).value).toMatch(/^Follow-up — .+: /);
    await user.clear(name);
    await user.type(name, 'Clicked, no enrolment');
    await user.click(within(drawer).getByRole('button', { name: 'Create the segment of 2 learners' }));
    expect(await within(drawer).findByText('Segment “Clicked, no enrolment” created with 2 learners')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ name: 'Clicked, no enrolment', stage: 'clicked', notStage: 'enrolled' });
    expect(within(drawer).getByRole('link', { name: 'Add a follow-up step for it in the campaign' })).toHaveAttribute('href', expect.stringMatching(/^\/campaigns\/c1\?addStep=true&segmentId=/));
  });

  it('drills into a breakdown cell, the group without a value by keyNull; a viewer cannot retarget', async () => {
    const { fetch, requests } = fakeFetch({
      'GET /v1/campaigns/c1/report': () => json(200, REPORT),
      'GET /v1/campaigns/c1/report/learners': () => json(200, { total: 1, items: [learner('l3', 'Cid Roux')], nextCursor: null }),
    });
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderInWorkspace(ReportPage, { path: '/campaigns/c1/report', pattern: '/campaigns/$campaignId/report', role: 'viewer' });
    await screen.findByRole('heading', { level: 1, name: 'Report: Spring feedback' });
    await user.click(screen.getByRole('tab', { name: 'Department' }));
    await user.click(await screen.findByRole('button', { name: 'Clicked, (none): 2, see who' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('1 learner')).toBeInTheDocument();
    const query = Object.fromEntries(new URL(requests.at(-1)!.url).searchParams);
    expect(query).toEqual({ stage: 'clicked', dimension: 'department', keyNull: 'true', limit: '50' });
    expect(within(drawer).queryByRole('button', { name: 'Retarget…' })).not.toBeInTheDocument();
  });

  it('says opens are counted in aggregate only, and offers no list of openers', async () => {
    const { fetch } = fakeFetch({ 'GET /v1/campaigns/c1/report': () => json(200, { ...REPORT, openTracking: 'aggregate' }) });
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderInWorkspace(ReportPage, { path: '/campaigns/c1/report', pattern: '/campaigns/$campaignId/report' });
    expect(await screen.findByText('Opens are counted, not kept per learner')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opened: 9, see who' })).not.toBeInTheDocument();
    expect(screen.getByText('opens counted')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Department' }));
    expect((await screen.findAllByText('unknown')).length).toBe(2);
  });

  it('says when the campaign has not been launched yet', async () => {
    const empty = { ...REPORT, campaign: { ...REPORT.campaign, status: 'draft' }, funnel: funnel(0, 0, 0, 0, 0, 0, 0, 0, 0), goal: { enrolments: null, enrolled: 0, progress: null } };
    const { fetch } = fakeFetch({ 'GET /v1/campaigns/c1/report': () => json(200, empty) });
    vi.stubGlobal('fetch', fetch);
    renderInWorkspace(ReportPage, { path: '/campaigns/c1/report', pattern: '/campaigns/$campaignId/report' });
    expect(await screen.findByRole('heading', { name: 'The campaign has not been launched yet' })).toBeInTheDocument();
    expect(screen.getByText(/No enrolment goal is set for this campaign/)).toBeInTheDocument();
    // Nothing to export from an empty report.
    expect(screen.queryByRole('button', { name: 'Export the report (CSV)' })).not.toBeInTheDocument();
  });

  it('keeps the last figures when a refresh fails, with a banner to retry', async () => {
    let calls = 0;
    const { fetch } = fakeFetch({ 'GET /v1/campaigns/c1/report': () => (++calls === 1 ? json(200, REPORT) : json(500, { error: { code: 'INTERNAL', message: 'Down' } })) });
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderInWorkspace(ReportPage, { path: '/campaigns/c1/report', pattern: '/campaigns/$campaignId/report' });
    await screen.findByRole('heading', { level: 1, name: 'Report: Spring feedback' });
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('The figures could not be refreshed: those shown are from the last successful load.')).toBeInTheDocument();
    // The figures stay: the goal, the funnel's clicked tile (5 of 20 targeted, one decimal).
    expect(screen.getByText('2 of 4 enrolments (50%)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clicked: 5, see who' })).toHaveTextContent('25% of targeted');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
