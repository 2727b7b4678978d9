import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblems, getTotals, lint, loadConfig, type NormalizedProblem } from '@redocly/openapi-core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { offlineOpenApiDocument } from '../../src/app.setup';

const ROOT = join(__dirname, '..', '..');

/** Lints a document with the repository's redocly.yaml (Redocly's recommended rules, and its reasons for changes). */
export async function lintOpenApi(document: OpenAPIObject): Promise<NormalizedProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), 'clarion-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document, null, 2));
    const config = await loadConfig({ configPath: join(ROOT, 'redocly.yaml') });
    return await lint({ ref: file, config });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Problems as Redocly's CLI prints them (`stylish`), for a failing test or `npm run openapi:lint`. */
export function describeProblems(problems: NormalizedProblem[]): string {
  const lines: string[] = [];
  for (const p of problems) {
    const where = p.location.map((l) => l.pointer).join(', ');
    lines.push(`${p.severity} ${p.ruleId} at ${where}: ${p.message}`);
  }
  return lines.join('\n');
}

// `npm run openapi:lint`: builds the document as the API serves it, lints it, exits 1 on any problem.
if (require.main === module) {
  (async () => {
    const publicBaseUrl = process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000';
    const problems = await lintOpenApi(await offlineOpenApiDocument(publicBaseUrl));
    const totals = getTotals(problems);
    formatProblems(problems, { format: 'stylish', totals, version: 'clarion' });
    process.stdout.write(`OpenAPI document: ${totals.errors} error(s), ${totals.warnings} warning(s)\n`);
    process.exit(problems.length ? 1 : 0);
  })().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(2);
  });
}
