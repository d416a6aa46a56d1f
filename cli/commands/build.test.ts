import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild, summary } from './build.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = 'widget/compiler/__fixtures__';
const BROKEN = [`${FIXTURES}/broken/three-errors.md`, `${FIXTURES}/broken/duplicate.csv`];

const EXPECTED_STDERR = [
  `${FIXTURES}/broken/three-errors.md:4: answer: missing answer: this question has no answer text`,
  `${FIXTURES}/broken/three-errors.md:8: color: unknown field "color" in the metadata block (known fields: id, alternates, tags, locale, related, pages, context)`,
  `${FIXTURES}/broken/three-errors.md:12: question: empty question: the question text is blank`,
  `${FIXTURES}/broken/duplicate.csv:1: priority: unknown field "priority" in the CSV header (known fields: id, question, answer, alternates, tags, locale, related, pages, context)`,
  `${FIXTURES}/broken/duplicate.csv:3: id: duplicate id "envio": first used at ${FIXTURES}/broken/duplicate.csv:2`,
  `${FIXTURES}/broken/duplicate.csv:3: related: related id "devolucion" does not exist (no entry has this id)`,
  'ayuda build: 6 errors in 2 files; nothing written.',
];

function capture() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) },
  };
}

describe('runBuild', () => {
  it('writes faq-index.json and the widget, printing a summary and every file with its sizes', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'ayuda-build-'));
    const { out, io } = capture();
    const code = await runBuild([`${FIXTURES}/faq-array.json`, `${FIXTURES}/faq.csv`], { out: join(tmp, 'dist'), cwd: ROOT }, io);
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    const written = await readFile(join(tmp, 'dist', 'faq-index.json'));
    const [first, ...files] = out.stdout.split('\n').slice(0, -1);
    expect(first).toMatch(
      new RegExp(`^ayuda build: 4 entries \\(en 2, es 2\\) -> ${tmp}/dist/faq-index\\.json, [\\d.]+ (B|KiB) \\([\\d.]+ (B|KiB) gzip\\)$`),
    );
    const size = '[\\d.]+ (B|KiB)';
    // The index in one part per locale: the widget loads the page's language first.
    for (const name of ['ayuda\\.js', 'panel\\.[0-9a-f]{8}\\.js', 'faq-index\\.en\\.[0-9a-f]{8}\\.json', 'faq-index\\.es\\.[0-9a-f]{8}\\.json']) {
      expect(files).toContainEqual(expect.stringMatching(new RegExp(`^  ${tmp}/dist/${name} +${size} +${size} gzip$`)));
    }
    expect(written.toString('utf8')).toContain('"pago-tarjeta"');
  });

  it('writes only faq-index.json with widget: false', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'ayuda-build-'));
    const { out, io } = capture();
    const code = await runBuild([`${FIXTURES}/faq.csv`], { out: join(tmp, 'dist'), cwd: ROOT, widget: false }, io);
    expect(code).toBe(0);
    expect(out.stdout.split('\n')).toHaveLength(2);
    expect(existsSync(join(tmp, 'dist', 'ayuda.js'))).toBe(false);
  });

  it('is deterministic from the command too', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'ayuda-build-'));
    const paths = [`${FIXTURES}/faq.md`, `${FIXTURES}/faq-object.json`];
    for (const dir of ['a', 'b']) expect(await runBuild(paths, { out: join(tmp, dir), cwd: ROOT }, capture().io)).toBe(0);
    const [a, b] = await Promise.all(['a', 'b'].map((d) => readFile(join(tmp, d, 'faq-index.json'))));
    expect(a!.equals(b!)).toBe(true);
  });

  it('building again into the same folder keeps the previous build and removes the ones before it', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'ayuda-build-')), 'public/ayuda');
    await mkdir(join(out, 'chunks'), { recursive: true });
    await writeFile(join(out, 'chunks/floating-Old1.js'), 'a chunk no build names any more');
    await writeFile(join(out, 'robots.txt'), 'the site owner\'s');
    const indexes: string[] = [];
    const printed: string[] = [];
    for (const faq of ['faq.csv', 'faq.md', 'faq-array.json']) {
      const { out: o, io } = capture();
      expect(await runBuild([`${FIXTURES}/${faq}`], { out, cwd: ROOT }, io)).toBe(0);
      indexes.push((await readdir(out)).find((n) => /^faq-index\.es\.[0-9a-f]{8}\.json$/.test(n) && !indexes.includes(n))!);
      printed.push(o.stdout.split('\n').at(-2)!);
    }
    const left = await readdir(out);
    // The first build's index is gone; the second's stays for pages that loaded its ayuda.js.
    expect(left).not.toContain(indexes[0]);
    expect(left).toEqual(expect.arrayContaining([indexes[1], indexes[2], 'robots.txt', 'faq-index.json', 'ayuda.js']));
    expect(left.filter((n) => /^panel\.[0-9a-f]{8}\.js$/.test(n))).toHaveLength(1);
    // The first build's compressed forms went with it.
    expect(left.filter((n) => /^panel\..*\.(br|gz)$/.test(n))).toHaveLength(2);
    expect(existsSync(join(out, 'chunks/floating-Old1.js'))).toBe(false);
    expect(printed[0]).toBe("  removed 1 file of older builds (the previous build's stay for pages that still have its ayuda.js)");
    expect(printed[2]).toMatch(/^  removed \d+ files of older builds/); // the first build's two parts, es and en, and their answer chunks
    // The answer chunks left are those the two builds' parts name, and all of those are there.
    const named = new Set<string>();
    for (const name of left.filter((n) => /^faq-index\.[a-z]+\.[0-9a-f]{8}\.json$/.test(n))) {
      for (const chunk of (await readFile(join(out, name), 'utf8')).match(/faq-answers\.[a-z]+\.[0-9a-f]{8}\.json/g) ?? []) named.add(chunk);
    }
    expect(new Set(left.filter((n) => /^faq-answers\..*\.json$/.test(n)))).toEqual(named);
  });

  it('prints every error of every file, a count, writes nothing and returns 1', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'ayuda-build-'));
    const { out, io } = capture();
    const code = await runBuild(BROKEN, { out: join(tmp, 'dist'), cwd: ROOT }, io);
    expect(code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr.split('\n').slice(0, -1)).toEqual(EXPECTED_STDERR);
    expect(existsSync(join(tmp, 'dist'))).toBe(false);
  });

  it('summarises entries per locale with sizes', () => {
    expect(summary(['es', 'en', 'es'], 'out/faq-index.json', 2048, 700)).toBe(
      'ayuda build: 3 entries (en 1, es 2) -> out/faq-index.json, 2.0 KiB (700 B gzip)',
    );
  });
});

/** Commands cli/main.ts imports that other work may not have added yet. */
const OTHER_COMMANDS = ['search.ts', 'eval.ts'].map((f) => join(ROOT, 'cli/commands', f));

function spawnCli(args: string[], entry: 'bin' | 'build-only') {
  const command =
    entry === 'bin'
      ? ['bin/ayuda.mjs', ...args]
      : [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          "import { Command } from 'commander'; import { registerBuild } from './cli/commands/build.ts';" +
            "const p = new Command('ayuda'); registerBuild(p); await p.parseAsync(process.argv.slice(1), { from: 'user' });",
          ...args,
        ];
  return spawnSync(process.execPath, command, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('ayuda build, spawned', () => {
  it.skipIf(!OTHER_COMMANDS.every((f) => existsSync(f)))(
    'node bin/ayuda.mjs build exits 1 with every error on stderr',
    async () => {
      const tmp = await mkdtemp(join(tmpdir(), 'ayuda-cli-'));
      const result = spawnCli(['build', ...BROKEN, '--out', join(tmp, 'dist')], 'bin');
      expect(result.stderr.split('\n').slice(0, -1)).toEqual(EXPECTED_STDERR);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
    },
  );

  // The same command through a build-only entry point, so it is checked even
  // before the other subcommands exist.
  it('exits 1 with every error on stderr (build-only entry)', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'ayuda-cli-'));
    const result = spawnCli(['build', ...BROKEN, '--out', join(tmp, 'dist')], 'build-only');
    expect(result.stderr.split('\n').slice(0, -1)).toEqual(EXPECTED_STDERR);
    expect(result.status).toBe(1);
  });

  it('exits 0 and builds the telco FAQ (build-only entry)', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'ayuda-cli-'));
    const result = spawnCli(['build', 'bench/data/faqs/telco/faq.csv', '--out', join(tmp, 'dist')], 'build-only');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ayuda build: 80 entries \(en 40, es 40\) -> /);
  });
});

describe('runBuild --pages', () => {
  // In the repository's git-ignored .tmp/: the test reads nothing outside the tree.
  const tmpIn = async () => {
    await mkdir(join(ROOT, '.tmp'), { recursive: true });
    return mkdtemp(join(ROOT, '.tmp', 'build-pages-'));
  };

  it('writes the help centre with the widget reached from the pages’ folder, in the site’s colour', async () => {
    const tmp = await tmpIn();
    const { out, io } = capture();
    const code = await runBuild([`${FIXTURES}/faq-array.json`, `${FIXTURES}/faq.csv`], { out: join(tmp, 'site/ayuda'), pages: join(tmp, 'site/help'), pagesUrl: 'https://shop.example/help/', color: '#ffd166', site: 'tienda', collector: 'https://help.example' }, io);
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expect(out.stdout).toMatch(/ayuda build: help centre -> .+\/site\/help\/: 7 pages, sitemap\.xml, help\.css \(https:\/\/shop\.example\/help\/\)/);
    const names = (await readdir(join(tmp, 'site/help'), { recursive: true })).sort();
    expect(names).toEqual(expect.arrayContaining(['en/index.html', 'es/index.html', 'help.css', 'index.html', 'sitemap.xml']));
    const index = await readFile(join(tmp, 'site/help/es/index.html'), 'utf8');
    expect(index).toContain('<script async src="../../ayuda/ayuda.js" data-color="#ffd166" data-site="tienda" data-collector="https://help.example"></script>');
    expect(existsSync(join(tmp, 'site/ayuda/ayuda.js'))).toBe(true);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('refuses --pages without --pages-url, a URL that is not http(s), and a colour that is not one, writing nothing', async () => {
    const tmp = await tmpIn();
    for (const [extra, message] of [
      [{}, '--pages needs --pages-url'],
      [{ pagesUrl: 'javascript:alert(1)' }, '--pages-url javascript:alert(1): not an http(s) URL'],
      [{ pagesUrl: 'https://shop.example/', color: 'red' }, '--color red: not a colour (#rgb or #rrggbb)'],
    ] as const) {
      const { out, io } = capture();
      expect(await runBuild([`${FIXTURES}/faq.csv`], { out: join(tmp, 'out'), pages: join(tmp, 'help'), ...extra }, io)).toBe(1);
      expect(out.stderr).toContain(message);
    }
    expect(existsSync(join(tmp, 'out'))).toBe(false);
    expect(existsSync(join(tmp, 'help'))).toBe(false);
    rmSync(tmp, { recursive: true, force: true });
  });
});
