import { randomBytes } from 'node:crypto';
import { ApiProcess } from './support/api-process';
import { multipartFrame, rawRequest, type RawResponse, StreamingUpload } from './support/raw-http';
import { bearer, TestApp, type TestWorkspace } from './support/test-app';
import { waitUntil } from './support/test-worker';

const MAX_BYTES = 2 * 1024 * 1024;
const IDLE_TIMEOUT_MS = 3_000;

/**
 * Uploads that a client abandons, overfills or stalls, against the API in its own process on a real
 * port: the process stays up, the import's transaction is rolled back and its lock released at
 * once, no connection is left in COPY or idle in a transaction, and the next import goes through.
 */
describe('Uploads a client aborts, overfills or stalls', () => {
  let t: TestApp;
  let api: ApiProcess;
  let ws: TestWorkspace;
  let sessionId: string;
  let next = 0;

  const env = (): Record<string, string> => ({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: t.config.databaseUrl,
    REDIS_URL: t.config.redisUrl,
    QUEUE_PREFIX: t.config.queuePrefix,
    APP_SECRET: t.config.appSecret,
    IMPORT_MAX_BYTES: String(MAX_BYTES),
    UPLOAD_IDLE_TIMEOUT_MS: String(IDLE_TIMEOUT_MS),
  });

  beforeAll(async () => {
    t = await TestApp.start();
    ws = await t.createWorkspace();
    const course = await t.http().post('/v1/courses').set(...bearer(ws.key)).send({ title: 'Cyber hygiene', modality: 'e_learning' }).expect(201);
    const session = await t.http()
      .post(`/v1/courses/${course.body.id}/sessions`)
      .set(...bearer(ws.key))
      .send({ startsAt: '2026-03-02T09:00:00+01:00', endsAt: '2026-03-02T17:00:00+01:00' })
      .expect(201);
    sessionId = session.body.id;
    await startApi();
  }, 120_000);

  // A break that killed the process must not hide the next one: each test starts from a live API.
  beforeEach(async () => {
    if (!api.alive) await startApi();
  }, 120_000);

  // Started and warmed by one import of each kind, so a first import's cold start is not timed as a release.
  async function startApi(): Promise<void> {
    api = await ApiProcess.start(env());
    await expectNextLearnerImportWorks();
    await expectNextEnrolmentImportWorks();
  }

  afterAll(async () => {
    await api?.stop();
    await t?.close();
  });

  const planner = () => ({ Authorization: `Bearer ${ws.keys.planner}` });

  /** `count` learner rows with fresh external ids (about 40 bytes each). */
  const learnerRows = (count: number): string => {
    let rows = '';
    for (let i = 0; i < count; i++, next++) rows += `U${next},u${next}@uploads.example,Ada,Lovelace\n`;
    return rows;
  };

  const enrolmentRows = (count: number): string => {
    let rows = '';
    for (let i = 0; i < count; i++, next++) rows += `${sessionId},U${next},enrolled\n`;
    return rows;
  };

  /** The API's connections to this database that are running a COPY or sit idle in a transaction. */
  const busyConnections = async (): Promise<Array<{ state: string; query: string }>> =>
    t.dataSource.query(
      `SELECT state, left(query, 60) AS query FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'clarion'
          AND (state LIKE 'idle in transaction%' OR (state = 'active' AND query ILIKE 'COPY%'))`,
    );

  const copyRunning = async () => (await busyConnections()).some((c) => c.state === 'active');
  const transactionOpen = async () => (await busyConnections()).length > 0;

  const learnersImportLockFree = async (): Promise<boolean> => {
    const [row] = await t.dataSource.query(`SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS free`, [`learners-import:${ws.id}`]);
    return row.free;
  };

  const learnerCount = async (): Promise<number> => {
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM learners WHERE workspace_id = $1`, [ws.id]);
    return row.n;
  };

  /** Writes rows in pieces until `ready` holds on the server side (a COPY running, a transaction open). */
  async function feedUntil(upload: StreamingUpload, rows: () => string, ready: () => Promise<boolean>): Promise<void> {
    await waitUntil('the server to be busy with the upload', async () => {
      await upload.write(rows());
      return ready();
    }, 20_000);
  }

  /** Sends twice the limit, as a client unaware of it does, or until the server hangs up; then its answer. */
  async function overfill(upload: StreamingUpload, rows: () => string): Promise<RawResponse | null> {
    while (upload.sent < 2 * MAX_BYTES) {
      try {
        await upload.write(rows());
      } catch {
        break;
      }
    }
    return upload.finish();
  }

  /** Within a second of the client leaving: lock free, nothing in COPY or idle in a transaction, API up. */
  async function expectReleased(): Promise<void> {
    await waitUntil('the import lock and the connection to be released', async () => (await learnersImportLockFree()) && (await busyConnections()).length === 0, 1_000);
    api.assertAlive();
    expect((await rawRequest(api.port, { path: '/health' })).status).toBe(200);
  }

  async function expectNextLearnerImportWorks(): Promise<void> {
    const before = await learnerCount();
    const res = await rawRequest(api.port, {
      method: 'POST',
      path: '/v1/learners/import',
      headers: { ...planner(), 'Content-Type': 'text/csv' },
      body: `externalId,email,first_name,last_name\n${learnerRows(3)}`,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 3, failed: 0 });
    expect(await learnerCount()).toBe(before + 3);
  }

  async function expectNextEnrolmentImportWorks(): Promise<void> {
    const [learner] = await t.dataSource.query(`INSERT INTO learners (workspace_id, external_id, email) VALUES ($1, $2, $3) RETURNING external_id`, [
      ws.id,
      `K${next}`,
      `k${next++}@uploads.example`,
    ]);
    const res = await rawRequest(api.port, {
      method: 'POST',
      path: '/v1/enrollments/import',
      headers: { ...planner(), 'Content-Type': 'text/csv' },
      body: `session_id,external_id,status\n${sessionId},${learner.external_id},enrolled\n`,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1, failed: 0 });
  }

  describe('POST /v1/learners/import', () => {
    it('survives a text/csv body cut off mid-stream, rolls the COPY back and frees the lock', async () => {
      const before = await learnerCount();
      const upload = new StreamingUpload(api.port, '/v1/learners/import', { ...planner(), 'Content-Type': 'text/csv' });
      await upload.write('externalId,email,first_name,last_name\n');
      await feedUntil(upload, () => learnerRows(500), copyRunning);
      upload.abort();

      await expectReleased();
      expect(await learnerCount()).toBe(before);
      await expectNextLearnerImportWorks();
    });

    it('survives a multipart upload cut off mid-stream (the COPY no longer waits for ever)', async () => {
      const before = await learnerCount();
      const form = multipartFrame(randomBytes(8).toString('hex'));
      // As `curl -F file=@big.csv` sends it: the length announced, the body cut short.
      const upload = new StreamingUpload(api.port, '/v1/learners/import', { ...planner(), 'Content-Type': form.contentType }, MAX_BYTES);
      await upload.write(`${form.head}externalId,email,first_name,last_name\n`);
      await feedUntil(upload, () => learnerRows(500), copyRunning);
      upload.abort();

      await expectReleased();
      expect(await learnerCount()).toBe(before);
      await expectNextLearnerImportWorks();
    });

    it.each([
      ['text/csv', false],
      ['multipart', true],
    ])('answers 413 IMPORT.FILE_TOO_LARGE to a %s body over the limit, writes nothing and stays up', async (_, multipart) => {
      const before = await learnerCount();
      const form = multipartFrame(randomBytes(8).toString('hex'));
      const upload = new StreamingUpload(api.port, '/v1/learners/import', { ...planner(), 'Content-Type': multipart ? form.contentType : 'text/csv' });
      await upload.write(`${multipart ? form.head : ''}externalId,email,first_name,last_name\n`);
      const res = await overfill(upload, () => learnerRows(1000));

      expect(res).toMatchObject({ status: 413, body: { error: { code: 'IMPORT.FILE_TOO_LARGE' } } });
      expect(res?.headers.connection).toBe('close');
      await expectReleased();
      expect(await learnerCount()).toBe(before);
      await expectNextLearnerImportWorks();
    });

    it('refuses at once, unread, a body whose Content-Length is over the limit', async () => {
      const upload = new StreamingUpload(api.port, '/v1/learners/import', { ...planner(), 'Content-Type': 'text/csv' }, MAX_BYTES + 1);
      await upload.write('externalId,email\n');
      const res = await upload.response;
      expect(res).toMatchObject({ status: 413, body: { error: { code: 'IMPORT.FILE_TOO_LARGE', details: [{ path: 'file', message: 'larger than 2 MB' }] } } });
      expect(res?.headers.connection).toBe('close');
      await expectNextLearnerImportWorks();
    });

    it('answers 408 IMPORT.UPLOAD_STALLED to a client that stops sending, and frees the lock', async () => {
      const upload = new StreamingUpload(api.port, '/v1/learners/import', { ...planner(), 'Content-Type': 'text/csv' });
      await upload.write('externalId,email,first_name,last_name\n');
      await feedUntil(upload, () => learnerRows(100), copyRunning);
      const started = Date.now();

      const res = await upload.response;
      expect(res).toMatchObject({ status: 408, body: { error: { code: 'IMPORT.UPLOAD_STALLED' } } });
      expect(Date.now() - started).toBeLessThan(IDLE_TIMEOUT_MS + 5_000);
      await expectReleased();
      await expectNextLearnerImportWorks();
    });
  });

  describe('POST /v1/enrollments/import', () => {
    it.each([
      ['text/csv', false],
      ['multipart', true],
    ])('survives a %s body cut off mid-stream and rolls its transaction back', async (_, multipart) => {
      const form = multipartFrame(randomBytes(8).toString('hex'));
      const headers = { ...planner(), 'Content-Type': multipart ? form.contentType : 'text/csv' };
      const upload = new StreamingUpload(api.port, '/v1/enrollments/import', headers, multipart ? MAX_BYTES : undefined);
      await upload.write(`${multipart ? form.head : ''}session_id,external_id,status\n`);
      await feedUntil(upload, () => enrolmentRows(2000), transactionOpen);
      upload.abort();

      await expectReleased();
      await expectNextEnrolmentImportWorks();
    });

    it('answers 413 to a text/csv body over the limit and stays up', async () => {
      const upload = new StreamingUpload(api.port, '/v1/enrollments/import', { ...planner(), 'Content-Type': 'text/csv' });
      await upload.write('session_id,external_id,status\n');
      const res = await overfill(upload, () => enrolmentRows(1000));

      expect(res).toMatchObject({ status: 413, body: { error: { code: 'IMPORT.FILE_TOO_LARGE' } } });
      await expectReleased();
      await expectNextEnrolmentImportWorks();
    });
  });

  describe('SIGTERM', () => {
    it('stops the process promptly after an aborted multipart upload, answering the imports queued behind it', async () => {
      const form = multipartFrame(randomBytes(8).toString('hex'));
      const upload = new StreamingUpload(api.port, '/v1/learners/import', { ...planner(), 'Content-Type': form.contentType }, MAX_BYTES);
      await upload.write(`${form.head}externalId,email,first_name,last_name\n`);
      await feedUntil(upload, () => learnerRows(500), copyRunning);
      upload.abort();
      // Planners who try again while the first import is still in the server's hands.
      let answered = 0;
      const queued = [1, 2, 3].map(() =>
        rawRequest(api.port, {
          method: 'POST',
          path: '/v1/learners/import',
          headers: { ...planner(), 'Content-Type': 'text/csv' },
          body: `externalId,email\n${learnerRows(2)}`,
        })
          .catch((error: Error) => ({ status: error.message }))
          .finally(() => answered++),
      );
      const waitingForLock = async () => {
        const rows = await t.dataSource.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE '%pg_advisory_xact_lock%'`,
        );
        return rows.length;
      };
      await waitUntil('the retries to be answered or queued on the lock', async () => answered + (await waitingForLock()) === queued.length, 10_000);
      api.child.kill('SIGTERM');

      const exit = await Promise.race([api.exited, new Promise((resolve) => setTimeout(resolve, 15_000, 'still running'))]);
      expect(exit).toMatchObject({ signal: 'SIGTERM' });
      for (const res of await Promise.all(queued)) expect([200, 429, 503]).toContain(res.status);
      expect(await busyConnections()).toEqual([]);
    }, 60_000);

    it('stops the process promptly while a client is still in the middle of an upload', async () => {
      const upload = new StreamingUpload(api.port, '/v1/learners/import', { ...planner(), 'Content-Type': 'text/csv' });
      await upload.write('externalId,email,first_name,last_name\n');
      await feedUntil(upload, () => learnerRows(500), copyRunning);
      api.child.kill('SIGTERM');

      // Sooner than the stall timeout: shutting down ends uploads in progress (503, try again).
      const res = await upload.response;
      expect(res).toMatchObject({ status: 503, body: { error: { code: 'SERVER.SHUTTING_DOWN' } } });
      expect(res?.headers['retry-after']).toMatch(/^\d+$/);
      const exit = await Promise.race([api.exited, new Promise((resolve) => setTimeout(resolve, IDLE_TIMEOUT_MS, 'still running'))]);
      expect(exit).toMatchObject({ signal: 'SIGTERM' });
      expect(await busyConnections()).toEqual([]);
    }, 60_000);
  });
});
