import { MailHeaderError } from '../../infrastructure/mail/mail-transport';
import { PermanentDeliveryError, TransientDeliveryError } from './delivery.errors';

// SMTP replies that mean the mailbox does not exist or never will: the address is suppressed.
const HARD_BOUNCE_CODES = new Set([550, 551, 553]);

/** Whether a permanent email failure is a hard bounce (the address goes on the suppression list). */
export function isHardBounce(error: PermanentDeliveryError): boolean {
  return error.status !== undefined && HARD_BOUNCE_CODES.has(error.status);
}

/**
 * Sorts what nodemailer threw into "try again later" (SMTP 4xx, connection trouble, timeouts, a
 * full disk for the outbox) and "never" (SMTP 5xx, a message we refuse to build).
 */
export function classifyEmailError(error: unknown): TransientDeliveryError | PermanentDeliveryError {
  if (error instanceof TransientDeliveryError || error instanceof PermanentDeliveryError) return error;
  if (error instanceof MailHeaderError) return new PermanentDeliveryError(error.message, { code: 'MAIL_HEADER' });
  const e = error as { responseCode?: number; code?: string; message?: string };
  const message = firstLine(e.message);
  if (typeof e.responseCode === 'number') {
    const code = `SMTP_${e.responseCode}`;
    if (e.responseCode >= 500) return new PermanentDeliveryError(message, { code, status: e.responseCode });
    return new TransientDeliveryError(message, { code, status: e.responseCode });
  }
  return new TransientDeliveryError(message, { code: e.code ?? 'MAIL_ERROR' });
}

function firstLine(text: string | undefined): string {
  return (text ?? 'unknown error').split('\n')[0].slice(0, 500);
}
