/** Open dashboard pages hear about new questions and hand-offs within seconds, over server-sent events, logged in only. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createCollector } from '../../server/app.ts';
import { parseConfig } from '../../server/config/config.ts';
import { openDatabase, type CollectorDb } from '../../server/db/index.ts';
import { createUser } from '../../server/auth/users.ts';
import { withDashboardTables } from '../../server/db/dashboard-schema.ts';
import { PASSWORD, stubDist } from './dashboard-app.ts';
import { store, unanswered } from './seed.ts';
import { testDatabase } from '../pg/test-store.ts';

let db: CollectorDb;
let base: string;
let close: () => Promise<void>;

beforeEach(async () => {
  db = await openDatabase(await testDatabase());
  const app = createCollector({ db, config: parseConfig({ sites: [{ key: 'demo', origins: ['http://localhost:5173'] }] }), dashboard: { distDir: stubDist(), build: false, groupingIntervalMs: 0, freshMs: Infinity, liveIntervalMs: 50 } });
  await createUser(withDashboardTables(db.kysely), { email: 'lead@example.com', role: 'viewer', password: PASSWORD });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/dashboard`;
  close = () => app.close();
});
afterEach(async () => {
  await close();
  await db.close();
});

async function login(): Promise<string> {
  const session = await fetch(`${base}/api/session`);
  const cookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/login`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify({ email: 'lead@example.com', password: PASSWORD }) });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** Read server-sent events until `want` of them named `name` arrived. */
async function until(res: Response, name: string, want = 1): Promise<string[]> {
  const reader = res.body!.getReader();
  const got: string[] = [];
  let text = '';
  while (got.length < want) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
    for (const m of text.matchAll(new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`, 'g'))) if (!got.includes(m[1]!)) got.push(m[1]!);
  }
  await reader.cancel();
  return got;
}

describe('GET /dashboard/api/live', () => {
  it('needs a login', async () => {
    expect((await fetch(`${base}/api/live`)).status).toBe(401);
  });

  it('says hello, then "change" when a question arrives', async () => {
    const cookie = await login();
    const res = await fetch(`${base}/api/live`, { headers: { cookie } });
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const hello = until(res, 'hello');
    const [first] = await hello;
    expect(JSON.parse(first!)).toMatchObject({ events: 0, handoffs: 0 });
    const later = await fetch(`${base}/api/live`, { headers: { cookie } });
    const changes = until(later, 'change');
    await store(db, [unanswered({ query: 'abris los domingos', at: Date.now() })]);
    const [change] = await changes;
    expect(JSON.parse(change!).events).toBe(1);
  });
});
