import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { registerUser } from '../../cli/commands/user.ts';
import { openDatabase } from '../../server/db/index.ts';
import { withDashboardTables } from '../../server/db/dashboard-schema.ts';
import { verifyPassword } from '../../server/auth/password.ts';
import { createUser, findUser } from '../../server/auth/users.ts';
import { ensureFirstUser, DEMO_EMAIL } from '../../server/auth/first-user.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The real CLI in a process of its own (for what reads standard input). */
const ayuda = (args: string[], input?: string) => spawnSync(process.execPath, ['bin/ayuda.mjs', ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8' });

/** The same command in this process: { status, stdout, stderr } like a run of `ayuda`. */
async function inProcess(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const program = new Command('ayuda').exitOverride();
  registerUser(program);
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  try {
    await program.parseAsync(['node', 'ayuda', ...args]);
    return { status: 0, stdout, stderr: '' };
  } catch (err) {
    return { status: 1, stdout, stderr: `ayuda: ${(err as Error).message}\n` };
  } finally {
    write.mockRestore();
  }
}

describe('ayuda user', () => {
  it('adds, lists, changes the password of and removes users in the collector database', { timeout: 60_000 }, async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ayuda-user-')), 'ayuda.db');
    const add = ayuda(['user', 'add', '--email', 'Lead@Example.com', '--role', 'admin', '--db', db, '--password-stdin'], 'a long enough password\n');
    expect(add.stderr).toBe('');
    expect(add.stdout).toBe('added admin lead@example.com; log in at /dashboard/login\n');
    const refused = [
      await inProcess(['user', 'add', '--email', 'x@example.com', '--role', 'owner', '--db', db]),
      ayuda(['user', 'add', '--email', 'x@example.com', '--role', 'viewer', '--db', db, '--password-stdin'], 'short'),
      await inProcess(['user', 'add', '--email', 'lead@example.com', '--role', 'viewer', '--db', db]),
      await inProcess(['user', 'add', '--email', 'x@example.com', '--role', 'viewer', '--db', db]),
      await inProcess(['user', 'remove', '--email', 'lead@example.com', '--db', db]),
    ];
    expect(refused.map((r) => [r.status, r.stderr.trim()])).toEqual([
      [1, 'ayuda: --role: must be admin or viewer, got "owner"'],
      [1, 'ayuda: password: must be at least 10 characters'],
      [1, 'ayuda: email: a user with email lead@example.com already exists'],
      [1, 'ayuda: no terminal to ask the password in: pipe it with --password-stdin'],
      [1, 'ayuda: user: the last admin of every site cannot be removed'],
    ]);

    const passwd = ayuda(['user', 'passwd', '--email', 'lead@example.com', '--db', db, '--password-stdin'], 'the new long password\n');
    expect([passwd.status, passwd.stderr, passwd.stdout]).toEqual([0, '', 'password changed for lead@example.com\n']);
    const opened0 = await openDatabase(db);
    await createUser(withDashboardTables(opened0.kysely), { email: 'viewer@example.com', role: 'viewer', password: 'another long password' });
    await opened0.close();
    expect((await inProcess(['user', 'remove', '--email', 'viewer@example.com', '--db', db])).stdout).toBe('removed viewer@example.com\n');
    expect((await inProcess(['user', 'list', '--db', db])).stdout).toMatch(/^lead@example\.com\tadmin\tevery site\t\d{4}-\d{2}-\d{2}\n$/);

    const opened = await openDatabase(db);
    try {
      const k = withDashboardTables(opened.kysely);
      const lead = await findUser(k, 'lead@example.com');
      expect(lead?.password_hash).toMatch(/^scrypt\$/);
      expect(await verifyPassword('the new long password', lead!.password_hash)).toBe(true);
      // The demo's first run adds its admin only when there is no user at all.
      expect(await ensureFirstUser(k)).toEqual({ created: false, users: 1 });
    } finally {
      await opened.close();
    }
  });

  it('the demo’s first run creates demo@ayuda.local with a generated password', async () => {
    const opened = await openDatabase(':memory:');
    const k = withDashboardTables(opened.kysely);
    const first = await ensureFirstUser(k);
    expect(first).toMatchObject({ created: true, email: DEMO_EMAIL });
    const user = await findUser(k, DEMO_EMAIL);
    expect(user?.role).toBe('admin');
    expect(await verifyPassword((first as { password: string }).password, user!.password_hash)).toBe(true);
    expect(await ensureFirstUser(k)).toEqual({ created: false, users: 1 });
    await opened.close();
  });

  it('turns an admin’s second factor on, printing its secret once, and off; refuses it for a viewer', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ayuda-user-')), 'ayuda.db');
    const db = await openDatabase(file);
    await createUser(withDashboardTables(db.kysely), { email: 'lead@example.com', role: 'admin', password: 'a long enough password' });
    await createUser(withDashboardTables(db.kysely), { email: 'viewer@example.com', role: 'viewer', password: 'a long enough password' });
    await db.close();
    const on = await inProcess(['user', 'totp', '--email', 'Lead@Example.com', '--db', file]);
    expect(on.status).toBe(0);
    const secret = /secret {2}([A-Z2-7]{32})/.exec(on.stdout)?.[1];
    expect(secret).toBeDefined();
    expect(on.stdout).toContain(`otpauth://totp/Ayuda:lead%40example.com?secret=${secret}`);
    const viewer = await inProcess(['user', 'totp', '--email', 'viewer@example.com', '--db', file]);
    expect(viewer).toMatchObject({ status: 1, stderr: expect.stringMatching(/for admins/) });
    expect((await inProcess(['user', 'totp', '--email', 'lead@example.com', '--off', '--db', file])).stdout).toMatch(/second factor off/);
  });
});
