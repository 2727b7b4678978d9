// The one job registry: every job name is a fixed string tied to its queue and payload type.
// Payloads carry ids only; the state they point at lives in PostgreSQL.

export enum QueueName {
  Delivery = 'delivery',
}

export enum JobName {
  SendDeliveries = 'SendDeliveries',
  SendTestEmail = 'SendTestEmail',
}

export type JobItem =
  /** A claim's deliveries, with the claim's token: only its holder moves them on. */
  | { name: JobName.SendDeliveries; data: { claimToken: string; deliveryIds: string[] } }
  /** A test send of a template, recorded in `test_sends`. */
  | { name: JobName.SendTestEmail; data: { testSendId: string } };

export type JobData<N extends JobName> = Extract<JobItem, { name: N }>['data'];

export const QUEUE_OF: Record<JobName, QueueName> = {
  [JobName.SendDeliveries]: QueueName.Delivery,
  [JobName.SendTestEmail]: QueueName.Delivery,
};
