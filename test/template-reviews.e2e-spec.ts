import { PLAIN_TEMPLATE } from './support/engine-fixture';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const body = (text: string) => `<mj-section><mj-column><mj-text>${text}</mj-text></mj-column></mj-section>`;
const variants = (text: string) => ({ en: { subject: 'Hello {{learner.firstName}}', preheader: 'Hi', body: body(text) } });

describe('Template library and approval', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let courseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    ws = await t.createWorkspace('Acme Reviews', { templateApproval: true });
    courseId = (await t.http().post('/v1/courses').set(...bearer(ws.key)).send({ title: 'Data literacy', modality: 'blended' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const as = (role: 'editor' | 'planner' | 'viewer') => ({
    post: (path: string, payload: object = {}) => t.http().post(path).set(...bearer(ws.keys[role as keyof typeof ws.keys])).send(payload),
    patch: (path: string, payload: object) => t.http().patch(path).set(...bearer(ws.keys[role as keyof typeof ws.keys])).send(payload),
    get: (path: string) => t.http().get(path).set(...bearer(ws.keys[role as keyof typeof ws.keys])),
  });
  const editor = as('editor');
  const planner = as('planner');
  const pin = (versionId: string) =>
    planner.post('/v1/campaigns', {
      name: `Pins ${versionId.slice(0, 8)}`,
      courseId,
      senderName: 'Learning',
      senderEmail: 'learning@acme.example',
      steps: [{ name: 'Invitation', phase: 'before', anchor: 'launch', offset: 'PT0M', channel: 'email', templateVersionId: versionId }],
    });

  it('asks for a review before a step pins a version: submit, ask for changes, submit again, approve; each step recorded with who and when', async () => {
    const created = await editor.post('/v1/templates', { ...PLAIN_TEMPLATE, name: 'Invitation', variants: variants('Hello') }).expect(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ latestStatus: 'draft', latest: { version: 1, status: 'draft' }, reviews: [] });

    const refused = await pin(created.body.latest.id).expect(422);
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({ path: 'steps[0].templateVersionId', message: 'version 1 of "Invitation" is not approved: the workspace asks for a review before a step uses a template' }),
    ]);

    // Only a version in review is decided on, and only by a planner or an admin.
    expect((await planner.post(`/v1/templates/${id}/versions/1/approve`).expect(409)).body.error.code).toBe('TEMPLATE.REVIEW_CONFLICT');
    expect((await editor.post(`/v1/templates/${id}/versions/1/submit`, { comment: 'Première version' }).expect(200)).body).toEqual({ status: 'in_review' });
    expect((await editor.post(`/v1/templates/${id}/versions/1/submit`).expect(409)).body.error.message).toBe('Version 1 is in review; it can be submitted only when draft or changes requested');
    await editor.post(`/v1/templates/${id}/versions/1/approve`).expect(403);
    await as('viewer').post(`/v1/templates/${id}/versions/1/submit`).expect(403);

    const noComment = await planner.post(`/v1/templates/${id}/versions/1/request-changes`, { comment: '  ' }).expect(400);
    expect(noComment.body.error.details).toEqual([expect.objectContaining({ path: 'comment' })]);
    expect((await planner.post(`/v1/templates/${id}/versions/1/request-changes`, { comment: 'Ajoutez la date de la session.' }).expect(200)).body).toEqual({ status: 'changes_requested' });

    const v2 = await editor.post(`/v1/templates/${id}/versions`, { variants: variants('Hello, the session starts {{formatDate session.startsAt}}') }).expect(201);
    expect(v2.body).toMatchObject({ version: 2, status: 'draft' });
    await editor.post(`/v1/templates/${id}/versions/2/submit`).expect(200);
    expect((await planner.post(`/v1/templates/${id}/versions/2/approve`, { comment: 'OK' }).expect(200)).body).toEqual({ status: 'approved' });
    await pin(v2.body.id).expect(201);
    await pin(created.body.latest.id).expect(422); // version 1 is still not approved

    const detail = await as('viewer').get(`/v1/templates/${id}`).expect(200);
    expect(detail.body.latestStatus).toBe('approved');
    expect(detail.body.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'approved'],
      [1, 'changes_requested'],
    ]);
    expect(detail.body.reviews.map((r: { version: number; action: string; actor: string; comment: string | null }) => [r.version, r.action, r.actor, r.comment])).toEqual([
      [2, 'approved', 'planner key', 'OK'],
      [2, 'submitted', 'editor key', null],
      [1, 'changes_requested', 'planner key', 'Ajoutez la date de la session.'],
      [1, 'submitted', 'editor key', 'Première version'],
    ]);
    expect(new Date(detail.body.reviews[0].createdAt).getTime()).toBeGreaterThanOrEqual(new Date(detail.body.reviews[3].createdAt).getTime());
  });

  it('installs the starter library approved, and approves on saving where the workspace asks for no review', async () => {
    await editor.post('/v1/templates/install-starters').expect(201);
    const starters = await editor.get('/v1/templates?q=teaser').expect(200);
    expect(starters.body.items[0]).toMatchObject({ starterKey: 'teaser', latestStatus: 'approved' });

    const open = await t.createWorkspace('Acme Open');
    const created = await t.http().post('/v1/templates').set(...bearer(open.keys.editor)).send(PLAIN_TEMPLATE).expect(201);
    expect(created.body).toMatchObject({ latestStatus: 'approved', reviews: [expect.objectContaining({ action: 'auto_approved', actor: 'editor key' })] });

    // Turning reviews on applies to what is saved next; turning them off lets steps pin any version.
    await t.http().patch('/v1/workspace').set(...bearer(open.key)).send({ templateApproval: true }).expect(200);
    const v2 = await t.http().post(`/v1/templates/${created.body.id}/versions`).set(...bearer(open.keys.editor)).send({ variants: variants('v2') }).expect(201);
    expect(v2.body.status).toBe('draft');
    const bad = await t.http().patch('/v1/workspace').set(...bearer(open.key)).send({ templateApproval: 'yes' }).expect(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: 'templateApproval', code: 'FIELD.WRONG_TYPE' })]);
  });

  it('renames, finds, duplicates, archives and restores templates, and says which campaigns use each', async () => {
    const created = await editor.post('/v1/templates', { ...PLAIN_TEMPLATE, name: 'Reminder', variants: variants('First words') }).expect(201);
    const id = created.body.id;
    await editor.post(`/v1/templates/${id}/versions/1/submit`).expect(200);
    await planner.post(`/v1/templates/${id}/versions/1/approve`).expect(200);
    const campaign = await pin(created.body.latest.id).expect(201);

    const renamed = await editor.patch(`/v1/templates/${id}`, { name: ' Enrolment reminder ', description: 'Sent a week before', purpose: 'enrolment_reminder' }).expect(200);
    expect(renamed.body).toMatchObject({ name: 'Enrolment reminder', description: 'Sent a week before', purpose: 'enrolment_reminder', latestVersion: 1, latestStatus: 'approved' });
    const bad = await editor.patch(`/v1/templates/${id}`, { name: '  ', phase: 'someday', channel: 'post' }).expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['channel', 'name', 'phase']);

    const found = await editor.get('/v1/templates?q=REMINDER%20').expect(200);
    expect(found.body.items.map((i: { name: string }) => i.name)).toContain('Enrolment reminder');
    expect((await editor.get('/v1/templates?q=100%25_').expect(200)).body.items).toEqual([]);
    expect(found.body.items.find((i: { id: string }) => i.id === id).usedBy).toEqual([{ id: campaign.body.id, name: campaign.body.name, status: 'draft' }]);

    const copy = await editor.post(`/v1/templates/${id}/duplicate`).expect(201);
    expect(copy.body).toMatchObject({ name: 'Enrolment reminder (copy)', latestStatus: 'draft', usedBy: [], latest: { variants: variants('First words') } });
    const named = await editor.post(`/v1/templates/${id}/duplicate`, { name: 'Reminder — autumn' }).expect(201);
    expect(named.body.name).toBe('Reminder — autumn');

    const archived = await editor.post(`/v1/templates/${id}/archive`).expect(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await editor.get('/v1/templates?q=reminder').expect(200)).body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await editor.get('/v1/templates?archived=true').expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await editor.post(`/v1/templates/${id}/versions`, { variants: variants('x') }).expect(409)).body.error.code).toBe('TEMPLATE.ARCHIVED');
    await editor.get('/v1/templates?archived=maybe').expect(400);

    await editor.post(`/v1/templates/${id}/unarchive`).expect(200);
    await editor.post(`/v1/templates/${id}/versions`, { variants: variants('Second words') }).expect(201);
    const restored = await editor.post(`/v1/templates/${id}/versions/1/restore`).expect(201);
    expect(restored.body).toMatchObject({ version: 3, status: 'draft', variants: variants('First words') });
    await editor.post(`/v1/templates/${id}/versions/9/restore`).expect(404);
    await as('viewer').post(`/v1/templates/${id}/archive`).expect(403);
  });
});
