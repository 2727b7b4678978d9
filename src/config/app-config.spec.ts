import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('has local defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/clarion',
      redisUrl: 'redis://127.0.0.1:6379',
      publicBaseUrl: 'http://localhost:3000',
      smtpUrl: null,
      outboxDir: 'outbox',
    });
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', REDIS_URL: 'nope', LOG_LEVEL: 'loud', APP_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'LOG_LEVEL', 'APP_SECRET']) {
      expect(problems).toContain(`${name}:`);
    }
  });

  it('requires a real secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_SECRET: required in production/);
  });

  it('strips the trailing slash of the public base URL', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://learn.example.com/' }).publicBaseUrl).toBe('https://learn.example.com');
  });

  it('times webhooks out after 10 s by default and opens private hosts only outside production', () => {
    expect(loadConfig({})).toMatchObject({ webhookTimeoutMs: 10_000, webhookAllowPrivateHosts: false });
    expect(loadConfig({ WEBHOOK_TIMEOUT_MS: '2500', WEBHOOK_ALLOW_PRIVATE_HOSTS: 'true' })).toMatchObject({ webhookTimeoutMs: 2500, webhookAllowPrivateHosts: true });
    expect(() => loadConfig({ WEBHOOK_TIMEOUT_MS: '0' })).toThrow(/WEBHOOK_TIMEOUT_MS/);
    const secret = 'a-production-secret-of-at-least-32-chars';
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: secret, WEBHOOK_ALLOW_PRIVATE_HOSTS: 'true' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_HOSTS: not allowed in production/);
  });

  it('reads the tracking key ids (current first), token age and machine-open threshold', () => {
    expect(loadConfig({})).toMatchObject({ trackingKeyIds: ['k1'], trackingTokenMaxAgeDays: 365, machineOpenSeconds: 10 });
    expect(loadConfig({ TRACKING_KEY_IDS: 'k2, k1', TRACKING_TOKEN_MAX_AGE_DAYS: '30', MACHINE_OPEN_SECONDS: '0' })).toMatchObject({
      trackingKeyIds: ['k2', 'k1'],
      trackingTokenMaxAgeDays: 30,
      machineOpenSeconds: 0,
    });
    expect(() => loadConfig({ TRACKING_KEY_IDS: 'k2,,k1' })).toThrow(/TRACKING_KEY_IDS/);
    expect(() => loadConfig({ TRACKING_TOKEN_MAX_AGE_DAYS: '0' })).toThrow(/TRACKING_TOKEN_MAX_AGE_DAYS/);
  });

  it('bounds uploads with defaults that leave long imports alone', () => {
    expect(loadConfig({})).toMatchObject({ importMaxBytes: 200 * 1024 * 1024, importStatementTimeoutMs: 600_000, uploadIdleTimeoutMs: 30_000 });
    expect(loadConfig({ IMPORT_MAX_BYTES: '1048576', UPLOAD_IDLE_TIMEOUT_MS: '5000' })).toMatchObject({ importMaxBytes: 1_048_576, uploadIdleTimeoutMs: 5000 });
    expect(() => loadConfig({ IMPORT_MAX_BYTES: '12MB' })).toThrow(/IMPORT_MAX_BYTES/);
  });

  it('guards the database and bounds heavy requests, keeping room in the pool for the rest', () => {
    expect(loadConfig({})).toMatchObject({
      databaseStatementTimeoutMs: 120_000,
      databaseIdleInTransactionTimeoutMs: 60_000,
      heavyWorkPerWorkspace: { import: 2, preview: 4, testSend: 2, report: 2 },
      heavyWorkPerProcess: 8,
    });
    expect(loadConfig({ DATABASE_POOL_SIZE: '30' }).heavyWorkPerProcess).toBe(28);
    expect(loadConfig({ DATABASE_POOL_SIZE: '2' }).heavyWorkPerProcess).toBe(1);
    expect(loadConfig({ HEAVY_PREVIEWS_PER_WORKSPACE: '10', HEAVY_WORK_PER_PROCESS: '3', DATABASE_STATEMENT_TIMEOUT_MS: '0' })).toMatchObject({
      heavyWorkPerWorkspace: { preview: 10 },
      heavyWorkPerProcess: 3,
      databaseStatementTimeoutMs: 0,
    });
    expect(() => loadConfig({ HEAVY_REPORTS_PER_WORKSPACE: '0' })).toThrow(/HEAVY_REPORTS_PER_WORKSPACE/);
  });

  it('sends account emails from MAIL_FROM, or from no-reply at the public host', () => {
    expect(loadConfig({}).mailFrom).toEqual({ name: 'Clarion', address: 'no-reply@clarion.local' });
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://learning.acme.example' }).mailFrom).toEqual({ name: 'Clarion', address: 'no-reply@learning.acme.example' });
    expect(loadConfig({ MAIL_FROM: 'Acme Learning <learning@acme.example>' }).mailFrom).toEqual({ name: 'Acme Learning', address: 'learning@acme.example' });
    expect(loadConfig({ MAIL_FROM: 'learning@acme.example' }).mailFrom).toEqual({ name: 'Clarion', address: 'learning@acme.example' });
    expect(() => loadConfig({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
  });

  it('believes X-Forwarded-For from loopback proxies by default, or from the proxies TRUST_PROXY names', () => {
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: 'my-proxy' })).toThrow(/TRUST_PROXY: "my-proxy" is not loopback/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: ' , ' })).toThrow(/TRUST_PROXY/);
  });
});
