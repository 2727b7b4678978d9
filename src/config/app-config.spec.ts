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
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', REDIS_URL: 'nope', LOG_LEVEL: 'loud', DEFAULT_TIME_ZONE: 'Mars/Base', APP_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'LOG_LEVEL', 'DEFAULT_TIME_ZONE', 'APP_SECRET']) {
      expect(problems).toContain(`${name}:`);
    }
  });

  it('requires a real secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_SECRET: required in production/);
  });

  it('strips the trailing slash of the public base URL', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://learn.example.com/' }).publicBaseUrl).toBe('https://learn.example.com');
  });
});
