import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { CONSOLE_NOT_BUILT } from '../src/infrastructure/http/console-static';
import { cspDirectives } from './support/csp';
import { TestApp } from './support/test-app';
import { waitUntil } from './support/test-worker';

describe('The console served at /', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    // A stand-in build: an index and one hashed asset, as vite writes them.
    dir = mkdtempSync(join(tmpdir(), 'clarion-console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Clarion</title><script type="module" src="/assets/index-abc123.js"></script>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("console");');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await TestApp.start({ CONSOLE_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers any console path that asks for HTML with index.html, never cached, under the console policy', async () => {
    for (const path of ['/', '/learners', '/settings/users', '/invitations/abc', '/reset-password?token=x']) {
      const res = await t.http().get(path).set('Accept', 'text/html').expect(200);
      expect(res.text).toContain('<title>Clarion</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
      const csp = cspDirectives(res);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    }
    await t.http().head('/learners').set('Accept', 'text/html').expect(200);
  });

  it('caches hashed assets for a year, and a missing one is a real 404 (not index.html)', async () => {
    const asset = await t.http().get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await t.http().get('/assets/old-chunk-zzz.js').set('Accept', '*/*').expect(404);
    expect(missing.text).not.toContain('<title>');
    const icon = await t.http().get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('leaves the api’s paths, non-HTML requests and writes to the api', async () => {
    for (const path of ['/v1/nothing-here', '/docs-json/x', '/health/x', '/t/x', '/u/x/y/z', '/s/x/y', '/xapi/x']) {
      const res = await t.http().get(path).set('Accept', 'text/html');
      expect(res.text).not.toContain('<title>Clarion</title>');
    }
    const json = await t.http().get('/learners').set('Accept', 'application/json').expect(404);
    expect(json.body.error.code).toBeDefined();
    await t.http().post('/learners').set('Accept', 'text/html').expect(404);
    await t.http().get('/health').expect(200);
  });
});

describe('The console when it is not built', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ CONSOLE_DIR: join(tmpdir(), 'clarion-console-missing-build') });
  });
  afterAll(() => t.close());

  it('says in one sentence how to build it', async () => {
    const res = await t.http().get('/').set('Accept', 'text/html').expect(404);
    expect(res.text.trim()).toBe(CONSOLE_NOT_BUILT);
  });
});

describe('The console when the client goes away mid-answer', () => {
  let t: TestApp;
  let dir: string;
  let port: number;

  beforeAll(async () => {
    // An index.html far larger than a socket's buffers: it is still on its way when the client leaves.
    dir = mkdtempSync(join(tmpdir(), 'clarion-console-abort-'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Clarion</title><!--${'x'.repeat(8 * 1024 * 1024)}-->`);
    t = await TestApp.start({ CONSOLE_DIR: dir });
    port = await t.listen();
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a closed tab as normal: a debug line, no error logged, and the next page is served', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error');
    const debugs = jest.spyOn(Logger.prototype, 'debug');

    // A raw socket that asks for a page, reads the first bytes of the answer and closes.
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('GET /learners HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n');
      });
      socket.once('data', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', reject);
    });

    await waitUntil('the abort to be noticed', async () =>
      debugs.mock.calls.some(([message]) => typeof message === 'string' && message.includes('before index.html was sent')),
    );
    expect(errors).not.toHaveBeenCalled();
    const next = await t.http().get('/settings').set('Accept', 'text/html').expect(200);
    expect(next.text).toContain('<title>Clarion</title>');
  });
});
