import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { mailbox } from '../../infrastructure/mail/mail-headers';
import { MailTransport, recipientRefusal } from '../../infrastructure/mail/mail-transport';
import type { Role } from '../../common/enums';
import { invitationEmail, passwordResetEmail } from './account-emails';
import { UserErrors } from './people.errors';
import type { UserLocale } from './user.entity';

/**
 * Account emails (invitations, password resets), sent through the same transport as every
 * Clarion email (pooled SMTP, or .eml files in OUTBOX_DIR), from MAIL_FROM.
 */
@Injectable()
export class AccountMailer {
  constructor(
    private readonly mail: MailTransport,
    private readonly config: AppConfig,
  ) {}

  /** The console's link for an invitation token. */
  invitationLink(token: string): string {
    return `${this.config.publicBaseUrl}/invitations/${token}`;
  }

  resetLink(token: string): string {
    return `${this.config.publicBaseUrl}/reset-password?token=${token}`;
  }

  async sendInvitation(input: { to: string; locale: UserLocale; workspaceName: string; timeZone: string; role: Role; invitedBy: string | null; token: string; expiresAt: Date }): Promise<void> {
    const email = invitationEmail({ ...input, link: this.invitationLink(input.token) });
    await this.send(input.to, email, 'invitation');
  }

  async sendPasswordReset(input: { to: string; name: string; locale: UserLocale; token: string }): Promise<void> {
    const email = passwordResetEmail({ ...input, link: this.resetLink(input.token) });
    await this.send(input.to, email, 'password-reset');
  }

  private async send(to: string, email: { subject: string; html: string; text: string }, kind: string): Promise<void> {
    await this.mail
      .send({
        from: mailbox(this.config.mailFrom.name, this.config.mailFrom.address),
        to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        // Account mail is a service message: no unsubscribe link, never tracked.
        headers: { 'X-Clarion-Account-Email': kind, 'Auto-Submitted': 'auto-generated' },
      })
      .catch((error: unknown) => {
        const refusal = recipientRefusal(error);
        throw refusal ? UserErrors.recipientRefused(to, refusal) : error;
      });
  }
}
