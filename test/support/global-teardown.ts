import { releaseEmbedded } from './global-setup';

/** Stops the embedded PostgreSQL the global setup started, when it did and no one else uses it. */
export default async function globalTeardown(): Promise<void> {
  releaseEmbedded();
}
