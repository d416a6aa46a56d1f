/**
 * A throwaway PostgreSQL server for tests, from Debian's `postgresql`
 * package: `initdb` in a temporary folder, `postgres` on a free loopback
 * port (its unix socket in the same folder), no fsync; `stop()` ends it and
 * removes the folder. As root, the server runs as the `postgres` user
 * (it refuses to run as root) through `setpriv`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = '/usr/lib/postgresql';

/** The newest installed PostgreSQL's bin folder, or undefined. */
export function findPostgresBin(): string | undefined {
  if (process.env.AYUDA_PG_BIN) return existsSync(join(process.env.AYUDA_PG_BIN, 'initdb')) ? process.env.AYUDA_PG_BIN : undefined;
  if (!existsSync(ROOT)) return undefined;
  const versions = readdirSync(ROOT).filter((v) => existsSync(join(ROOT, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(ROOT, versions[0], 'bin') : undefined;
}

export interface PgServer {
  readonly port: number;
  /** A new database (empty, or a copy of `template`); resolves with its URL. */
  createDatabase(template?: string): Promise<string>;
  /** Fast shutdown (SIGINT), as a DBA's restart would do; resolves when it has exited. */
  stop(): Promise<void>;
  /** Start the server again on the same port and data (after stop()). */
  restart(): Promise<void>;
  /** stop() and remove the folder. */
  destroy(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let counter = 0;

export async function startPgServer(bin = findPostgresBin()): Promise<PgServer> {
  if (!bin) throw new Error('PostgreSQL not found (apt-get install -y postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'ayuda-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  let uid = 0;
  let gid = 0;
  if (asRoot) {
    const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
    uid = id('-u');
    gid = id('-g');
    if (!Number.isInteger(uid) || uid === 0) throw new Error('running as root needs the "postgres" user (created by the postgresql package)');
    chownSync(dir, uid, gid);
  }
  const command = (name: string, args: string[]): [string, string[]] =>
    asRoot ? ['setpriv', [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', join(bin, name), ...args]] : [join(bin, name), args];

  const [initCmd, initArgs] = command('initdb', ['-D', data, '-U', 'ayuda', '--auth=trust', '--no-locale', '-E', 'UTF8', '--no-sync']);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8', cwd: dir });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  }

  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    const [cmd, args] = command('postgres', [
      '-D', data, '-p', String(port), '-k', dir, '-h', '127.0.0.1',
      '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300',
    ]);
    const proc = spawn(cmd, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    child = proc;
    // Should this process end without stop() (a crash, process.exit), the server ends too.
    const orphan = (): void => void proc.kill('SIGINT');
    process.once('exit', orphan);
    proc.once('exit', () => process.off('exit', orphan));
    let log = '';
    await new Promise<void>((resolve, reject) => {
      proc.stderr!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('ready to accept connections')) resolve();
      });
      proc.once('exit', (code) => reject(new Error(`postgres exited (${code}): ${log}`)));
      proc.once('error', reject);
    });
    proc.stderr!.removeAllListeners('data');
    proc.stderr!.resume();
  };
  const stop = async (): Promise<void> => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGINT');
    });
  };
  await start();

  const url = (db: string) => `postgres://ayuda@127.0.0.1:${port}/${db}`;
  return {
    port,
    async createDatabase(template) {
      const name = `t${process.pid}_${++counter}`;
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`create database ${name}${template ? ` template ${template} strategy file_copy` : ''}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop,
    restart: start,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
