// The one job registry: every job name is a fixed string tied to its queue and payload type.
// Payloads carry ids only; the state they point at lives in PostgreSQL.

export enum QueueName {
  Delivery = 'delivery',
}

export enum JobName {
  SendDeliveries = 'SendDeliveries',
}

export type JobItem = { name: JobName.SendDeliveries; data: { deliveryIds: string[] } };

export type JobData<N extends JobName> = Extract<JobItem, { name: N }>['data'];

export const QUEUE_OF: Record<JobName, QueueName> = {
  [JobName.SendDeliveries]: QueueName.Delivery,
};
