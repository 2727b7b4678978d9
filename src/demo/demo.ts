import type { INestApplicationContext } from '@nestjs/common';

export interface DemoOptions {
  learners: number;
}

/** Seeds a demo workspace and walks through what Clarion does with it. */
export async function runDemo(_app: INestApplicationContext, _options: DemoOptions): Promise<void> {
  process.stdout.write('Demo: to be written.\n');
}
