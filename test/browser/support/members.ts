import type { BrowserContext, Page } from 'playwright-core';
import { PasswordHasher } from '../../../src/modules/people/password-hasher';
import { UsersService } from '../../../src/modules/people/users.service';
import { bearer, type TestWorkspace } from '../../support/test-app';
import { waitUntil } from '../../support/test-worker';
import { AppShellPage } from '../pages/app-shell.page';
import { InvitationPage } from '../pages/invitation.page';
import { SignInPage } from '../pages/sign-in.page';
import type { ConsoleHarness, ViewportName } from './browser';

/** Every person the journeys make signs in with this password. */
export const PASSWORD = 'correct horse battery staple';

export type Locale = 'en' | 'fr';

export interface SignedIn {
  context: BrowserContext;
  page: Page;
}

const INVITATION_PATH = /\/invitations\/[A-Za-z0-9_\-.~%]+/;

/**
 * How the journeys get a signed-in person, in one place: invited through the API and accepted in a
 * fresh browser (the real mail path: the link is read from the email), or made directly with a
 * password and signed in at the sign-in screen.
 */
export class Members {
  constructor(private readonly h: ConsoleHarness) {}

  /** The invitation link (path) of the latest email to `email` after the first `after` ones. */
  invitationLink(email: string, after = 0): Promise<string> {
    return waitUntil(`the invitation email to ${email}`, async () => {
      const mail = this.h.mail.to(email).slice(after).at(-1);
      if (!mail) return false;
      return INVITATION_PATH.exec(`${mail.parsed.text ?? ''} ${mail.parsed.html || ''}`)?.[0] ?? false;
    });
  }

  /** Invites `email` through the API with the workspace's admin key; the link from the email. */
  async invite(ws: TestWorkspace, email: string, role: string, locale?: Locale): Promise<string> {
    const before = this.h.mail.to(email).length;
    await this.h.t.http().post('/v1/users').set(...bearer(ws.key)).send({ email, role, locale }).expect(201);
    return this.invitationLink(email, before);
  }

  /** Opens `link` in a fresh browser and accepts as a new account; on the landing page (Learners) when it returns. */
  async accept(link: string, name: string, locale: Locale = 'en', viewport: ViewportName = 'desktop'): Promise<SignedIn> {
    const context = await this.h.newContext(locale, viewport);
    const page = await context.newPage();
    const invitation = new InvitationPage(page);
    await invitation.open(link);
    await invitation.acceptAsNewUser(name, PASSWORD);
    await new AppShellPage(page).pageTitle(/^(Learners|Apprenants)$/).waitFor();
    return { context, page };
  }

  /** Invited with `role` (in `locale`), accepted in a fresh browser in that language: signed in. */
  async invited(ws: TestWorkspace, person: { email: string; name: string; role: string; locale?: Locale; viewport?: ViewportName }): Promise<SignedIn> {
    const link = await this.invite(ws, person.email, person.role, person.locale);
    return this.accept(link, person.name, person.locale, person.viewport);
  }

  /** An account made directly (as the demo makes its DLM) with a password, signed in at the sign-in screen on its way to `path`. */
  async signedIn(ws: TestWorkspace, person: { email: string; name: string; role: string; locale: Locale; path: string }): Promise<SignedIn> {
    const passwordHash = await this.h.t.app.get(PasswordHasher).hash(PASSWORD);
    await this.h.t.app
      .get(UsersService)
      .provisionMember(ws.id, { email: person.email, name: person.name, locale: person.locale, role: person.role as never, passwordHash });
    const context = await this.h.newContext(person.locale);
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open(person.path);
    await signIn.signIn(person.email, PASSWORD);
    return { context, page };
  }
}
