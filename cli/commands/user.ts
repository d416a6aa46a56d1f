/**
 * `ayuda user`: the dashboard's users, in the collector's database.
 *   ayuda user add --email lead@example.com --role admin|viewer [--sites shop,outlet] [--db ./data/ayuda.db] [--password-stdin]
 *   ayuda user passwd --email lead@example.com [--db ...] [--password-stdin]
 *   ayuda user list [--db ...]
 *   ayuda user remove --email lead@example.com [--db ...]
 *   ayuda user totp --email lead@example.com [--off] [--db ...]   an admin's second factor
 * The password is asked twice without echo in a terminal, or read from
 * standard input with --password-stdin (one line; for scripts).
 */
import type { Command } from 'commander';
import { DEFAULT_DB_FILE, openDatabase } from '../../server/db/index.ts';
import { withDashboardTables, type Role } from '../../server/db/dashboard-schema.ts';
import { passwordProblem } from '../../server/auth/password.ts';
import { createUser, findUser, listUsers, setPassword, setTotp, updateUser, UserError } from '../../server/auth/users.ts';
import { newTotpSecret, totpUri } from '../../server/auth/totp.ts';

interface UserOptions {
  email?: string;
  role?: string;
  sites?: string;
  db: string;
  passwordStdin?: boolean;
  off?: boolean;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Read a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    let text = '';
    const done = (err?: Error): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stdout.write('\n');
      if (err) reject(err);
      else resolve(text);
    };
    const onData = (data: Buffer): void => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else if (ch >= ' ') text += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function newPassword(fromStdin: boolean | undefined): Promise<string> {
  if (fromStdin) return readStdin();
  if (!process.stdin.isTTY) throw new Error('no terminal to ask the password in: pipe it with --password-stdin');
  for (;;) {
    const first = await askHidden('Password (10 characters or more): ');
    const problem = passwordProblem(first);
    if (problem) {
      process.stderr.write(`password ${problem}\n`);
      continue;
    }
    if ((await askHidden('Same password again: ')) === first) return first;
    process.stderr.write('the two passwords differ; try again\n');
  }
}

async function withDb<T>(file: string, run: (db: ReturnType<typeof withDashboardTables>) => Promise<T>): Promise<T> {
  const db = await openDatabase(file);
  try {
    return await run(withDashboardTables(db.kysely));
  } catch (err) {
    if (err instanceof UserError) throw new Error(err.message);
    throw err;
  } finally {
    await db.close();
  }
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new Error(`${flag} is required`);
  return value;
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('manage the dashboard’s users (email, password, role admin or viewer)');
  const dbOption = ['--db <file|url>', 'the collector’s database: SQLite file or postgres:// URL (default: DATABASE_URL, else ./data/ayuda.db)', process.env.DATABASE_URL || DEFAULT_DB_FILE] as const;

  user
    .command('add')
    .description('add a user; the password is asked without echo, or read with --password-stdin')
    .requiredOption('--email <email>', 'the user’s email address (their login)')
    .requiredOption('--role <role>', 'admin (manages users and groups) or viewer (read only)')
    .option('--sites <keys>', 'the only sites the user sees, separated by commas (default: every site)')
    .option(...dbOption)
    .option('--password-stdin', 'read the password from standard input')
    .action(async (opts: UserOptions) => {
      const role = required(opts.role, '--role');
      const sites = opts.sites === undefined ? null : opts.sites.split(',').map((s) => s.trim()).filter(Boolean);
      if (role !== 'admin' && role !== 'viewer') throw new Error(`--role: must be admin or viewer, got "${role.slice(0, 20)}"`);
      const email = required(opts.email, '--email');
      await withDb(opts.db, async (db) => {
        if (await findUser(db, email)) throw new Error(`email: a user with email ${email.trim().toLowerCase()} already exists`);
        const created = await createUser(db, { email, role: role as Role, sites, password: await newPassword(opts.passwordStdin) });
        process.stdout.write(`added ${created.role} ${created.email}${created.sites ? ` (sites: ${created.sites.join(', ')})` : ''}; log in at /dashboard/login\n`);
      });
    });

  user
    .command('passwd')
    .description('set a new password (ends the user’s sessions)')
    .requiredOption('--email <email>', 'the user’s email address')
    .option(...dbOption)
    .option('--password-stdin', 'read the password from standard input')
    .action(async (opts: UserOptions) => {
      const email = required(opts.email, '--email');
      await withDb(opts.db, async (db) => {
        if (!(await findUser(db, email))) throw new Error(`email: no user with email ${email.trim().toLowerCase()}`);
        await setPassword(db, email, await newPassword(opts.passwordStdin));
        process.stdout.write(`password changed for ${email.trim().toLowerCase()}\n`);
      });
    });

  user
    .command('list')
    .description('list the users and their roles')
    .option(...dbOption)
    .action(async (opts: UserOptions) => {
      await withDb(opts.db, async (db) => {
        const users = await listUsers(db);
        if (!users.length) process.stdout.write('no users yet: add one with `ayuda user add --email you@example.com --role admin`\n');
        for (const u of users) process.stdout.write(`${u.email}\t${u.role}\t${u.sites ? u.sites.join(',') : 'every site'}\t${new Date(u.created_at).toISOString().slice(0, 10)}\n`);
      });
    });

  user
    .command('remove')
    .description('remove a user (not the last admin)')
    .requiredOption('--email <email>', 'the user’s email address')
    .option(...dbOption)
    .action(async (opts: UserOptions) => {
      const email = required(opts.email, '--email');
      await withDb(opts.db, async (db) => {
        const found = await findUser(db, email);
        if (!found) throw new Error(`email: no user with email ${email.trim().toLowerCase()}`);
        await updateUser(db, found.id, 'remove');
        process.stdout.write(`removed ${found.email}\n`);
      });
    });

  user
    .command('totp')
    .description('turn on an admin’s second factor (prints the secret for an authenticator app once), or off with --off')
    .requiredOption('--email <email>', 'the admin’s email address')
    .option('--off', 'turn the second factor off')
    .option(...dbOption)
    .action(async (opts: UserOptions) => {
      const email = required(opts.email, '--email').trim().toLowerCase();
      await withDb(opts.db, async (db) => {
        if (opts.off) {
          await setTotp(db, email, null);
          process.stdout.write(`second factor off for ${email}: the password alone logs in\n`);
          return;
        }
        const secret = newTotpSecret();
        await setTotp(db, email, secret);
        process.stdout.write(
          `second factor on for ${email}: add it to an authenticator app, then log in with the password and its 6-digit code\n` +
            `  secret  ${secret}\n  uri     ${totpUri(secret, email)}\n` +
            'It is not shown again; run this again for a new one (the old one stops working).\n',
        );
      });
    });
}
