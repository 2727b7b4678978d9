/** Kinds of `events` rows. Stable strings stored in the database. */
export enum EventKind {
  Sent = 'sent',
  Opened = 'opened',
  Clicked = 'clicked',
  Unsubscribed = 'unsubscribed',
  Resubscribed = 'resubscribed',
  Bounced = 'bounced',
  Enrolled = 'enrolled',
  Started = 'started',
  Completed = 'completed',
  Dropped = 'dropped',
}

/** Where an event came from (`events.source`). */
export enum EventSource {
  Engine = 'engine',
  Tracking = 'tracking',
  Lms = 'lms',
  Xapi = 'xapi',
}
