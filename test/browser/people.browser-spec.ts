import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { bearer, type TestWorkspace } from '../support/test-app';
import { waitUntil } from '../support/test-worker';
import { checkScreen, ConsoleHarness } from './support/browser';
import { AppShellPage } from './pages/app-shell.page';
import { InvitationPage } from './pages/invitation.page';
import { SignInPage } from './pages/sign-in.page';
import { UsersPage } from './pages/users.page';

// Written against the people API's contract (accounts, invitations, sessions); they run once that
// API is in this checkout (src/modules/people).
const peopleApi = existsSync(join(__dirname, '..', '..', 'src', 'modules', 'people'));
const describePeople = peopleApi ? describe : describe.skip;

const PASSWORD = 'correct horse battery staple';

describePeople('Console: people journeys', () => {
  let h: ConsoleHarness;
  let outbox: string;

  beforeAll(async () => {
    outbox = mkdtempSync(join(tmpdir(), 'clarion-console-outbox-'));
    h = await ConsoleHarness.start({ OUTBOX_DIR: outbox });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(outbox, { recursive: true, force: true });
  });

  /** Invites `email` through the API with the workspace's admin key; the invitation link from the email. */
  async function inviteByApi(ws: TestWorkspace, email: string, role = 'admin'): Promise<string> {
    await h.t.http().post('/v1/users').set(...bearer(ws.key)).send({ email, role }).expect(201);
    let link = '';
    await waitUntil(`the invitation email to ${email}`, async () => {
      for (const file of readdirSync(outbox).filter((f) => f.endsWith('.eml'))) {
        const mail = await simpleParser(readFileSync(join(outbox, file)));
        const to = JSON.stringify(mail.to ?? '');
        const match = /\/invitations\/[A-Za-z0-9_\-.~%]+/.exec(`${mail.text ?? ''} ${mail.html || ''}`);
        if (to.includes(email) && match) {
          link = match[0];
          return true;
        }
      }
      return false;
    });
    return link;
  }

  it('invited admin: accepts, lands on Learners, invites a viewer, switches language, signs out and back in', async () => {
    const ws = await h.t.createWorkspace();
    const email = `dlm-${ws.slug}@example.test`;
    const link = await inviteByApi(ws, email);

    const context = await h.newContext('en');
    const page = await context.newPage();
    const invitation = new InvitationPage(page);
    await invitation.open(link);
    await checkScreen(page, 'accept-invitation');
    await invitation.acceptAsNewUser('Dana Leclerc', PASSWORD);

    const shell = new AppShellPage(page);
    await shell.pageTitle('Learners').waitFor();
    await checkScreen(page, 'learners');

    await shell.go('Settings');
    const users = new UsersPage(page);
    await page.getByRole('heading', { level: 2, name: 'Users & roles' }).waitFor();
    await users.membersTable().getByText('Dana Leclerc').waitFor();
    await users.invite(`viewer-${ws.slug}@example.test`, 'Viewer');
    await users.pendingTable().getByText(`viewer-${ws.slug}@example.test`).waitFor();
    await checkScreen(page, 'users-admin');

    await page.getByRole('radio', { name: 'Français' }).check({ force: true });
    await page.getByRole('navigation').getByRole('link', { name: 'Apprenants' }).waitFor();
    // Saved on the user: a new session in another browser speaks French too.
    await waitUntil('the language saved on the user', async () => {
      const session = (await page.evaluate(() => fetch('/v1/auth/session').then((r) => r.json()))) as { user: { locale: string } };
      return session.user.locale === 'fr';
    });

    await shell.signOut();
    const signIn = new SignInPage(page);
    await signIn.heading().waitFor();
    await signIn.signIn(email, 'not the password');
    await signIn.alert().getByText('E-mail ou mot de passe incorrect.').waitFor();
    await signIn.signIn(email, PASSWORD);
    await shell.pageTitle('Apprenants').waitFor();
    await context.close();
  });

  it('viewer: sees the users read-only, with no write button', async () => {
    const ws = await h.t.createWorkspace();
    const email = `viewer-${ws.slug}@example.test`;
    const link = await inviteByApi(ws, email, 'viewer');
    const context = await h.newContext('en', 'phone');
    const page = await context.newPage();
    const invitation = new InvitationPage(page);
    await invitation.open(link);
    await invitation.acceptAsNewUser('Victor Viewer', PASSWORD);
    await new AppShellPage(page).pageTitle('Learners').waitFor();
    const users = new UsersPage(page);
    await users.open();
    await users.membersTable().getByText('Victor Viewer').waitFor();
    expect(await users.inviteButton().count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await checkScreen(page, 'users-viewer');
    await context.close();
  });

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
    await checkScreen(page, 'sign-in-throttled');
    await context.close();
  });
});
