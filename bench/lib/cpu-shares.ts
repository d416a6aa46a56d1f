/**
 * Where a machine's CPU goes during a benchmark run, from /proc (Linux):
 * the collector processes, every `postgres` process, this load generator,
 * and the whole machine. Used by bench/collector-bench.ts to show when a
 * run measures the machine rather than the collector.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** CPU ticks (user + system) of a process, from /proc (0 once it is gone). */
function ticksOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}
/** CPU ticks so far of the collectors, of every `postgres` process, of this load generator, and of the whole machine (busy, and all). */
export function cpuSnapshot(collectors: number[]): { collectors: number; postgres: number; load: number; busy: number; all: number } {
  let postgres = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/comm`, 'utf8').trim() === 'postgres') postgres += ticksOf(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  const [, ...times] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const all = times.reduce((a, b) => a + b, 0);
  const idle = (times[3] ?? 0) + (times[4] ?? 0);
  return { collectors: collectors.reduce((n, pid) => n + ticksOf(pid), 0), postgres, load: ticksOf(process.pid), busy: all - idle, all };
}
/** Where the machine's CPU went between two snapshots, as shares of its cores ("100%" = one core). */
export function cpuShares(a: ReturnType<typeof cpuSnapshot>, b: ReturnType<typeof cpuSnapshot>): string {
  const cores = availableParallelism();
  const elapsed = (b.all - a.all) / cores;
  const pct = (t: number) => `${Math.round((100 * t) / elapsed)}%`;
  return `collectors ${pct(b.collectors - a.collectors)}, PostgreSQL ${pct(b.postgres - a.postgres)}, load generator ${pct(b.load - a.load)}, machine ${pct(b.busy - a.busy)} of ${cores * 100}%`;
}

