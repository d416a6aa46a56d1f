/**
 * The outbox chunk (`outbox.<hash>.js`), loaded lazily by the core: when the
 * panel loads (so it is there if the network goes away), and at idle when a
 * previous page left items pending (the `ayuda-pending:<site>` flag). Nothing
 * runs on import; `startRecording` wires the recorder (../record/) to the
 * durable outbox and the outbox to the page: IndexedDB, fetch, the tab lock,
 * and `online`, `visibilitychange` and `pagehide`. It stores nothing and opens
 * no database until the first event is recorded or the flag says items wait.
 *
 * @example
 *   const { startRecording } = await import('./outbox/main.ts');
 *   const { record, outbox } = startRecording({ collector: 'https://help.example.com', site: 'shop', lang: 'es' });
 *   record({ type: 'gave_up', query: 'factura' }, Date.now());
 */
import type { Recording, RecordingConfig } from '../core/contract.ts';
import { createRecorder } from '../record/create-recorder.ts';
import { eventId } from '../record/event-id.ts';
import { pagePath } from '../record/page-path.ts';
import { sessionId } from '../record/session-id.ts';
import { createOutbox } from './create-outbox.ts';
import { idbStore } from './idb-store.ts';
import { PENDING, readLocal, removeLocal, writeLocal } from './local-storage.ts';
import { post } from './network.ts';
import { tabLock } from './tab-lock.ts';

const started = new Map<string, Recording>();
const hidden = (): boolean => document.visibilityState === 'hidden';

export function startRecording(config: RecordingConfig): Recording {
  // Own properties only: an option left out is not read from a page's polluted Object.prototype.
  config = { __proto__: null, ...config } as RecordingConfig;
  const { lang } = config;
  const site = config.site!;
  const collector = config.collector!.replace(/\/+$/, '');
  const key = `${site} ${collector}`;
  const running = started.get(key);
  if (running) return running;

  const outbox = createOutbox({
    collector,
    site,
    store: idbStore(site),
    post,
    lock: tabLock,
    hidden,
    flag: (pending) => (pending ? writeLocal(PENDING + site, '1') : removeLocal(PENDING + site)),
    now: Date.now,
    random: Math.random,
    // called as methods of the deps object: a browser's timers refuse that `this`
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as number),
    // Its own console line, not the core's warn(): the chunk shares no module with ayuda.js or the npm entry.
    warn: (message: string) => console.warn(`[ayuda] ${message}`),
  });
  const recorder = createRecorder({
    site,
    lang,
    session: sessionId,
    path: () => pagePath(location, config.keepParams),
    id: eventId,
    add: (item) => void outbox.add(item),
  });
  const hide = (): void => {
    recorder.commit();
    void outbox.flush('hidden');
  };
  addEventListener('pagehide', hide);
  document.addEventListener('visibilitychange', () => hidden() && hide());
  // Storage is opened only once there is something to send: an event, or items a previous page left.
  const pending = (): unknown => readLocal(PENDING + site);
  addEventListener('online', () => pending() && outbox.flush('online'));
  if (pending()) void outbox.flush('start');

  const recording: Recording = {
    record(event, at) {
      try {
        recorder.record(event, at);
      } catch {
        // never into the page
      }
    },
    outbox,
  };
  started.set(key, recording);
  return recording;
}
