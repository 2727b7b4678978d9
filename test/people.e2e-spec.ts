import { Role } from '../src/common/enums';
import { PasswordHasher } from '../src/modules/people/password-hasher';
import { UsersService } from '../src/modules/people/users.service';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service';
import { SmtpSink } from './support/smtp-sink';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';
import { waitUntil } from './support/test-worker';

const CONSOLE = 'https://console.acme.example';
const PASSWORD = 'a long passphrase of mine';

/** A signed-in browser: its cookie and the session's CSRF token. */
interface Browser {
  cookie: string;
  csrf: string;
  userId: string;
}

describe('People: invitations, sign-in, sessions, CSRF, roles', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let acme: TestWorkspace;
  let ipCounter = 0;
  // Each test signs in from its own address, so the per-address throttle of one never meets another's.
  const freshIp = () => `203.0.113.${++ipCounter}`;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ SMTP_URL: sink.url, PUBLIC_BASE_URL: CONSOLE, MAIL_FROM: 'Clarion <no-reply@acme.example>' });
    acme = await t.createWorkspace('Acme Learning');
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  /** The invitation link's token from the last email sent to `email`. */
  async function invitationToken(email: string): Promise<{ token: string; subject: string; text: string; html: string }> {
    await waitUntil(`an invitation email to ${email}`, async () => sink.to(email).length > 0, 10_000);
    const mail = sink.to(email).at(-1)!;
    const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? '')?.[1];
    if (!token) throw new Error(`no invitation link in: ${mail.parsed.text}`);
    return { token, subject: mail.parsed.subject ?? '', text: mail.parsed.text ?? '', html: String(mail.parsed.html) };
  }

  function sessionCookie(res: { headers: Record<string, string | string[] | undefined> }): string {
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const value = cookies.find((c) => c.startsWith('clarion_session='));
    if (!value) throw new Error(`no session cookie in ${JSON.stringify(cookies)}`);
    return value.split(';')[0];
  }

  /** Invites `email` with `role` into `ws` (as the admin key), accepts as a new account: signed in. */
  async function member(ws: TestWorkspace, email: string, role: Role, name = 'Alex Martin'): Promise<Browser> {
    sink.received.splice(0);
    await t.http().post('/v1/users').set(...bearer(ws.key)).send({ email, role }).expect(201);
    const { token } = await invitationToken(email);
    const res = await t.http().post(`/v1/auth/invitations/${token}/accept`).send({ name, password: PASSWORD }).expect(200);
    return { cookie: sessionCookie(res), csrf: res.body.csrfToken, userId: res.body.user.id };
  }

  function signIn(email: string, password = PASSWORD, ip = freshIp()) {
    return t.http().post('/v1/auth/sign-in').set('X-Forwarded-For', ip).send({ email, password });
  }

  /** Headers of a console request: the cookie, the workspace, and for writes Origin + CSRF token. */
  function as(b: Browser, workspaceId: string | null, write = false): Record<string, string> {
    return {
      Cookie: b.cookie,
      ...(workspaceId ? { 'X-Clarion-Workspace': workspaceId } : {}),
      ...(write ? { Origin: CONSOLE, 'X-CSRF-Token': b.csrf } : {}),
    };
  }

  it('invites by email (the link works once), then the session acts in the workspace named by the header', async () => {
    const invited = await t.http().post('/v1/users').set(...bearer(acme.key)).send({ email: 'Camille.Durand@acme.example', role: 'planner', name: 'Camille Durand', locale: 'fr' }).expect(201);
    expect(invited.body).toMatchObject({ email: 'Camille.Durand@acme.example', role: 'planner', status: 'invited', lastSignInAt: null });

    const mail = await invitationToken('camille.durand@acme.example');
    expect(mail.subject).toBe('Invitation à rejoindre Acme Learning sur Clarion');
    expect(mail.text).toContain(`${CONSOLE}/invitations/${mail.token}`);
    expect(mail.text).toContain('planificateur');
    expect(sink.to('camille.durand@acme.example').at(-1)!.envelope.from).toBe('no-reply@acme.example');
    // Only the token's hash is stored.
    const [stored] = await t.dataSource.query(`SELECT token_hash FROM invitations WHERE lower(email) = 'camille.durand@acme.example'`);
    expect(stored.token_hash).not.toContain(mail.token);

    const shown = await t.http().get(`/v1/auth/invitations/${mail.token}`).expect(200);
    expect(shown.body).toMatchObject({ email: 'Camille.Durand@acme.example', workspace: { id: acme.id, name: 'Acme Learning' }, role: 'planner', accountExists: false, suggestedName: 'Camille Durand' });
    expect(shown.body.invitedBy).toBe('First admin key');
    expect(new Date(shown.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);

    const accepted = await t.http().post(`/v1/auth/invitations/${mail.token}/accept`).send({ password: PASSWORD }).expect(200);
    expect(accepted.body).toMatchObject({ user: { email: 'Camille.Durand@acme.example', name: 'Camille Durand', locale: 'fr' }, workspaces: [{ id: acme.id, name: 'Acme Learning', slug: acme.slug, role: 'planner' }] });
    const camille: Browser = { cookie: sessionCookie(accepted), csrf: accepted.body.csrfToken, userId: accepted.body.user.id };
    await t.http().post(`/v1/auth/invitations/${mail.token}/accept`).send({ password: PASSWORD }).expect(410);
    expect((await t.http().get(`/v1/auth/invitations/${mail.token}`).expect(410)).body.error.code).toBe('INVITATION.ACCEPTED');

    const session = await t.http().get('/v1/auth/session').set(as(camille, null)).expect(200);
    expect(session.body.csrfToken).toBe(camille.csrf);
    const ws = await t.http().get('/v1/workspace').set(as(camille, acme.id)).expect(200);
    expect(ws.body.id).toBe(acme.id);
    // A planner writes learners with the cookie (CSRF token and Origin given).
    await t.http().post('/v1/learners').set(as(camille, acme.id, true)).send({ externalId: 'E-1', email: 'e1@acme.example' }).expect(201);

    const missing = await t.http().get('/v1/workspace').set(as(camille, null)).expect(400);
    expect(missing.body.error.code).toBe('AUTH.WORKSPACE_REQUIRED');
    const other = await t.createWorkspace('Globex');
    for (const header of [other.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await t.http().get('/v1/workspace').set(as(camille, header)).expect(403);
      expect(res.body.error.code).toBe('AUTH.NOT_A_MEMBER');
    }

    const people = await t.http().get('/v1/users').set(as(camille, acme.id)).expect(200);
    expect(people.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: camille.userId, status: 'active', role: 'planner', name: 'Camille Durand' })]));
    expect(people.body.items[0].lastSignInAt).not.toBeNull();
  });

  it('an invitation carries its language: the email, the link\'s page and a new account share it', async () => {
    const ws = await t.createWorkspace('Langues');
    await t.http().patch('/v1/workspace').set(...bearer(ws.key)).send({ defaultLocale: 'fr-FR' }).expect(200);

    // Chosen when inviting: wins over the workspace's French.
    await t.http().post('/v1/users').set(...bearer(ws.key)).send({ email: 'robin@acme.example', role: 'editor', locale: 'en' }).expect(201);
    const english = await invitationToken('robin@acme.example');
    expect(english.subject).toBe('Invitation to join Langues on Clarion');
    expect((await t.http().get(`/v1/auth/invitations/${english.token}`).expect(200)).body.locale).toBe('en');
    const robin = await t.http().post(`/v1/auth/invitations/${english.token}/accept`).send({ name: 'Robin', password: PASSWORD }).expect(200);
    expect(robin.body.user.locale).toBe('en');

    // Not chosen: the workspace's default, for the email and for the account alike.
    await t.http().post('/v1/users').set(...bearer(ws.key)).send({ email: 'lou@acme.example', role: 'viewer' }).expect(201);
    const french = await invitationToken('lou@acme.example');
    expect(french.subject).toBe('Invitation à rejoindre Langues sur Clarion');
    expect((await t.http().get(`/v1/auth/invitations/${french.token}`).expect(200)).body.locale).toBe('fr');
    const lou = await t.http().post(`/v1/auth/invitations/${french.token}/accept`).send({ name: 'Lou', password: PASSWORD }).expect(200);
    expect(lou.body.user.locale).toBe('fr');

    // Someone who has an account already: theirs, whatever the inviter chose.
    const other = await t.createWorkspace('Autre');
    await t.http().post('/v1/users').set(...bearer(other.key)).send({ email: 'robin@acme.example', role: 'viewer', locale: 'fr' }).expect(201);
    const again = await invitationToken('robin@acme.example');
    expect(again.subject).toBe('Invitation to join Autre on Clarion');
    expect((await t.http().get(`/v1/auth/invitations/${again.token}`).expect(200)).body).toMatchObject({ accountExists: true, locale: 'en' });
  });

  it('pages through members and pending invitations by email', async () => {
    const ws = await t.createWorkspace('Paging');
    for (const email of ['d@acme.example', 'B@acme.example', 'a@acme.example', 'c@acme.example', 'e@acme.example']) {
      await t.http().post('/v1/users').set(...bearer(ws.key)).send({ email, role: 'viewer' }).expect(201);
    }
    await member(ws, 'bb@acme.example', Role.Editor);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ email: string }>; nextCursor: string | null } } = await t
        .http()
        .get('/v1/users')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(...bearer(ws.keys.viewer))
        .expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((p) => p.email));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['a@acme.example', 'B@acme.example', 'bb@acme.example', 'c@acme.example', 'd@acme.example', 'e@acme.example']);
  });

  it('lets a viewer member read but not write (403), as for a viewer key', async () => {
    const viewer = await member(acme, 'viewer.person@acme.example', Role.Viewer);
    await t.http().get('/v1/learners').set(as(viewer, acme.id)).expect(200);
    const refused = await t.http().post('/v1/learners').set(as(viewer, acme.id, true)).send({ externalId: 'E-2', email: 'e2@acme.example' }).expect(403);
    expect(refused.body.error.code).toBe('AUTH.ROLE_FORBIDDEN');
    await t.http().post('/v1/users').set(as(viewer, acme.id, true)).send({ email: 'x@acme.example', role: 'viewer' }).expect(403);
  });

  it('refuses cookie writes without the CSRF token or from a foreign origin; accepts them with both', async () => {
    const admin = await member(acme, 'csrf.admin@acme.example', Role.Admin);
    const write = (headers: Record<string, string>) => t.http().post('/v1/api-keys').set({ Cookie: admin.cookie, 'X-Clarion-Workspace': acme.id, ...headers }).send({ name: 'From the console', role: 'viewer' });

    const noToken = await write({ Origin: CONSOLE }).expect(403);
    expect(noToken.body.error.code).toBe('AUTH.CSRF');
    expect((await write({ Origin: CONSOLE, 'X-CSRF-Token': `${admin.csrf.slice(0, -1)}x` }).expect(403)).body.error.code).toBe('AUTH.CSRF');
    expect((await write({ Origin: 'https://evil.example', 'X-CSRF-Token': admin.csrf }).expect(403)).body.error.code).toBe('AUTH.CSRF');
    expect((await write({ Referer: 'https://evil.example/page', 'X-CSRF-Token': admin.csrf }).expect(403)).body.error.code).toBe('AUTH.CSRF');
    expect((await write({ Origin: 'null', 'X-CSRF-Token': admin.csrf }).expect(403)).body.error.code).toBe('AUTH.CSRF');
    expect((await write({ 'X-CSRF-Token': admin.csrf }).expect(403)).body.error.code).toBe('AUTH.CSRF');
    expect(await t.dataSource.query(`SELECT 1 FROM api_keys WHERE name = 'From the console'`)).toEqual([]);

    await write({ Origin: CONSOLE, 'X-CSRF-Token': admin.csrf }).expect(201);
    await write({ Referer: `${CONSOLE}/settings/keys`, 'X-CSRF-Token': admin.csrf }).expect(201);
    // The request's own host is our origin too (the console served by this api under another name).
    const host = await write({ Host: 'clarion.internal:8080', Origin: 'http://clarion.internal:8080', 'X-CSRF-Token': admin.csrf });
    expect(host.status).toBe(201);
    // Reads need no token.
    await t.http().get('/v1/api-keys').set(as(admin, acme.id)).expect(200);
  });

  it('refuses a sign-in posted from another site\'s page (login CSRF); scripts send no Origin and pass', async () => {
    await member(acme, 'login.csrf@acme.example', Role.Viewer);
    const foreign = await t.http().post('/v1/auth/sign-in').set({ Origin: 'https://evil.example', 'X-Forwarded-For': freshIp() }).send({ email: 'login.csrf@acme.example', password: PASSWORD }).expect(403);
    expect(foreign.body.error.code).toBe('AUTH.CSRF');
    expect(foreign.headers['set-cookie']).toBeUndefined();
    await t.http().post('/v1/auth/sign-in').set({ Origin: CONSOLE, 'X-Forwarded-For': freshIp() }).send({ email: 'login.csrf@acme.example', password: PASSWORD }).expect(200);
  });

  it('keeps the API key path as it was; a key wins over a cookie sent with it', async () => {
    await t.http().get('/v1/workspace').set(...bearer(acme.keys.viewer)).expect(200);
    await t.http().post('/v1/learners').set(...bearer(acme.keys.planner)).send({ externalId: 'K-1', email: 'k1@acme.example' }).expect(201);
    expect((await t.http().get('/v1/workspace').expect(401)).body.error.code).toBe('AUTH.MISSING_KEY');

    const admin = await member(acme, 'both.admin@acme.example', Role.Admin);
    // Admin cookie + viewer key: the viewer key decides (403), and no CSRF check applies to keys.
    const res = await t.http().post('/v1/api-keys').set({ Cookie: admin.cookie, 'X-Clarion-Workspace': acme.id, ...Object.fromEntries([bearer(acme.keys.viewer)]) }).send({ name: 'x', role: 'viewer' }).expect(403);
    expect(res.body.error.code).toBe('AUTH.ROLE_FORBIDDEN');
    await t.http().post('/v1/api-keys').set({ Cookie: admin.cookie, ...Object.fromEntries([bearer(acme.key)]) }).send({ name: 'Key wins', role: 'viewer' }).expect(201);
    // Routes for people refuse keys.
    expect((await t.http().get('/v1/auth/session').set(...bearer(acme.key)).expect(401)).body.error.code).toBe('AUTH.SESSION_REQUIRED');
  });

  it('throttles sign-in: the 6th failure in a row is 429 with Retry-After; a success forgives the email', async () => {
    await member(acme, 'throttled@acme.example', Role.Viewer);
    const ip = freshIp();
    for (let i = 0; i < 5; i++) expect((await signIn('throttled@acme.example', 'wrong password!', ip).expect(401)).body.error.code).toBe('AUTH.INVALID_CREDENTIALS');
    const blocked = await signIn('throttled@acme.example', 'wrong password!', ip).expect(429);
    expect(blocked.body.error.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // Even the right password waits, from any address: the email is throttled.
    await signIn('throttled@acme.example', PASSWORD, freshIp()).expect(429);

    await member(acme, 'forgiven@acme.example', Role.Viewer);
    for (let i = 0; i < 4; i++) await signIn('Forgiven@acme.example', 'wrong password!').expect(401);
    await signIn('forgiven@acme.example').expect(200);
    for (let i = 0; i < 5; i++) await signIn('forgiven@acme.example', 'wrong password!').expect(401);
    await signIn('forgiven@acme.example', 'wrong password!').expect(429);
  });

  it('throttles one client address after 20 failures whatever the emails, and answers unknown emails like wrong passwords', async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) {
      const res = await signIn(`nobody${i}@acme.example`, 'wrong password!', ip).expect(401);
      expect(res.body.error.code).toBe('AUTH.INVALID_CREDENTIALS');
    }
    const blocked = await signIn('nobody-else@acme.example', 'wrong password!', ip).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('resets a password by email: the link works once, and every old session ends', async () => {
    const person = await member(acme, 'forgetful@acme.example', Role.Editor, 'Dominique Petit');
    const other = await signIn('forgetful@acme.example').expect(200);
    sink.received.splice(0);

    // Unknown address: the same answer, and no email.
    const unknown = await t.http().post('/v1/auth/password-reset').send({ email: 'nobody@acme.example' }).expect(202);
    const known = await t.http().post('/v1/auth/password-reset').send({ email: 'Forgetful@acme.example' }).expect(202);
    expect(known.body).toEqual(unknown.body);
    await waitUntil('the reset email', async () => sink.to('forgetful@acme.example').length === 1, 10_000);
    const mail = sink.to('forgetful@acme.example')[0].parsed;
    expect(mail.subject).toBe('Reset your Clarion password');
    const token = new RegExp(`${CONSOLE.replace(/\./g, '\\.')}/reset-password\\?token=([A-Za-z0-9_-]{43})`).exec(mail.text ?? '')?.[1];
    expect(token).toBeDefined();
    expect(sink.to('nobody@acme.example')).toEqual([]);

    const weak = await t.http().post('/v1/auth/password-reset/confirm').send({ token, password: 'short' }).expect(400);
    expect(weak.body.error.details).toEqual([expect.objectContaining({ path: 'password' })]);
    const email = await t.http().post('/v1/auth/password-reset/confirm').send({ token, password: 'forgetful@acme.example' }).expect(400);
    expect(email.body.error.details[0]).toMatchObject({ path: 'password', message: expect.stringContaining('email') });

    await t.http().post('/v1/auth/password-reset/confirm').send({ token, password: 'my brand new passphrase' }).expect(204);
    const again = await t.http().post('/v1/auth/password-reset/confirm').send({ token, password: 'yet another passphrase' }).expect(400);
    expect(again.body.error.code).toBe('AUTH.INVALID_RESET_TOKEN');

    await t.http().get('/v1/auth/session').set('Cookie', person.cookie).expect(401);
    await t.http().get('/v1/auth/session').set('Cookie', sessionCookie(other)).expect(401);
    await signIn('forgetful@acme.example').expect(401);
    await signIn('forgetful@acme.example', 'my brand new passphrase').expect(200);
  });

  it('refuses an expired reset link', async () => {
    await member(acme, 'late@acme.example', Role.Viewer);
    sink.received.splice(0);
    await t.http().post('/v1/auth/password-reset').send({ email: 'late@acme.example' }).expect(202);
    await waitUntil('the reset email', async () => sink.to('late@acme.example').length === 1, 10_000);
    const token = /token=([A-Za-z0-9_-]{43})/.exec(sink.to('late@acme.example')[0].parsed.text ?? '')![1];
    await t.dataSource.query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE email = 'late@acme.example')`);
    await t.http().post('/v1/auth/password-reset/confirm').send({ token, password: 'my brand new passphrase' }).expect(400);
  });

  it('answers 410 for an expired invitation; inviting again replaces the link; a pending invitation can be withdrawn', async () => {
    sink.received.splice(0);
    const first = await t.http().post('/v1/users').set(...bearer(acme.key)).send({ email: 'slow@acme.example', role: 'editor' }).expect(201);
    const { token: old } = await invitationToken('slow@acme.example');
    await t.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [first.body.id]);
    expect((await t.http().get(`/v1/auth/invitations/${old}`).expect(410)).body.error.code).toBe('INVITATION.EXPIRED');
    await t.http().post(`/v1/auth/invitations/${old}/accept`).send({ name: 'Slow', password: PASSWORD }).expect(410);

    sink.received.splice(0);
    const second = await t.http().post('/v1/users').set(...bearer(acme.key)).send({ email: 'slow@acme.example', role: 'viewer' }).expect(201);
    expect(second.body.id).toBe(first.body.id);
    const { token: fresh } = await invitationToken('slow@acme.example');
    expect(fresh).not.toBe(old);
    await t.http().get(`/v1/auth/invitations/${old}`).expect(404);
    expect((await t.http().get(`/v1/auth/invitations/${fresh}`).expect(200)).body.role).toBe('viewer');

    const listed = await t.http().get('/v1/users').set(...bearer(acme.key)).expect(200);
    expect(listed.body.items.filter((p: { email: string }) => p.email === 'slow@acme.example')).toEqual([expect.objectContaining({ status: 'invited', role: 'viewer' })]);
    await t.http().delete(`/v1/users/${second.body.id}`).set(...bearer(acme.key)).expect(204);
    await t.http().get(`/v1/auth/invitations/${fresh}`).expect(404);
    await t.http().get('/v1/auth/invitations/garbage').expect(404);
  });

  it('lets an existing account join another workspace with its own password', async () => {
    const person = await member(acme, 'two.hats@acme.example', Role.Editor, 'Two Hats');
    const globex = await t.createWorkspace('Globex University');
    sink.received.splice(0);
    await t.http().post('/v1/users').set(...bearer(globex.key)).send({ email: 'TWO.HATS@acme.example', role: 'admin' }).expect(201);
    const { token } = await invitationToken('two.hats@acme.example');
    expect((await t.http().get(`/v1/auth/invitations/${token}`).expect(200)).body.accountExists).toBe(true);
    await t.http().post(`/v1/auth/invitations/${token}/accept`).set('X-Forwarded-For', freshIp()).send({ password: 'not my password' }).expect(401);
    const res = await t.http().post(`/v1/auth/invitations/${token}/accept`).set('X-Forwarded-For', freshIp()).send({ password: PASSWORD }).expect(200);
    expect(res.body.user.id).toBe(person.userId);
    expect(res.body.workspaces.map((w: { name: string; role: string }) => `${w.name}:${w.role}`)).toEqual(['Acme Learning:editor', 'Globex University:admin']);
    await t.http().post('/v1/users').set(...bearer(globex.key)).send({ email: 'two.hats@acme.example', role: 'viewer' }).expect(409);
  });

  it('never leaves a workspace without an admin member, whatever admin keys remain', async () => {
    const service = t.app.get(WorkspacesService);
    const { workspace, apiKey, key } = await service.createWorkspace({ name: 'Lonely admin' });
    const ws: TestWorkspace = { id: workspace.id, slug: workspace.slug, key, keys: { admin: key } as TestWorkspace['keys'] };
    const admin = await member(ws, 'lonely.admin@acme.example', Role.Admin);

    // Neither the person herself nor an admin key may demote or remove the only admin person.
    const demote = await t.http().patch(`/v1/users/${admin.userId}`).set(as(admin, ws.id, true)).send({ role: 'viewer' }).expect(409);
    expect(demote.body.error).toMatchObject({ code: 'USER.LAST_ADMIN', message: expect.stringContaining('only admin person') });
    await t.http().patch(`/v1/users/${admin.userId}`).set(...bearer(key)).send({ role: 'editor' }).expect(409);
    expect((await t.http().delete(`/v1/users/${admin.userId}`).set(as(admin, ws.id, true)).expect(409)).body.error.code).toBe('USER.LAST_ADMIN');
    expect((await t.http().delete(`/v1/users/${admin.userId}`).set(...bearer(key)).expect(409)).body.error.code).toBe('USER.LAST_ADMIN');
    expect((await t.http().get(`/v1/users`).set(...bearer(key)).expect(200)).body.items).toEqual([expect.objectContaining({ id: admin.userId, role: 'admin' })]);

    // The admin member is enough: the last admin key may go.
    const second = await member(ws, 'second.admin@acme.example', Role.Editor);
    await t.http().delete(`/v1/api-keys/${apiKey.id}`).set(...bearer(key)).expect(204);
    // With a second admin member, the first may step down, then the second may not.
    await t.http().patch(`/v1/users/${second.userId}`).set(as(admin, ws.id, true)).send({ role: 'admin' }).expect(200);
    expect((await t.http().patch(`/v1/users/${admin.userId}`).set(as(admin, ws.id, true)).send({ role: 'viewer' }).expect(200)).body.role).toBe('viewer');
    expect((await t.http().delete(`/v1/users/${second.userId}`).set(as(second, ws.id, true)).expect(409)).body.error.code).toBe('USER.LAST_ADMIN');
  });

  it('refuses to revoke the last admin key of a workspace with no admin member', async () => {
    const service = t.app.get(WorkspacesService);
    const { workspace, apiKey, key } = await service.createWorkspace({ name: 'Keys only' });
    expect((await t.http().delete(`/v1/api-keys/${apiKey.id}`).set(...bearer(key)).expect(409)).body.error.code).toBe('API_KEY.LAST_ADMIN');
    const { key: second } = await service.createApiKey(workspace.id, 'Robot admin', Role.Admin);
    await t.http().delete(`/v1/api-keys/${apiKey.id}`).set(...bearer(second)).expect(204);
  });

  it('keeps one admin member when two admin members demote each other at the same moment', async () => {
    const users = t.app.get(UsersService);
    const service = t.app.get(WorkspacesService);
    for (let round = 0; round < 5; round++) {
      // The workspace's admin key stays: it does not count as an admin person.
      const { workspace, key } = await service.createWorkspace({ name: `Race ${round}` });
      const ws: TestWorkspace = { id: workspace.id, slug: workspace.slug, key, keys: { admin: key } as TestWorkspace['keys'] };
      const a = await member(ws, `race${round}a@acme.example`, Role.Admin);
      const b = await member(ws, `race${round}b@acme.example`, Role.Admin);
      const outcomes = await Promise.allSettled([users.changeRole(ws.id, a.userId, Role.Viewer), users.remove(ws.id, b.userId)]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const [{ admins }] = await t.dataSource.query(`SELECT count(*)::int AS admins FROM memberships WHERE workspace_id = $1 AND role = 'admin'`, [ws.id]);
      expect(admins).toBe(1);
    }
  });

  it('signs out: the session row is deleted, the cookie cleared, and the old cookie refused', async () => {
    const person = await member(acme, 'leaving@acme.example', Role.Viewer);
    // Signing out is a write: it needs the CSRF token like any other.
    await t.http().post('/v1/auth/sign-out').set(as(person, null)).expect(403);
    const out = await t.http().post('/v1/auth/sign-out').set(as(person, null, true)).expect(204);
    const cleared = ([] as string[]).concat(out.headers['set-cookie'] ?? []).find((c) => c.startsWith('clarion_session='))!;
    expect(cleared).toMatch(/^clarion_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await t.http().get('/v1/auth/session').set('Cookie', person.cookie).expect(401)).body.error.code).toBe('AUTH.SESSION_ENDED');
    await t.http().get('/v1/workspace').set(as(person, acme.id)).expect(401);
    expect(await t.dataSource.query(`SELECT 1 FROM sessions WHERE user_id = $1`, [person.userId])).toEqual([]);
  });

  it('ends a session idle for 12 hours, or 30 days old; use slides the idle timeout', async () => {
    const person = await member(acme, 'idle@acme.example', Role.Viewer);
    await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '11 hours' WHERE user_id = $1`, [person.userId]);
    await t.http().get('/v1/auth/session').set('Cookie', person.cookie).expect(200);
    const [{ idle }] = await t.dataSource.query(`SELECT extract(epoch FROM now() - last_seen_at)::int AS idle FROM sessions WHERE user_id = $1`, [person.userId]);
    expect(idle).toBeLessThan(60);
    await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '12 hours 1 minute' WHERE user_id = $1`, [person.userId]);
    await t.http().get('/v1/auth/session').set('Cookie', person.cookie).expect(401);

    const again = await signIn('idle@acme.example').expect(200);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [person.userId]);
    await t.http().get('/v1/auth/session').set('Cookie', sessionCookie(again)).expect(401);
    // Dead sessions are deleted at the next sign-in (anyone's past their end; the person's idle ones).
    const dead = (await t.dataSource.query(`SELECT id FROM sessions WHERE user_id = $1`, [person.userId])).map((r: { id: string }) => r.id);
    expect(dead.length).toBeGreaterThan(0);
    await signIn('idle@acme.example').expect(200);
    await waitUntil('dead sessions deleted', async () => (await t.dataSource.query(`SELECT 1 FROM sessions WHERE id = ANY($1)`, [dead])).length === 0, 10_000);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ and Secure (the console is on https)', async () => {
    await member(acme, 'cookie@acme.example', Role.Viewer);
    const res = await signIn('cookie@acme.example').expect(200);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('clarion_session='))!;
    const attributes = cookie.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', 'secure']));
    expect(attributes.find((a) => a.startsWith('max-age='))).toBe(`max-age=${30 * 24 * 3600}`);
    // The cookie's value is not stored: only its hash is the session id.
    const value = cookie.split(';')[0].split('=')[1];
    expect(await t.dataSource.query(`SELECT 1 FROM sessions WHERE id = $1`, [value])).toEqual([]);
  });

  it('changes name, language and password (the current one required); other sessions end, this one stays', async () => {
    const person = await member(acme, 'profile@acme.example', Role.Viewer, 'Profile Person');
    const other = await signIn('profile@acme.example').expect(200);
    const me = (body: Record<string, unknown>) => t.http().patch('/v1/auth/me').set(as(person, null, true)).send(body);

    expect((await me({ name: 'Profile P.', locale: 'fr' }).expect(200)).body).toMatchObject({ id: person.userId, email: 'profile@acme.example', name: 'Profile P.', locale: 'fr' });
    expect((await me({ newPassword: 'another long passphrase' }).expect(400)).body.error.details[0].path).toBe('currentPassword');
    expect((await me({ currentPassword: 'wrong password!', newPassword: 'another long passphrase' }).expect(400)).body.error.code).toBe('AUTH.WRONG_PASSWORD');
    expect((await me({ currentPassword: PASSWORD, newPassword: 'tiny' }).expect(400)).body.error.details[0].path).toBe('newPassword');
    await me({ currentPassword: PASSWORD, newPassword: 'another long passphrase' }).expect(200);

    await t.http().get('/v1/auth/session').set('Cookie', person.cookie).expect(200);
    await t.http().get('/v1/auth/session').set('Cookie', sessionCookie(other)).expect(401);
    await signIn('profile@acme.example', 'another long passphrase').expect(200);
  });

  it('leaves the language of an account made without an invitation unchosen (the browser decides) until the person picks one', async () => {
    // As the demo makes its DLM: no language forced on them.
    const ws = await t.app.get(WorkspacesService).createWorkspace({ name: 'Demo Unchosen', defaultLocale: 'fr-FR', timeZone: 'Europe/Paris' });
    const hash = await t.app.get(PasswordHasher).hash(PASSWORD);
    await t.app.get(UsersService).provisionMember(ws.workspace.id, { email: 'demo-dlm@acme.example', name: 'Dana Demo', role: Role.Admin, passwordHash: hash });
    const signedIn = await signIn('demo-dlm@acme.example').expect(200);
    expect(signedIn.body.user.locale).toBeNull();
    const person: Browser = { cookie: sessionCookie(signedIn), csrf: signedIn.body.csrfToken, userId: signedIn.body.user.id };

    // Their emails meanwhile speak their workspace's language.
    sink.received.splice(0);
    await t.http().post('/v1/auth/password-reset').send({ email: 'demo-dlm@acme.example' }).expect(202);
    await waitUntil('the reset email', async () => sink.to('demo-dlm@acme.example').length === 1, 10_000);
    expect(sink.to('demo-dlm@acme.example')[0].parsed.subject).toBe('Réinitialiser votre mot de passe Clarion');

    // An explicit choice is kept, and the demo run again does not undo it.
    await t.http().patch('/v1/auth/me').set(as(person, null, true)).send({ locale: 'en' }).expect(200);
    await t.app.get(UsersService).provisionMember(ws.workspace.id, { email: 'demo-dlm@acme.example', name: 'Dana Demo', role: Role.Admin, passwordHash: hash });
    expect((await t.http().get('/v1/auth/session').set('Cookie', person.cookie).expect(200)).body.user.locale).toBe('en');
  });

  it('names the field of every bad input (400)', async () => {
    const details = (res: { body: { error: { code: string; details: Array<{ path: string }> } } }) => res.body.error.details.map((d) => d.path);
    expect(details(await t.http().post('/v1/auth/sign-in').send({ email: 'not an email', password: 'x' }).expect(400))).toEqual(['email']);
    expect(details(await t.http().post('/v1/auth/sign-in').send({ email: 'a@acme.example' }).expect(400))).toContain('password');
    expect(details(await t.http().post('/v1/users').set(...bearer(acme.key)).send({ email: 'ok@acme.example', role: 'owner' }).expect(400))).toEqual(['role']);
    expect(details(await t.http().post('/v1/users').set(...bearer(acme.key)).send({ email: 'Bob <bob@acme.example>', role: 'viewer' }).expect(400))).toEqual(['email']);
    expect(details(await t.http().post('/v1/users').set(...bearer(acme.key)).send({ email: 'ok@acme.example', role: 'viewer', locale: 'de' }).expect(400))).toEqual(['locale']);
    expect(details(await t.http().patch(`/v1/users/${acme.id}`).set(...bearer(acme.key)).send({ role: 'boss' }).expect(400))).toEqual(['role']);
    await t.http().patch(`/v1/users/${acme.id}`).set(...bearer(acme.key)).send({ role: 'viewer' }).expect(404);

    sink.received.splice(0);
    await t.http().post('/v1/users').set(...bearer(acme.key)).send({ email: 'newcomer@acme.example', role: 'viewer' }).expect(201);
    const { token } = await invitationToken('newcomer@acme.example');
    expect(details(await t.http().post(`/v1/auth/invitations/${token}/accept`).send({ name: 'New', password: 'short' }).expect(400))).toEqual(['password']);
    expect(details(await t.http().post(`/v1/auth/invitations/${token}/accept`).send({ password: PASSWORD }).expect(400))).toEqual(['name']);
    expect(details(await t.http().post(`/v1/auth/invitations/${token}/accept`).send({ name: 'New', password: 'x'.repeat(201) }).expect(400))).toEqual(['password']);
    await t.http().post(`/v1/auth/invitations/${token}/accept`).send({ name: 'New', password: PASSWORD }).expect(200);
  });
});
