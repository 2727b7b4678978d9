/**
 * Writes the console's API types (`web/src/api/schema.d.ts`) from the OpenAPI document, built in
 * process exactly as the api builds it (`offlineOpenApiDocument` in src/app.setup.ts: the module graph
 * in preview mode, so neither PostgreSQL nor Redis is reached).
 *
 *   npm run api:types            write the file
 *   npm run api:types -- --check exit 1 when the committed file is stale
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { offlineOpenApiDocument } from '../src/app.setup';

export const SCHEMA_FILE = join(__dirname, '..', 'web', 'src', 'api', 'schema.d.ts');
export const REGENERATE_COMMAND = 'npm run api:types';

const HEADER = `// Generated from the api's OpenAPI document by \`${REGENERATE_COMMAND}\`: never edit by hand.\n\n`;

export async function renderApiTypes(): Promise<string> {
  // A fixed server address: the types do not depend on where the api runs.
  const document = await offlineOpenApiDocument('http://localhost:3000');
  // The ast printer takes the document as a plain object. A default is what the server does when a
  // field is left out, so it does not make a field required (in a PATCH body it would force the
  // console to send, say, `enabled` on every change).
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)) as Parameters<typeof openapiTS>[0], { defaultNonNullable: false });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const rendered = await renderApiTypes();
  if (process.argv.includes('--check')) {
    const committed = (() => {
      try {
        return readFileSync(SCHEMA_FILE, 'utf8');
      } catch {
        return '';
      }
    })();
    if (committed !== rendered) {
      process.stderr.write(`web/src/api/schema.d.ts is stale: the api's OpenAPI document changed. Run \`${REGENERATE_COMMAND}\` and commit the result.\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write('web/src/api/schema.d.ts is up to date.\n');
    return;
  }
  writeFileSync(SCHEMA_FILE, rendered);
  process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}
