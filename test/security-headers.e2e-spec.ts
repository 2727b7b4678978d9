import { cspDirectives } from './support/csp';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';

type Answer = { headers: Record<string, string> };

describe('Security headers', () => {
  let t: TestApp;
  let ws: TestWorkspace;

  beforeAll(async () => {
    t = await TestApp.start();
    ws = await t.createWorkspace();
  });
  afterAll(() => t.close());

  function expectBaseline(res: Answer): void {
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
  }

  it('locks down the JSON API: nothing may be loaded, framed or submitted from its answers', async () => {
    for (const res of [
      await t.http().get('/health').expect(200),
      await t.http().get('/v1/workspace').set(...bearer(ws.key)).expect(200),
      await t.http().get('/v1/workspace').expect(401),
      await t.http().post('/v1/personas').set(...bearer(ws.key)).set('Content-Type', 'application/json').send('{"name":').expect(400),
      await t.http().get('/docs-json').expect(200),
    ]) {
      expectBaseline(res);
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
      const csp = cspDirectives(res);
      expect(csp.get('default-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('form-action')).toEqual(["'none'"]);
    }
  });

  it('lets mail clients on other origins load the open pixel', async () => {
    const res = await t.http().get('/t/o/not-a-token').expect(200);
    expect(res.headers['content-type']).toBe('image/gif');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(cspDirectives(res).get('default-src')).toEqual(["'none'"]);
  });

  it('serves Swagger UI under its own policy: its scripts from the api only, none inline', async () => {
    const page = await t.http().get('/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expectBaseline(page);
    const csp = cspDirectives(page);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // Every script is a file the api serves (script-src 'self' allows it), and each loads.
    const scripts = [...page.text.matchAll(/<script([^>]*)>/g)].map((m) => /src=["']([^"']+)["']/.exec(m[1])?.[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).toBeDefined();
      const url = new URL(src!, 'http://api.local/docs');
      expect(url.origin).toBe('http://api.local');
      const asset = await t.http().get(url.pathname).expect(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
    }
    // The API's own answers keep their strict policy.
    expect(cspDirectives(await t.http().get('/docs-json').expect(200)).get('script-src')).toBeUndefined();
  });

  it('gives every other path the console policy: the application’s own files only, no inline script', async () => {
    const res = await t.http().get('/');
    expectBaseline(res);
    const csp = cspDirectives(res);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // Brand logos: by https URL, or uploaded and served from PUBLIC_BASE_URL.
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https:', new URL(t.config.publicBaseUrl).origin]);
  });
});
