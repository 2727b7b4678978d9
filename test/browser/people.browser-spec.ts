import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { SmtpSink } from '../support/smtp-sink';
import { bearer, type TestWorkspace } from '../support/test-app';
import { waitUntil } from '../support/test-worker';
import { checkScreen, ConsoleHarness } from './support/browser';
import { Members, PASSWORD } from './support/members';
import { AppShellPage } from './pages/app-shell.page';
import { InvitationPage } from './pages/invitation.page';
import { SignInPage } from './pages/sign-in.page';
import { UsersPage } from './pages/users.page';

// Journeys through many screens (each: screenshots at two widths, axe twice) on a busy 2-core machine.
const LONG_JOURNEY_MS = 300_000;

/** What a page of the console gets when it calls the api itself, with its cookie, CSRF token and workspace. */
async function callApiFromPage(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; code?: string }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const storage = (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage;
      const session = (await fetch('/v1/auth/session').then((r) => r.json())) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: {
          'Content-Type': 'application/json',
          'X-CSRF-Token': session.csrfToken,
          'X-Clarion-Workspace': storage.getItem('clarion.workspace') ?? '',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
      return { status: response.status, code: json.error?.code };
    },
    { method, path, body },
  );
}

describe('Console: people journeys', () => {
  let h: ConsoleHarness;
  let sink: SmtpSink;
  let members: Members;

  beforeAll(async () => {
    // The real mail path: account emails go out over SMTP, to the harness's local server.
    h = await ConsoleHarness.start();
    sink = h.mail;
    members = new Members(h);
  });
  afterAll(() => h?.close());

  const invitationLink = (email: string, after = 0) => members.invitationLink(email, after);
  const inviteByApi = (ws: TestWorkspace, email: string, role = 'admin', locale?: 'en' | 'fr') => members.invite(ws, email, role, locale);

  async function peopleOf(ws: TestWorkspace): Promise<string[]> {
    const res = await h.t.http().get('/v1/users').set(...bearer(ws.key)).expect(200);
    return (res.body.items as Array<{ email: string }>).map((p) => p.email);
  }

  /** A new account made by accepting an invitation in a fresh browser; signed in on return. */
  async function newMember(ws: TestWorkspace, email: string, name: string, role: string, locale: 'en' | 'fr' = 'en', viewport: 'desktop' | 'phone' = 'desktop') {
    const member = await members.invited(ws, { email, name, role, locale, viewport });
    await new AppShellPage(member.page).pageTitle(locale === 'fr' ? 'Apprenants' : 'Learners').waitFor();
    return member;
  }

  it('invited admin: accepts, invites a viewer from the console, switches language, signs out and back in', async () => {
    const ws = await h.t.createWorkspace();
    const email = `dlm-${ws.slug}@example.test`;
    const link = await inviteByApi(ws, email);

    const context = await h.newContext('en');
    const page = await context.newPage();
    const invitation = new InvitationPage(page);
    await invitation.open(link);
    await checkScreen(page, 'accept-invitation-en');
    await invitation.acceptAsNewUser('Dana Leclerc', PASSWORD);

    const shell = new AppShellPage(page);
    await shell.pageTitle('Learners').waitFor();
    await checkScreen(page, 'learners');

    await shell.go('Settings');
    const users = new UsersPage(page);
    await page.getByRole('heading', { level: 2, name: 'Users & roles' }).waitFor();
    await users.membersTable().getByText('Dana Leclerc').waitFor();
    const viewer = `viewer-${ws.slug}@example.test`;
    await users.invite(viewer, 'Viewer', 'Français');
    await users.pendingTable().getByText(viewer).waitFor();
    await checkScreen(page, 'users-admin-en');
    // The console's invitation reaches the person by email, with its link, in the language chosen for
    // them; its page opens in it too, whatever the browser's.
    const viewerLink = await invitationLink(viewer);
    expect(viewerLink).toMatch(/^\/invitations\//);
    expect(sink.to(viewer).at(-1)!.parsed.subject).toMatch(/^Invitation à rejoindre/);
    const viewerContext = await h.newContext('en');
    const viewerPage = await viewerContext.newPage();
    await new InvitationPage(viewerPage).open(viewerLink);
    await viewerPage.getByRole('heading', { level: 1, name: 'Rejoindre l’espace de travail' }).waitFor();
    expect(await viewerPage.getAttribute('html', 'lang')).toBe('fr');
    await viewerContext.close();
    // The only admin person cannot step down: asked first, then refused with the reason.
    await users.membersTable().getByRole('combobox', { name: 'Role of Dana Leclerc' }).click();
    await page.getByRole('option', { name: 'Viewer' }).click();
    const ownRole = page.getByRole('dialog', { name: 'Change your own role?' });
    await ownRole.getByText('only another admin can give you the admin role back', { exact: false }).waitFor();
    await checkScreen(page, 'users-own-role-en');
    await ownRole.getByRole('button', { name: 'Switch to Viewer' }).click();
    await page.getByText('You are the only admin person of this workspace', { exact: false }).waitFor();
    expect(await users.membersTable().getByRole('combobox', { name: 'Role of Dana Leclerc' }).inputValue()).toBe('Admin');

    await shell.switchLanguage('Français');
    await page.getByRole('navigation').getByRole('link', { name: 'Apprenants' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Utilisateurs et rôles' }).waitFor();
    await checkScreen(page, 'users-admin-fr');
    // Saved on the user: a new session in another browser speaks French too.
    await waitUntil('the language saved on the user', async () => {
      const session = (await page.evaluate(() => fetch('/v1/auth/session').then((r) => r.json()))) as { user: { locale: string } };
      return session.user.locale === 'fr';
    });
    await shell.openProfile();
    await shell.pageTitle('Profil').waitFor();
    await checkScreen(page, 'profile-fr');

    await shell.signOut();
    const signIn = new SignInPage(page);
    await signIn.heading().waitFor();
    // The session is over on the server too, not only forgotten by the page.
    expect(await page.evaluate(() => fetch('/v1/auth/session').then((r) => r.status))).toBe(401);
    await signIn.signIn(email, 'not the password');
    await signIn.alert().getByText('E-mail ou mot de passe incorrect.').waitFor();
    await signIn.signIn(email, PASSWORD);
    await shell.pageTitle('Apprenants').waitFor();
    await context.close();
  }, LONG_JOURNEY_MS);

  it('viewer: sees the users read-only, with no write button, and the api refuses their writes', async () => {
    const ws = await h.t.createWorkspace();
    const email = `viewer-${ws.slug}@example.test`;
    const { context, page } = await newMember(ws, email, 'Victor Viewer', 'viewer', 'en', 'phone');
    const users = new UsersPage(page);
    await users.open();
    await users.membersTable().getByText('Victor Viewer').waitFor();
    expect(await users.inviteButton().count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: /^Role of/ }).count()).toBe(0);
    await checkScreen(page, 'users-viewer-en');

    // Hidden buttons are a courtesy: the api itself refuses a viewer's writes, with a valid session and token.
    const intruder = `intruder-${ws.slug}@example.test`;
    expect(await callApiFromPage(page, 'POST', '/v1/users', { email: intruder, role: 'admin' })).toEqual({ status: 403, code: 'AUTH.ROLE_FORBIDDEN' });
    expect(await callApiFromPage(page, 'POST', '/v1/learners', { externalId: 'E-1', email: 'learner@example.test' })).toEqual({
      status: 403,
      code: 'AUTH.ROLE_FORBIDDEN',
    });
    const me = (await h.t.http().get('/v1/users').set(...bearer(ws.key)).expect(200)).body.items.find((p: { email: string }) => p.email === email);
    expect(await callApiFromPage(page, 'PATCH', `/v1/users/${me.id}`, { role: 'admin' })).toEqual({ status: 403, code: 'AUTH.ROLE_FORBIDDEN' });
    expect(await peopleOf(ws)).not.toContain(intruder);
    expect(sink.to(intruder)).toHaveLength(0);
    expect((await h.t.http().get('/v1/users').set(...bearer(ws.key)).expect(200)).body.items.find((p: { email: string }) => p.email === email).role).toBe('viewer');
    await context.close();
  });

  it('one person in two workspaces: accepts with the existing account, switches workspace, with the role held in each', async () => {
    const acme = await h.t.createWorkspace('Acme Learning');
    const globex = await h.t.createWorkspace('Globex Academy');
    const email = `camille-${acme.slug}@example.test`;
    const { context, page } = await newMember(acme, email, 'Camille Durand', 'admin', 'fr');

    // A second invitation, to an address that has an account: its password, no new name.
    const link = await inviteByApi(globex, email, 'viewer');
    const invitation = new InvitationPage(page);
    await invitation.open(link);
    await page.getByText('Vous avez déjà un compte Clarion : saisissez son mot de passe.').waitFor();
    expect(await page.getByLabel(/^Nom/).count()).toBe(0);
    await checkScreen(page, 'accept-invitation-existing-fr');
    await invitation.acceptWithExistingAccount(PASSWORD);

    const shell = new AppShellPage(page);
    await shell.pageTitle('Apprenants').waitFor();
    expect(await shell.workspaceSwitch().inputValue()).toBe('Globex Academy');
    const users = new UsersPage(page);
    await users.open();
    await users.membersTable().getByText('Camille Durand').waitFor();
    expect(await users.inviteButton().count()).toBe(0);
    await checkScreen(page, 'shell-workspace-switch-fr');

    await shell.switchWorkspace('Acme Learning');
    await users.inviteButton().waitFor();
    expect(await shell.workspaceSwitch().inputValue()).toBe('Acme Learning');
    await page.setViewportSize({ width: 375, height: 740 });
    await shell.switchWorkspace('Globex Academy');
    await users.inviteButton().waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await shell.switchLanguage('English');
    await page.getByRole('heading', { level: 2, name: 'Users & roles' }).waitFor();
    await checkScreen(page, 'shell-workspace-switch-en');
    await context.close();
  });

  it('a page of another origin, posting with the cookie, is refused and writes nothing', async () => {
    const ws = await h.t.createWorkspace();
    const { context, page } = await newMember(ws, `admin-${ws.slug}@example.test`, 'Alex Admin', 'admin');
    const victim = `csrf-${ws.slug}@example.test`;
    // Same host, another port: another origin, but the same site, so the browser does send the
    // SameSite=Lax session cookie with the form's POST. Only the origin check and the token stop it.
    const forms: Record<string, string> = {
      '/invite': `<form method="post" action="${h.baseUrl}/v1/users"><input name="email" value="${victim}"><input name="role" value="admin"></form>`,
      '/sign-in': `<form method="post" action="${h.baseUrl}/v1/auth/sign-in"><input name="email" value="${victim}"><input name="password" value="${PASSWORD}"></form>`,
    };
    const evil: Server = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><title>A page elsewhere</title><body>${forms[req.url ?? ''] ?? ''}</body></html>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    const evilOrigin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
    try {
      const attacker = await context.newPage();
      // A write with the cookie: it reaches the session check, which refuses another origin's page.
      await attacker.goto(`${evilOrigin}/invite`);
      const [invite] = await Promise.all([
        attacker.waitForResponse((r) => r.url() === `${h.baseUrl}/v1/users`),
        attacker.evaluate('document.forms[0].submit()'),
      ]);
      // AUTH.CSRF, not a 401: the cookie went along, and the origin check refused it.
      const answer = (await invite.json()) as { error: { code: string } };
      expect({ status: invite.status(), code: answer.error.code }).toEqual({ status: 403, code: 'AUTH.CSRF' });

      // Login CSRF (signing the visitor in to another account): a form's body is not even read, so
      // it fails before the origin check; either way no session comes back.
      await attacker.goto(`${evilOrigin}/sign-in`);
      const [signIn] = await Promise.all([
        attacker.waitForResponse((r) => r.url() === `${h.baseUrl}/v1/auth/sign-in`),
        attacker.evaluate('document.forms[0].submit()'),
      ]);
      expect([400, 403]).toContain(signIn.status());
      expect(await signIn.headerValue('set-cookie')).toBeNull();

      expect(await peopleOf(ws)).not.toContain(victim);
      expect(sink.to(victim)).toHaveLength(0);
      // The console itself, same cookie, still works.
      const users = new UsersPage(page);
      await users.open();
      await users.membersTable().getByText('Alex Admin').waitFor();
    } finally {
      await new Promise((resolve) => evil.close(resolve));
      await context.close();
    }
  });

  it('forgotten password: the link arrives by email, a new password is chosen, sign-in works with it', async () => {
    const ws = await h.t.createWorkspace();
    const email = `forgetful-${ws.slug}@example.test`;
    const member = await newMember(ws, email, 'Flora Forgetful', 'editor');
    await member.context.close();

    const context = await h.newContext('fr');
    const page = await context.newPage();
    await page.goto('/forgot-password');
    await page.getByRole('heading', { level: 1, name: 'Réinitialiser le mot de passe' }).waitFor();
    await page.getByLabel(/^E-mail/).fill(email);
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await page.getByRole('status').getByText(`Si un compte existe pour ${email}`, { exact: false }).waitFor();
    await checkScreen(page, 'forgot-password-sent-fr');
    const link = await waitUntil(`the reset email to ${email}`, async () => {
      const mail = sink.to(email).find((m) => /reset-password\?token=/.test(m.parsed.text ?? ''));
      return /\/reset-password\?token=[A-Za-z0-9_\-.~%]+/.exec(mail?.parsed.text ?? '')?.[0] ?? false;
    });

    // The same screens in English, before the link is used.
    const english = await h.newContext('en');
    const enPage = await english.newPage();
    await enPage.goto('/forgot-password');
    await enPage.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await checkScreen(enPage, 'forgot-password-en');
    await enPage.goto(link);
    await enPage.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await checkScreen(enPage, 'reset-password-en');
    await english.close();

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    await checkScreen(page, 'reset-password-fr');
    await page.getByLabel(/^Nouveau mot de passe/).fill('a brand new passphrase');
    await page.getByLabel(/^Confirmez le mot de passe/).fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByRole('status').getByText('Votre mot de passe a été modifié.', { exact: false }).waitFor();
    await checkScreen(page, 'reset-password-done-fr');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const signIn = new SignInPage(page);
    await signIn.heading().waitFor();
    await signIn.signIn(email, 'a brand new passphrase');
    // The account speaks English (its invitation did): the console follows it once signed in.
    await new AppShellPage(page).pageTitle(/^(Learners|Apprenants)$/).waitFor();
    await context.close();
  }, LONG_JOURNEY_MS);

  it('sign-in: says when there were too many attempts', async () => {
    const context = await h.newContext('en');
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open();
    for (let attempt = 0; attempt < 30; attempt++) {
      await signIn.signIn('nobody@example.test', 'wrong password 123');
      const alert = signIn.alert();
      await alert.waitFor();
      if (/Too many attempts/.test(await alert.innerText())) break;
    }
    await signIn.alert().getByText(/Too many attempts\. Try again in \d+ minutes?\./).waitFor();
    await checkScreen(page, 'sign-in-throttled-en');
    await page.getByRole('radio', { name: 'Français' }).focus();
    await page.keyboard.press('Space');
    await signIn.signIn('nobody@example.test', 'wrong password 123');
    await signIn.alert().getByText(/Trop de tentatives\. Réessayez dans \d+ minutes?\./).waitFor();
    await checkScreen(page, 'sign-in-throttled-fr');
    await context.close();
  });
});
