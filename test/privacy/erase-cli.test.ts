/**
 * `ayuda erase` on the collector's database (a SQLite file, or the
 * PostgreSQL database of vitest's postgres project): --dry-run counts and
 * changes nothing; an erasure by email deletes that customer's hand-offs and
 * session events only, and is logged as the CLI's; a bad call is refused.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { registerErase } from '../../cli/commands/erase.ts';
import { createCollector } from '../../server/app.ts';
import { parseConfig } from '../../server/config/config.ts';
import { openDatabase } from '../../server/db/index.ts';
import { privacyTables } from '../../server/privacy/tables.ts';
import { TEST_STORE, testDatabase } from '../pg/test-store.ts';
import { makeEvent } from '../../server/testing/batches.ts';
import { makeRecord } from '../handoff/records.ts';

async function ayudaErase(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const program = new Command('ayuda').exitOverride();
  registerErase(program);
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  try {
    await program.parseAsync(['node', 'ayuda', 'erase', ...args]);
    return { status: 0, stdout, stderr: '' };
  } catch (err) {
    return { status: 1, stdout, stderr: (err as Error).message };
  } finally {
    write.mockRestore();
  }
}

describe('ayuda erase', () => {
  it('counts with --dry-run, erases one customer’s data by email, logs it; refuses a call that names nobody', async () => {
    const file = TEST_STORE === 'postgres' ? await testDatabase() : join(mkdtempSync(join(tmpdir(), 'ayuda-erase-')), 'ayuda.db');
    const seedDb = await openDatabase(file);
    const app = createCollector({ db: seedDb, config: parseConfig({ sites: [{ key: 'demo', origins: ['http://localhost:5173'] }] }), dashboard: false });
    const post = (url: string, body: unknown) => app.inject({ method: 'POST', url, payload: JSON.stringify(body), headers: { 'content-type': 'text/plain', origin: 'http://localhost:5173' } });
    expect((await post('/v1/handoffs', makeRecord({ session: 'sess-ana' }, 1))).statusCode).toBe(200);
    expect((await post('/v1/handoffs', makeRecord({ reference: 'AY-BBB-BBB', session: 'sess-bob', contact: { email: 'bob@example.com' } }, 2))).statusCode).toBe(200);
    const events = [0, 1, 2].map((i) => ({ ...makeEvent(i, 'search', 'demo', i < 2 ? 'ana' : 'bob'), session: i < 2 ? 'sess-ana' : 'sess-bob' }));
    expect((await post('/v1/events', { site: 'demo', sent_at: events[0]!.at, events })).statusCode).toBe(200);
    await app.close();
    await seedDb.close();

    expect(await ayudaErase(['--db', file])).toMatchObject({ status: 1, stderr: 'name the customer with --email or with --reference (one of the two)' });
    expect(await ayudaErase(['--db', file, '--email', 'not-an-email'])).toMatchObject({ status: 1, stderr: '--email: must be an email address' });
    const dry = await ayudaErase(['--db', file, '--email', 'ANA@example.com', '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('would erase 1 hand-off(s): AY-7K3-Q9F (demo)');
    expect(dry.stdout).toContain('  events: 2');
    const done = await ayudaErase(['--db', file, '--email', 'ana@example.com']);
    expect(done.stdout).toContain('erased 1 hand-off(s): AY-7K3-Q9F (demo)');
    expect(done.stdout).toMatch(/logged as erasure \d+/);

    const db = await openDatabase(file);
    try {
      const k = privacyTables(db.kysely);
      expect((await k.selectFrom('handoffs').select('reference').execute()).map((r) => r.reference)).toEqual(['AY-BBB-BBB']);
      expect((await k.selectFrom('events').select('session').execute()).map((r) => r.session)).toEqual(['sess-bob']);
      const [log] = await k.selectFrom('erasures').selectAll().execute();
      expect(log).toMatchObject({ matched_by: 'email' });
      expect(log!.by).toMatch(/^cli:/);
      expect(JSON.parse(log!.counts)).toMatchObject({ handoffs: 1, events: 2 });
    } finally {
      await db.close();
    }
  });
});
