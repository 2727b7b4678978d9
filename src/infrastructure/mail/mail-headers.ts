import type { MailAddress, MailMessage } from './mail-message';

/** A header value holding CR or LF: refused, never passed on (header injection). */
export class MailHeaderError extends Error {
  constructor(readonly header: string) {
    super(`Mail header "${header}" contains a line break`);
    this.name = 'MailHeaderError';
  }
}

const HEADER_NAME = /^[A-Za-z0-9-]+$/;

/** Throws MailHeaderError when a header-bound value holds CR or LF. */
export function assertHeadersSafe(message: MailMessage): void {
  const check = (header: string, value: string | null | undefined) => {
    if (value && /[\r\n]/.test(value)) throw new MailHeaderError(header);
  };
  const checkAddress = (header: string, value: string | MailAddress) => {
    if (typeof value === 'string') return check(header, value);
    check(header, value.name);
    check(header, value.address);
  };
  check('Subject', message.subject);
  checkAddress('From', message.from);
  checkAddress('To', message.to);
  check('Reply-To', message.replyTo);
  check('Message-ID', message.messageId);
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new MailHeaderError(name);
    check(name, value);
  }
}
