import { ConfigError } from '../config/app-config';
import { ServiceUnreachableError } from './connectivity';

/** Known start-up failures print their one clear message; anything else prints its stack. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof ServiceUnreachableError) {
    process.stderr.write(`clarion: ${error.message}\n`);
  } else {
    process.stderr.write(`clarion: failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
}
