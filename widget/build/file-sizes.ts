/** Raw and gzip sizes of built files, and the budgets they are held to. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** ayuda.js runs on every page view before anyone opens help. */
export const LAUNCHER_BUDGET = 5 * 1024;
/** ayuda.js plus the panel and its chunks, without the FAQ data. */
export const TOTAL_BUDGET = 30 * 1024;

export interface FileSize {
  /** Path relative to the folder measured, with "/" separators. */
  name: string;
  bytes: number;
  gzipBytes: number;
}

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Every file under `dir` ("/"-separated paths relative to it), sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** Sizes of every file under `dir`, sorted by name. */
export function fileSizes(dir: string): FileSize[] {
  return listFiles(dir).map((name) => {
    const data = readFileSync(join(dir, name));
    return { name, bytes: data.length, gzipBytes: gzipSize(data) };
  });
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}
