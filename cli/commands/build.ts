/**
 * `ayuda build FAQ... --out DIR [--locale es]`: compile the FAQ and write
 * DIR/faq-index.json. On errors, print every one of them and exit 1.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { compileFaq, formatError, formatErrorCount, writeFaqIndex } from '../../widget/compiler/index.ts';

export interface BuildOptions {
  out: string;
  locale?: string;
  cwd?: string;
}

export interface BuildIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: BuildIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Run the build; returns the exit code (0 ok, 1 FAQ errors). */
export async function runBuild(paths: string[], opts: BuildOptions, io: BuildIo = processIo): Promise<number> {
  const { faq, errors } = await compileFaq(paths, { locale: opts.locale, cwd: opts.cwd });
  if (errors.length > 0) {
    for (const error of errors) io.stderr(`${formatError(error)}\n`);
    io.stderr(`ayuda build: ${formatErrorCount(errors)}; nothing written.\n`);
    return 1;
  }
  const written = await writeFaqIndex(faq, resolve(opts.cwd ?? process.cwd(), opts.out));
  const shownPath = `${opts.out.replace(/[\\/]+$/, '')}/faq-index.json`;
  io.stdout(`${summary(faq.entries.map((e) => e.locale), shownPath, written.bytes, written.gzipBytes)}\n`);
  return 0;
}

/** "ayuda build: 80 entries (en 40, es 40) -> dist/faq-index.json, 120.5 KiB (23.1 KiB gzip)" */
export function summary(locales: string[], path: string, bytes: number, gzipBytes: number): string {
  const counts = new Map<string, number>();
  for (const l of locales) counts.set(l, (counts.get(l) ?? 0) + 1);
  const perLocale = [...counts.keys()]
    .sort()
    .map((l) => `${l} ${counts.get(l)}`)
    .join(', ');
  const n = locales.length;
  return `ayuda build: ${n} ${n === 1 ? 'entry' : 'entries'} (${perLocale}) -> ${path}, ${size(bytes)} (${size(gzipBytes)} gzip)`;
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Compile FAQ sources (one .md file, a folder of .md files, .json, .csv) into DIR/faq-index.json')
    .argument('<faq...>', 'FAQ files or folders')
    .requiredOption('-o, --out <dir>', 'output folder (created if missing)')
    .option('-l, --locale <tag>', 'locale for entries that set none (otherwise guessed: es or en)')
    .action(async (paths: string[], opts: { out: string; locale?: string }) => {
      process.exitCode = await runBuild(paths, { out: opts.out, locale: opts.locale });
    });
}
