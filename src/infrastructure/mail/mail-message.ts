/** An address with an optional display name. */
export interface MailAddress {
  name?: string;
  address: string;
}

/** One email to send; every header value must be on one line. */
export interface MailMessage {
  from: MailAddress;
  to: string | MailAddress;
  replyTo?: string | null;
  subject: string;
  html: string;
  text: string;
  /** A stable Message-ID (`<id@domain>`) lets a resend after a crash carry the same one. */
  messageId?: string;
  headers?: Record<string, string>;
  /**
   * A calendar invite (iCalendar text) with its iTIP method: sent as a `text/calendar; method=…`
   * alternative, which Outlook and Gmail show as an invitation, and as an `invite.ics` attachment
   * for the other mail clients.
   */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

export interface MailSendResult {
  messageId: string;
  accepted: string[];
  rejected: string[];
  /** Where it went: the SMTP server (`host:port`), or the outbox file. */
  transport: 'smtp' | 'outbox';
  destination: string;
}
