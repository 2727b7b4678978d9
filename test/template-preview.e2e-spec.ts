import { DateTime } from 'luxon';
import { seedLearners } from './support/engine-fixture';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const flat = (text: string) => text.replace(/\s+/g, ' ');
const section = (text: string) => `<mj-section>\n<mj-column>\n<mj-text>${text}</mj-text>\n</mj-column>\n</mj-section>`;

describe('Previews as the engine will send: drafts as one types, and as a learner of a campaign', () => {
  let t: TestApp;
  let ws: TestWorkspace;
  let campaignId: string;
  let learners: Record<string, string>;
  const startsAt = DateTime.fromISO('2031-03-04T09:00:00', { zone: 'Europe/Paris' });

  beforeAll(async () => {
    t = await TestApp.start();
    ws = await t.createWorkspace('Acme Previews');
    await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ defaultLocale: 'fr' }).expect(200);
    await t
      .http()
      .post('/v1/brand-kits')
      .set(...bearer(ws.key))
      .send({ name: 'Académie', senderName: 'Académie', senderEmail: 'academie@acme.example', footerText: 'Pied de page Acme', translations: [{ locale: 'en', footerText: 'Acme footer' }] })
      .expect(201);
    const course = await t
      .http()
      .post('/v1/courses')
      .set(...bearer(ws.key))
      .send({ title: 'Manager à distance', modality: 'blended', description: 'Deux matinées.', translations: [{ locale: 'en', title: 'Remote management', description: 'Two mornings.' }] })
      .expect(201);
    const session = await t
      .http()
      .post(`/v1/courses/${course.body.id}/sessions`)
      .set(...bearer(ws.key))
      .send({ startsAt: startsAt.toISO(), endsAt: startsAt.plus({ hours: 3 }).toISO(), timeZone: 'Europe/Paris', location: 'Lyon, salle Confluence' })
      .expect(201);
    const campaign = await t
      .http()
      .post('/v1/campaigns')
      .set(...bearer(ws.key))
      .send({ name: 'Printemps', courseId: course.body.id, sessionId: session.body.id, sponsor: { name: 'Isabelle Roche', title: 'DRH', quote: 'Apprendre, c’est avancer.' } })
      .expect(201);
    campaignId = campaign.body.id;
    learners = await seedLearners(t.dataSource, ws.id, [
      { externalId: 'tokyo', firstName: 'Hiro', locale: 'en', timeZone: 'Asia/Tokyo' },
      { externalId: 'lyon', firstName: 'Camille', locale: 'fr-FR', timeZone: 'Europe/Paris' },
    ]);
  });
  afterAll(() => t.close());

  const render = (payload: object, key = ws.keys.editor) => t.http().post('/v1/templates/render').set(...bearer(key)).send(payload);
  const body = section('{{learner.firstName}} · {{course.title}} · {{course.description}} · {{formatDateTime session.startsAt}} · {{session.location}} · Le mot {{de sponsor.name}}');
  const draft = (text: string) => ({ channel: 'email', variants: { fr: { subject: '{{course.title}}', preheader: 'p', body: text }, en: { subject: '{{course.title}}', preheader: 'p', body: text } } });

  it('answers a draft’s problems at their line with a 200, then its rendering once they are fixed', async () => {
    const typo = await render(draft(section('Bonjour {{learner.fristName}}'))).expect(200);
    expect(typo.body).toMatchObject({ locale: null, html: null, subject: null });
    expect(typo.body.errors).toEqual(
      expect.arrayContaining([
        {
          path: 'variants.fr.body',
          message: 'line 3: unknown variable "learner.fristName" (did you mean "learner.firstName"?)',
          // The code and its values, for a console that says it in French.
          code: 'SOURCE.UNKNOWN_VARIABLE_SUGGESTED',
          params: { name: 'learner.fristName', suggestion: 'learner.firstName', line: 3 },
        },
      ]),
    );
    const unclosed = await render(draft(section('{{#if learner.site}}Lyon'))).expect(200);
    expect(unclosed.body.errors[0].message).toBe('line 3: the {{#if}} opened on line 3 is never closed; add {{/if}} where it ends');

    const fixed = await render({ ...draft(section('Bonjour {{learner.firstName}}')), locale: 'fr' }).expect(200);
    expect(fixed.body).toMatchObject({ errors: [], variables: ['course.title', 'learner.firstName'], locale: 'fr', subject: 'Manager à l’ère hybride' });
    expect(fixed.body.html).toContain('Bonjour Camille');
  });

  it('renders as a learner of a campaign receives it: course in their language, session in their zone, sponsor, brand kit', async () => {
    const tokyo = await render({ ...draft(body), campaignId, learnerId: learners.tokyo }).expect(200);
    expect(tokyo.body).toMatchObject({ errors: [], locale: 'en', subject: 'Remote management' });
    // 09:00 in Paris is 17:00 in Tokyo.
    expect(flat(tokyo.body.text)).toContain('Hiro · Remote management · Two mornings. · Tuesday 4 March at 17:00 · Lyon, salle Confluence · Le mot Isabelle Roche');
    expect(tokyo.body.html).toContain('Acme footer');

    const lyon = await render({ ...draft(body), campaignId, learnerId: learners.lyon }).expect(200);
    expect(flat(lyon.body.text)).toContain('Camille · Manager à distance · Deux matinées. · mardi 4 mars à 09:00 · Lyon, salle Confluence · Le mot d’Isabelle Roche');
    expect(lyon.body.html).toContain('Pied de page Acme');

    // Asked in French, the Tokyo learner's message is the French variant, still in their zone.
    const asked = await render({ ...draft(body), campaignId, learnerId: learners.tokyo, locale: 'fr' }).expect(200);
    expect(flat(asked.body.text)).toContain('Hiro · Manager à distance · Deux matinées. · mardi 4 mars à 17:00');

    // A saved version previews the same way.
    const saved = await t.http().post('/v1/templates').set(...bearer(ws.keys.editor)).send({ name: 'Invitation', purpose: 'invitation', phase: 'before', ...draft(body) }).expect(201);
    const preview = await t.http().post(`/v1/templates/${saved.body.id}/preview`).set(...bearer(ws.keys.viewer)).send({ campaignId, learnerId: learners.tokyo }).expect(200);
    expect(preview.body.text).toBe(tokyo.body.text);
  });

  it('finds whom to preview as among the campaign’s audience, or its ambassadors, by name or email', async () => {
    const get = (id: string, query: object) => t.http().get(`/v1/campaigns/${id}/audience`).query(query).set(...bearer(ws.keys.viewer));
    const names = (res: { body: { items: Array<{ firstName: string }> } }) => res.body.items.map((m) => m.firstName);
    // No segment: the whole workspace is the audience.
    expect(names(await get(campaignId, {}).expect(200))).toEqual(expect.arrayContaining(['Hiro', 'Camille']));
    // Narrowed to a segment, only its members are offered; the ambassadors are the campaign's own.
    const segment = await t.http().post('/v1/segments').set(...bearer(ws.key)).send({ name: 'Tokyo', rule: { field: 'externalId', op: 'starts_with', value: 'tokyo' } }).expect(201);
    const { courseId, sessionId } = (await t.http().get(`/v1/campaigns/${campaignId}`).set(...bearer(ws.key)).expect(200)).body;
    const narrowed = await t
      .http()
      .post('/v1/campaigns')
      .set(...bearer(ws.key))
      .send({ name: 'Tokyo only', courseId, sessionId, includeSegmentIds: [segment.body.id], ambassadorIds: [learners.lyon] })
      .expect(201);
    expect(names(await get(narrowed.body.id, {}).expect(200))).toEqual(['Hiro']);
    expect(names(await get(narrowed.body.id, { q: 'cami' }).expect(200))).toEqual([]);
    expect(names(await get(narrowed.body.id, { who: 'ambassadors', q: 'cami' }).expect(200))).toEqual(['Camille']);
    // Wildcards are searched as written.
    expect(names(await get(campaignId, { q: '%' }).expect(200))).toEqual([]);
    const bad = await get(campaignId, { who: 'everyone', limit: 500 }).expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['limit', 'who']);
  });

  it('previews a brand kit being edited: its colours, logo and words in each language, before it is saved', async () => {
    const brand = { colors: { primary: '#123abc' }, logoUrl: 'https://cdn.acme.example/new-logo.png', logoAlt: 'Nouveau logo', footerText: 'Pied de page en cours', translations: [{ locale: 'en', footerText: 'Footer being edited' }] };
    const en = await render({ ...draft('<mj-section><mj-column>{{> button url=links.enrol label="Go"}}</mj-column></mj-section>'), locale: 'en', brand }).expect(200);
    expect(en.body.errors).toEqual([]);
    expect(en.body.html).toContain('#123abc');
    expect(en.body.html).toContain('src="https://cdn.acme.example/new-logo.png"');
    expect(en.body.html).toContain('Footer being edited');
    const fr = await render({ ...draft(section('Bonjour')), locale: 'fr', brand }).expect(200);
    expect(fr.body.html).toContain('Pied de page en cours');
    // The saved kit is untouched: without the draft, its own footer.
    expect((await render({ ...draft(section('Bonjour')), locale: 'fr' }).expect(200)).body.html).toContain('Pied de page Acme');
    const bad = await render({ ...draft(section('x')), brand: { colors: { primary: 'red' }, logoUrl: 'javascript:alert(1)', senderEmail: 'x@y.example' } }).expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['brand.colors.primary', 'brand.logoUrl', 'brand.senderEmail']);
  });

  it('names what is missing or wrong', async () => {
    expect((await render({ ...draft(body), campaignId: '00000000-0000-4000-8000-000000000000' }).expect(404)).body.error.code).toBe('CAMPAIGN.NOT_FOUND');
    expect((await render({ ...draft(body), campaignId, learnerId: '00000000-0000-4000-8000-000000000000' }).expect(404)).body.error.code).toBe('LEARNER.NOT_FOUND');
    const bad = await render({ channel: 'fax', variants: 'hello', campaignId: 'x', version: 2 }).expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['campaignId', 'channel', 'variants', 'version']);
    await render(draft(body), ws.keys.viewer).expect(403);
    // Another workspace's campaign is not found.
    const other = await t.createWorkspace('Other');
    expect((await render({ ...draft(body), campaignId }, other.keys.editor).expect(404)).body.error.code).toBe('CAMPAIGN.NOT_FOUND');
  });
  it('tells an editor, by channel, the variables, helpers and partials a save accepts (every role may read it)', async () => {
    const email = await t.http().get('/v1/templates/vocabulary?channel=email').set(...bearer(ws.keys.viewer)).expect(200);
    expect(email.body.variables).toContainEqual({ path: 'learner.firstName', type: 'string' });
    expect(email.body.helpers).toContain('formatDateTime');
    expect(email.body.partials.map((p: { name: string }) => p.name).sort()).toEqual(['button', 'courseCard', 'sponsorQuote']);
    // What the vocabulary offers, a save accepts: a draft using every variable and helper renders.
    const uses = email.body.variables.map((v: { path: string }) => `{{${v.path}}}`).join(' ');
    expect((await render(draft(section(`${uses} {{formatDate session.startsAt}}`))).expect(200)).body.errors).toEqual([]);

    const post = await t.http().get('/v1/templates/vocabulary').query({ channel: 'post' }).set(...bearer(ws.key)).expect(200);
    expect(post.body.variables.map((v: { path: string }) => v.path)).not.toContain('learner.firstName');
    expect(post.body.partials).toEqual([]);
    const bad = await t.http().get('/v1/templates/vocabulary?channel=fax').set(...bearer(ws.key)).expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['channel']);
  });
});
