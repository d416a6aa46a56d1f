/**
 * `ayuda build FAQ... --out DIR [--locale es] [--no-widget]`: compile the FAQ
 * and write DIR/faq-index.json, then the script-tag widget next to it
 * (ayuda.js, panel.<hash>.js, faq-index.<hash>.json; see
 * widget/compiler/write-widget.ts), printing every file with its raw and
 * gzip size, then remove the files of builds older than the previous one
 * (widget/compiler/older-builds.ts). On FAQ errors, print every one of them
 * and exit 1. `--alternates-from <file-or-URL>` first adds the alternates
 * learned on the dashboard (`{ "entryId": ["wording", ...] }`; a URL with a
 * read-only token, `--token` or AYUDA_TOKEN): an unknown entry id is a
 * warning, a bad file an error (nothing written). `--pages DIR --pages-url URL`
 * also writes the static help centre (widget/compiler/help-centre.ts) into DIR,
 * in the site's `--color`, with the widget's script tag on every page.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { compileFaq, formatError, formatErrorCount, writeFaqIndex, writeWidget } from '../../widget/compiler/index.ts';
import { serializeParts } from '../../widget/compiler/write-faq-index.ts';
import { filesOfBuildIn, removeOlderBuilds } from '../../widget/compiler/older-builds.ts';
import { mergeAlternates, parseAlternates } from '../../widget/compiler/merge-alternates.ts';
import { helpCentre, type HelpCentreOptions } from '../../widget/compiler/help-centre.ts';
import { normalizeHex } from '../../widget/src/core/contrast.ts';
import type { CompiledFaq } from '../../widget/src/faq/types.ts';
import { readAlternatesSource } from '../lib/read-alternates.ts';

export interface BuildOptions {
  out: string;
  locale?: string;
  cwd?: string;
  /** Also write the script-tag widget (default true). */
  widget?: boolean;
  /** A file or URL of alternates to add: the dashboard's export of accepted wordings. */
  alternatesFrom?: string;
  /** Read-only token for an `alternatesFrom` URL. */
  token?: string;
  fetch?: typeof fetch;
  /** Also write the static help centre into this folder. */
  pages?: string;
  /** Where `pages` is served (absolute URL): canonical links, hreflang and the sitemap. */
  pagesUrl?: string;
  /** The site's name, after each page's title. */
  pagesName?: string;
  /** ayuda.js as the pages reach it (a URL, or a path relative to `pages`); default the path from `pages` to `out`. */
  pagesWidget?: string;
  /** The site's colour, for the pages and their widget. */
  color?: string;
  /** The pages' widget's `data-site` and `data-collector`. */
  site?: string;
  collector?: string;
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
  const compiled = await compileFaq(paths, { locale: opts.locale, cwd: opts.cwd });
  const pagesProblem = checkPagesOptions(opts);
  if (pagesProblem) {
    io.stderr(`ayuda build: ${pagesProblem}; nothing written.\n`);
    return 1;
  }
  const { errors } = compiled;
  if (errors.length > 0) {
    for (const error of errors) io.stderr(`${formatError(error)}\n`);
    io.stderr(`ayuda build: ${formatErrorCount(errors)}; nothing written.\n`);
    return 1;
  }
  const faq = opts.alternatesFrom ? await withAlternates(compiled.faq, opts.alternatesFrom, opts, io) : compiled.faq;
  if (!faq) return 1;
  const outDir = resolve(opts.cwd ?? process.cwd(), opts.out);
  const written = await writeFaqIndex(faq, outDir);
  const shownDir = opts.out.replace(/[\\/]+$/, '');
  io.stdout(`${summary(faq.entries.map((e) => e.locale), `${shownDir}/faq-index.json`, written.bytes, written.gzipBytes)}\n`);
  if (opts.pages) {
    try {
      await writePages(faq, outDir, opts, io);
    } catch (error) {
      io.stderr(`ayuda build: could not write the help centre: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  if (opts.widget === false) return 0;
  try {
    const previous = filesOfBuildIn(outDir);
    const files = await writeWidget(outDir, serializeParts(faq));
    io.stdout(fileTable(withChunksTogether(files).map((f) => ({ ...f, name: `${shownDir}/${f.name}` }))));
    const removed = await removeOlderBuilds(outDir, new Set([...previous, ...files.map((f) => f.name)]));
    if (removed.length) io.stdout(`  removed ${removed.length} ${removed.length === 1 ? 'file' : 'files'} of older builds (the previous build's stay for pages that still have its ayuda.js)\n`);
  } catch (error) {
    io.stderr(`ayuda build: could not write the widget: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return 0;
}

/** Why the `--pages` options cannot work, or undefined. */
function checkPagesOptions(opts: BuildOptions): string | undefined {
  if (opts.color !== undefined && !normalizeHex(opts.color)) return `--color ${opts.color}: not a colour (#rgb or #rrggbb)`;
  if (!opts.pages) return opts.pagesUrl ? '--pages-url needs --pages DIR' : undefined;
  if (!opts.pagesUrl) return '--pages needs --pages-url, the address DIR is served at (canonical links and the sitemap need full URLs)';
  try {
    if (!/^https?:$/.test(new URL(opts.pagesUrl).protocol)) throw new Error();
  } catch {
    return `--pages-url ${opts.pagesUrl}: not an http(s) URL`;
  }
  return undefined;
}

/** The static help centre into `opts.pages`, with ayuda.js reached from there (relative to the folder). */
async function writePages(faq: CompiledFaq, outDir: string, opts: BuildOptions, io: BuildIo): Promise<void> {
  const dir = resolve(opts.cwd ?? process.cwd(), opts.pages!);
  const widget = opts.pagesWidget ?? (opts.widget === false ? undefined : [...relative(dir, outDir).split(sep).filter(Boolean), 'ayuda.js'].join('/'));
  const options: HelpCentreOptions = { url: opts.pagesUrl!, widget, color: opts.color, name: opts.pagesName, site: opts.site, collector: opts.collector };
  const files = helpCentre(faq, options);
  for (const file of files) {
    const path = join(dir, ...file.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
  const pages = files.filter((f) => f.path.endsWith('.html')).length;
  io.stdout(`ayuda build: help centre -> ${opts.pages!.replace(/[\\/]+$/, '')}/: ${pages} pages, sitemap.xml, help.css (${options.url})\n`);
}

/** The FAQ with the alternates of `source` added, or undefined (the reason printed) when they cannot be read. */
async function withAlternates(faq: CompiledFaq, source: string, opts: BuildOptions, io: BuildIo): Promise<CompiledFaq | undefined> {
  const read = await readAlternatesSource(source, { cwd: opts.cwd, token: opts.token, fetch: opts.fetch });
  const parsed = read.ok ? parseAlternates(read.text) : read;
  if (!parsed.ok) {
    io.stderr(`ayuda build: --alternates-from ${source}: ${parsed.message}; nothing written.\n`);
    return undefined;
  }
  const merged = mergeAlternates(faq, parsed.alternates);
  for (const id of merged.unknown) {
    const n = parsed.alternates[id]!.length;
    io.stderr(`ayuda build: warning: --alternates-from: no entry "${id}" in the FAQ; its ${n} ${n === 1 ? 'wording was' : 'wordings were'} left out\n`);
  }
  io.stdout(`ayuda build: ${merged.added} ${merged.added === 1 ? 'alternate' : 'alternates'} added from ${source}\n`);
  return merged.faq;
}

/** Each locale's answer chunks as one row, `faq-answers.es.*.json (17 chunks, 812 B gzip each on average)`, after the other files. */
export function withChunksTogether(files: { name: string; bytes: number; gzipBytes: number }[]): { name: string; bytes: number; gzipBytes: number }[] {
  const groups = new Map<string, { name: string; bytes: number; gzipBytes: number; n: number }>();
  for (const f of files) {
    const locale = /^faq-answers\.(.+)\.[0-9a-f]{8}\.json$/.exec(f.name)?.[1];
    if (locale === undefined) continue;
    const g = groups.get(locale) ?? { name: '', bytes: 0, gzipBytes: 0, n: 0 };
    groups.set(locale, { name: '', bytes: g.bytes + f.bytes, gzipBytes: g.gzipBytes + f.gzipBytes, n: g.n + 1 });
  }
  const rows = [...groups].map(([locale, g]) => ({ ...g, name: `faq-answers.${locale}.*.json (${g.n} ${g.n === 1 ? 'chunk' : 'chunks'}, ${size(Math.round(g.gzipBytes / g.n))} gzip each on average)` }));
  return [...files.filter((f) => !f.name.startsWith('faq-answers.')), ...rows];
}

/** One line per file: "  out/ayuda.js   10.3 KiB   4.6 KiB gzip". */
export function fileTable(files: { name: string; bytes: number; gzipBytes: number }[]): string {
  const width = Math.max(0, ...files.map((f) => f.name.length));
  return files.map((f) => `  ${f.name.padEnd(width)}  ${size(f.bytes).padStart(9)}  ${size(f.gzipBytes).padStart(9)} gzip\n`).join('');
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
    .description('Compile FAQ sources (one .md file, a folder of .md files, .json, .csv) into DIR/faq-index.json, with the script-tag widget (ayuda.js) next to it')
    .argument('<faq...>', 'FAQ files or folders')
    .requiredOption('-o, --out <dir>', 'output folder (created if missing)')
    .option('-l, --locale <tag>', 'locale for entries that set none (otherwise guessed: es or en)')
    .option('--no-widget', 'write only faq-index.json (no ayuda.js, no panel)')
    .option('--alternates-from <file-or-URL>', 'add the alternates accepted on the dashboard: its JSON export ({ "entryId": ["wording", ...] }), as a file or its URL')
    .option('--token <token>', 'read-only token for an --alternates-from URL (default: $AYUDA_TOKEN, which keeps it out of the process list)')
    .option('--pages <dir>', 'also write a static help centre into DIR: a page per entry and language, an index per language, sitemap.xml (needs --pages-url)')
    .option('--pages-url <URL>', 'the address DIR is served at, e.g. https://shop.example/help/ (canonical links, hreflang, the sitemap)')
    .option('--pages-name <name>', "the site's name, after each page's title")
    .option('--pages-widget <src>', 'ayuda.js as the pages reach it, when not at the path from DIR to --out (e.g. /ayuda/ayuda.js)')
    .option('--color <hex>', "the site's colour (#rgb or #rrggbb) for the help centre and its widget")
    .option('--site <key>', "the help centre's widget: data-site (the collector's site key)")
    .option('--collector <URL>', "the help centre's widget: data-collector")
    .action(async (paths: string[], opts: { out: string; locale?: string; widget: boolean; alternatesFrom?: string; token?: string; pages?: string; pagesUrl?: string; pagesName?: string; pagesWidget?: string; color?: string; site?: string; collector?: string }) => {
      const token = opts.token ?? process.env.AYUDA_TOKEN;
      const { pages, pagesUrl, pagesName, pagesWidget, color, site, collector } = opts;
      process.exitCode = await runBuild(paths, { out: opts.out, locale: opts.locale, widget: opts.widget, ...(opts.alternatesFrom ? { alternatesFrom: opts.alternatesFrom } : {}), ...(token ? { token } : {}), pages, pagesUrl, pagesName, pagesWidget, color, site, collector });
    });
}
