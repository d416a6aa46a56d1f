/**
 * YAML for metadata blocks and front matter. Uses the failsafe schema: every
 * scalar stays a string (no surprise dates, numbers or booleans in ids).
 */
import yaml from 'js-yaml';
import type { FaqError } from '../src/faq/types.ts';
import { faqError } from './raw-entry.ts';

export type YamlResult = { ok: true; value: unknown } | { ok: false; error: FaqError };

/** Load with the failsafe schema. Throws js-yaml's YAMLException on bad syntax. */
export function loadYaml(text: string): unknown {
  return yaml.safeLoad(text, { schema: yaml.FAILSAFE_SCHEMA });
}

/**
 * Parse `text`, whose first line is line `firstLine` of `file`. A syntax error
 * becomes a FaqError on the line where js-yaml stopped.
 */
export function parseYaml(text: string, file: string, firstLine: number): YamlResult {
  try {
    return { ok: true, value: loadYaml(text) };
  } catch (err) {
    return { ok: false, error: yamlError(err, file, firstLine, text) };
  }
}

/**
 * Turn whatever js-yaml threw into a FaqError located in the file. "End of
 * the stream" errors are pulled back onto the last line of `text`, and the
 * field is the top-level key the error line belongs to.
 */
export function yamlError(err: unknown, file: string, firstLine: number, text: string): FaqError {
  const e = err as { reason?: string; mark?: { line: number }; message?: string };
  const lastLine = firstLine + text.replace(/\n+$/, '').split('\n').length - 1;
  const line = Math.min(firstLine + (e.mark?.line ?? 0), lastLine);
  let field = '';
  for (const [key, keyLine] of topLevelKeyLines(text, firstLine)) {
    if (keyLine <= line) field = key;
  }
  const reason = e.reason ?? e.message ?? String(err);
  return faqError(file, line, field, `invalid YAML: ${reason}`);
}

/**
 * Lines of the top-level keys of a YAML mapping (keys written at column 0),
 * so that a field's errors can point at its own line.
 */
export function topLevelKeyLines(text: string, firstLine: number): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((source, i) => {
    const m = /^(["']?)([^\s#:"'-][^:"']*?)\1\s*:(\s|$)/.exec(source);
    if (m && !lines.has(m[2]!)) lines.set(m[2]!, firstLine + i);
  });
  return lines;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
