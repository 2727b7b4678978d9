import { SmtpSink } from './support/smtp-sink';
import { engineEnv, TestWorker } from './support/test-worker';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

const TEMPLATE = {
  name: 'Branded',
  channel: 'email',
  purpose: 'invitation',
  phase: 'before',
  variants: {
    en: {
      subject: 'Hi {{learner.firstName}}',
      preheader: 'From {{brand.name}}',
      body: '<mj-section><mj-column><mj-text>Hello {{learner.firstName}}</mj-text>{{> button url=links.enrol label="Enrol"}}</mj-column></mj-section>',
    },
  },
};

describe('Brand kits', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let acme: TestWorkspace;
  let globex: TestWorkspace;
  let templateId: string;

  let worker: TestWorker;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start(engineEnv({ SMTP_URL: sink.url, SCHEDULER_ENABLED: 'false' }));
    worker = await TestWorker.start(t.config);
    acme = await t.createWorkspace('Acme Learning');
    globex = await t.createWorkspace('Globex University');
    templateId = (await t.http().post('/v1/templates').set(...bearer(acme.keys.editor)).send(TEMPLATE).expect(201)).body.id;
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await sink.stop();
  });

  const create = (payload: object, key = acme.keys.editor) => t.http().post('/v1/brand-kits').set(...bearer(key)).send(payload);
  const patch = (id: string, payload: object, key = acme.keys.editor) => t.http().patch(`/v1/brand-kits/${id}`).set(...bearer(key)).send(payload);
  const preview = () => t.http().post(`/v1/templates/${templateId}/preview`).set(...bearer(acme.keys.viewer)).send({});

  it('renders with Clarion’s default look before any kit exists', async () => {
    const res = await preview().expect(200);
    expect(res.body.html).toContain('#1f4e8c');
    expect(res.body.preheader).toBe('From Learning Academy');
  });

  let mainKit: string;
  it('creates the first kit as the default, with default colours filled in', async () => {
    const res = await create({
      name: 'Acme Academy',
      colors: { primary: '#aa0033' },
      logoUrl: 'https://cdn.acme.example/logo.png',
      logoAlt: 'Acme Academy logo',
      senderName: 'Acme Academy',
      senderEmail: 'Academy@Acme.example',
      replyTo: 'learning-team@acme.example',
      legalMention: 'Acme SA, 12 rue de la Paix, 75002 Paris',
    }).expect(201);
    mainKit = res.body.id;
    expect(res.body).toMatchObject({ isDefault: true, version: 1, senderEmail: 'academy@acme.example', colors: { primary: '#aa0033', accent: '#f2a900' } });
  });

  it('restyles every email: colours, logo with its alt text, legal mention, sender', async () => {
    const res = await preview().expect(200);
    expect(res.body.html).toContain('#aa0033');
    expect(res.body.html).not.toContain('#1f4e8c');
    expect(res.body.html).toMatch(/<img[^>]+alt="Acme Academy logo"[^>]+src="https:\/\/cdn\.acme\.example\/logo\.png"|<img[^>]+src="https:\/\/cdn\.acme\.example\/logo\.png"[^>]+alt="Acme Academy logo"/);
    expect(res.body.html).toContain('Acme SA, 12 rue de la Paix, 75002 Paris');
    expect(res.body.preheader).toBe('From Acme Academy');

    const updated = await patch(mainKit, { colors: { primary: '#00aa55' }, legalMention: 'Acme SAS' }).expect(200);
    expect(updated.body).toMatchObject({ version: 2, colors: { primary: '#00aa55', accent: '#f2a900' } });
    const after = await preview().expect(200);
    expect(after.body.html).toContain('#00aa55');
    expect(after.body.html).not.toContain('#aa0033');
    expect(after.body.html).toContain('Acme SAS');
  });

  it('sends test emails from the kit’s sender, with its reply-to', async () => {
    await t.http().post(`/v1/templates/${templateId}/test-send`).set(...bearer(acme.keys.editor)).send({ to: ['dlm@acme.example'] }).expect(200);
    const [mail] = await sink.waitFor(1);
    expect(mail.parsed.from?.value[0]).toEqual({ name: 'Acme Academy', address: 'academy@acme.example' });
    expect(mail.parsed.replyTo?.value[0].address).toBe('learning-team@acme.example');
    expect(mail.parsed.html).toContain('#00aa55');
  });

  it('moves the default to another kit, and previews with a named kit', async () => {
    const second = await create({ name: 'Sales Academy', senderName: 'Sales Academy', senderEmail: 'sales@acme.example', colors: { primary: '#123456' } }).expect(201);
    expect(second.body.isDefault).toBe(false);
    const named = await t.http().post(`/v1/templates/${templateId}/preview`).set(...bearer(acme.keys.viewer)).send({ brandKitId: second.body.id }).expect(200);
    expect(named.body.html).toContain('#123456');

    await patch(second.body.id, { isDefault: true }).expect(200);
    const kits = await t.http().get('/v1/brand-kits').set(...bearer(acme.keys.viewer)).expect(200);
    expect(kits.body.items.filter((k: { isDefault: boolean }) => k.isDefault).map((k: { name: string }) => k.name)).toEqual(['Sales Academy']);
    expect((await preview().expect(200)).body.html).toContain('#123456');
  });

  it.each([
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', colors: { primary: 'red' } }, 'colors.primary'],
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', logoUrl: 'javascript:alert(1)' }, 'logoUrl'],
    [{ name: 'X', senderName: 'X', senderEmail: 'not an address' }, 'senderEmail'],
    [{ name: 'X', senderName: 'X\r\nBcc: y@z.example', senderEmail: 'x@acme.example' }, 'senderName'],
    [{ name: 'X', senderName: 'X\u0007', senderEmail: 'x@acme.example' }, 'senderName'],
    [{ name: 'X', senderName: 'X', senderEmail: '"x\r\nBcc: y"@acme.example' }, 'senderEmail'],
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', replyTo: '"x\nBcc: y"@acme.example' }, 'replyTo'],
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', fontFamily: 'Arial; } body { display:none' }, 'fontFamily'],
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', colors: { pink: '#ffc0cb' } }, 'colors.pink'],
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', translations: [{ locale: 'english', footerText: 'x' }] }, 'translations[0].locale'],
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', translations: [{ footerText: 'x' }] }, 'translations[0].locale'],
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', translations: [{ locale: 'en', senderName: 'X\r\nBcc: y@z.example' }] }, 'translations[0].senderName'],
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', translations: [{ locale: 'en', senderEmail: 'y@z.example' }] }, 'translations[0].senderEmail'],
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', translations: [{ locale: 'en', footerText: 'a' }, { locale: 'en', legalMention: 'b' }] }, 'translations'],
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', translations: { en: { footerText: 'a' } } }, 'translations'],
    [{ name: 'X', senderName: 'X', senderEmail: 'x@acme.example', translations: null }, 'translations'],
  ])('refuses bad input naming the field (%#)', async (payload, path) => {
    const res = await create(payload).expect(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('writes the kit’s text in each language, tidied, and previews each language with its own', async () => {
    // The workspace writes English: the kit's own values are English, French comes as a translation.
    const kit = await create({
      name: 'Bilingual',
      senderName: 'Academy',
      senderEmail: 'academy@acme.example',
      footerText: 'Footer',
      legalMention: 'Acme Ltd',
      translations: [{ locale: 'fr', senderName: ' Académie ', footerText: 'Pied de page', legalMention: '' }, { locale: 'de', footerText: '   ' }],
    }).expect(201);
    // Blank values and entries left with nothing are not kept.
    expect(kit.body.translations).toEqual([{ locale: 'fr', senderName: 'Académie', footerText: 'Pied de page' }]);
    const bilingual = await t.http().post('/v1/templates').set(...bearer(acme.keys.editor)).send({
      ...TEMPLATE,
      name: 'Bilingual',
      variants: { ...TEMPLATE.variants, fr: { subject: 'Bonjour', preheader: 'De la part de {{brand.senderName}}', body: TEMPLATE.variants.en.body } },
    }).expect(201);
    const previewIn = (locale: string) =>
      t.http().post(`/v1/templates/${bilingual.body.id}/preview`).set(...bearer(acme.keys.viewer)).send({ brandKitId: kit.body.id, locale }).expect(200);
    const fr = await previewIn('fr');
    expect(fr.body.html).toContain('Pied de page');
    expect(fr.body.html).not.toContain('Footer');
    expect(fr.body.html).toContain('Acme Ltd'); // no French legal mention: the workspace's stands in
    expect(fr.body.preheader).toBe('De la part de Académie');
    expect((await previewIn('en')).body.html).toContain('Footer');

    const cleared = await patch(kit.body.id, { translations: [] }).expect(200);
    expect(cleared.body).toMatchObject({ translations: [], version: 2 });
    expect((await previewIn('fr')).body.html).toContain('Footer');
  });

  it('stores an uploaded logo and serves it from its own URL to any mail client; refuses what is not a PNG, JPEG, GIF or WebP', async () => {
    // A real 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const kit = await create({ name: 'With a logo', senderName: 'Logo', senderEmail: 'logo@acme.example' }).expect(201);
    const upload = (bytes: Buffer, type: string, key = acme.keys.editor) =>
      t.http().post(`/v1/brand-kits/${kit.body.id}/logo`).set(...bearer(key)).set('Content-Type', type).send(bytes);

    const res = await upload(png, 'image/png').expect(200);
    expect(res.body).toMatchObject({ version: 2, logoUrl: expect.stringMatching(/^http:\/\/localhost:3000\/media\/[0-9a-f-]{36}\.png$/) });
    const path = new URL(res.body.logoUrl).pathname;
    const image = await t.http().get(path).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(Buffer.compare(image.body as Buffer, png)).toBe(0);
    expect(image.headers).toMatchObject({ 'content-type': 'image/png', 'cache-control': 'public, max-age=31536000, immutable', 'cross-origin-resource-policy': 'cross-origin' });
    const preview = await t.http().post(`/v1/templates/${templateId}/preview`).set(...bearer(acme.keys.viewer)).send({ brandKitId: kit.body.id }).expect(200);
    expect(preview.body.html).toContain(`src="${res.body.logoUrl}"`);

    const svg = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml').expect(422);
    expect(svg.body.error).toMatchObject({ code: 'BRAND_KIT.NOT_AN_IMAGE', details: [{ path: 'file', message: expect.stringContaining('image/svg+xml') }] });
    expect((await upload(Buffer.from('<!doctype html><script>alert(1)</script>'), 'image/png').expect(422)).body.error.code).toBe('BRAND_KIT.NOT_AN_IMAGE');
    expect((await upload(Buffer.concat([png, Buffer.alloc(1024 * 1024)]), 'image/png').expect(413)).body.error.code).toBe('REQUEST.TOO_LARGE');
    await upload(png, 'image/png', acme.keys.viewer).expect(403);
    await t.http().post(`/v1/brand-kits/${kit.body.id}/logo`).set(...bearer(globex.keys.editor)).set('Content-Type', 'image/png').send(png).expect(404);
    await t.http().get('/media/00000000-0000-4000-8000-000000000000.png').expect(404);
    await t.http().get('/media/..%2Fetc%2Fpasswd').expect(404);
    // The kit can be written back with the logo address Clarion gave it (localhost here).
    await patch(kit.body.id, { logoUrl: res.body.logoUrl, logoAlt: 'Acme' }).expect(200);
    // Nothing refused was stored: the kit kept its logo.
    expect((await t.http().get(`/v1/brand-kits/${kit.body.id}`).set(...bearer(acme.keys.viewer)).expect(200)).body).toMatchObject({ version: 3, logoUrl: res.body.logoUrl });
  });

  it('refuses a duplicate name with 409', async () => {
    const res = await create({ name: 'Acme Academy', senderName: 'A', senderEmail: 'a@acme.example' }).expect(409);
    expect(res.body.error.code).toBe('BRAND_KIT.NAME_TAKEN');
  });

  it('keeps kits to their workspace and writes to admin, editor and planner', async () => {
    await t.http().get(`/v1/brand-kits/${mainKit}`).set(...bearer(globex.keys.viewer)).expect(404);
    await patch(mainKit, { name: 'Stolen' }, globex.key).expect(404);
    await t.http().post(`/v1/templates/${templateId}/preview`).set(...bearer(acme.keys.viewer)).send({ brandKitId: (await create({ name: 'G', senderName: 'G', senderEmail: 'g@globex.example' }, globex.key).expect(201)).body.id }).expect(404);
    await create({ name: 'By viewer', senderName: 'V', senderEmail: 'v@acme.example' }, acme.keys.viewer).expect(403);
    await create({ name: 'By planner', senderName: 'P', senderEmail: 'p@acme.example' }, acme.keys.planner).expect(201);
  });
});
