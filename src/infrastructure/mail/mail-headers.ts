import type { MailAddress, MailMessage } from './mail-message';

/** A header value holding CR or LF: refused, never passed on (header injection). */
export class MailHeaderError extends Error {
  constructor(readonly header: string) {
    super(`Mail header "${header}" contains a line break`);
    this.name = 'MailHeaderError';
  }
}

const HEADER_NAME = /^[A-Za-z0-9-]+$/;

// CR and LF end a header line, so a value holding them could add headers or recipients; the other
// control characters (tab, NUL, bell…) have no place in a name or an address either.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g;

/** The one rule for values that end up in a mail header, as every write path words it. */
export const HEADER_TEXT_RULE = 'must not contain line breaks (CR, LF) or other control characters';

/** Whether a value may go into a mail header (a name, an address): no CR, LF or other control character. */
export function isHeaderText(value: string): boolean {
  return !CONTROL_CHARACTER.test(value);
}

/**
 * An address whose display name is folded onto one line (each run of control characters becomes a
 * space): a name stored before the rule existed must not fail the send.
 */
export function mailbox(name: string | null | undefined, address: string): MailAddress {
  return { name: (name ?? '').replace(CONTROL_CHARACTERS, ' ').trim(), address };
}

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
