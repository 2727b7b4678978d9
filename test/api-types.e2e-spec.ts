import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');

// The console's API types are generated from the api's OpenAPI document and committed: a change of
// the api that is not regenerated would let the console compile against routes that no longer exist.
describe('web/src/api/schema.d.ts', () => {
  it('matches the OpenAPI document the api builds now', async () => {
    const run = promisify(execFile);
    // In its own process: the generator builds the whole module graph (preview mode, nothing connected).
    const result = await run(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--swc', join(ROOT, 'scripts', 'api-types.ts'), '--check'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test' },
    }).then(
      (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
      (failed: { code?: number; stdout?: string; stderr?: string }) => ({ code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }),
    );
    if (result.code !== 0) throw new Error(result.stderr.trim() || 'the types generator failed');
    expect(result.stdout).toContain('up to date');
  });
});
