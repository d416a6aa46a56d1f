/**
 * YAML front matter (gray-matter) with line numbers: where the body starts and
 * on which line each top-level key was written.
 */
import matter from 'gray-matter';
import type { FaqError } from '../src/faq/types.ts';
import { faqError } from './raw-entry.ts';
import { isPlainObject, loadYaml, topLevelKeyLines, yamlError } from './parse-yaml.ts';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line of each top-level key. */
  keyLines: Map<string, number>;
  /** The text after the front matter (the whole text when there is none). */
  body: string;
  /** 1-based line of the body's first line. */
  bodyLine: number;
  error?: FaqError;
}

const refuse = (): object => {
  throw new Error('only YAML front matter is supported');
};

export function readFrontMatter(text: string, file: string): FrontMatter {
  const none: FrontMatter = { data: {}, keyLines: new Map(), body: text, bodyLine: 1 };
  if (!/^---[ \t]*(yaml|yml)?[ \t]*\n/.test(text) && text.trim() !== '---') {
    if (text.startsWith('---')) {
      // "---js", "---json"... gray-matter would happily eval JavaScript.
      return { ...none, error: faqError(file, 1, '', 'front matter must be YAML ("---" on the first line)') };
    }
    return none;
  }
  if (!/\n---[ \t]*(\n|$)/.test(text)) {
    return { ...none, body: '', error: faqError(file, 1, '', 'front matter is not closed: add a "---" line after it') };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      engines: {
        yaml: (s: string) => (loadYaml(s) ?? {}) as object,
        javascript: refuse,
        json: refuse,
      },
    });
  } catch (err) {
    // gray-matter's matter starts on line 1, right after the opening "---".
    // Keep reading the body so its own errors are reported too.
    const close = /\n---[ \t]*(\n|$)/.exec(text)!;
    const body = text.slice(close.index + close[0].length);
    return { ...none, body, bodyLine: lineOfOffset(text, close.index + close[0].length), error: yamlError(err, file, 1, frontMatterText(text, close.index)) };
  }
  const body = parsed.content;
  const bodyLine = lineOfOffset(text, text.length - body.length);
  const keyLines = topLevelKeyLines(parsed.matter, 1);
  if (!isPlainObject(parsed.data)) {
    return {
      data: {},
      keyLines,
      body,
      bodyLine,
      error: faqError(file, 2, '', 'front matter must be a YAML mapping of "key: value" lines'),
    };
  }
  return { data: parsed.data, keyLines, body, bodyLine };
}

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The raw front matter as gray-matter hands it to the YAML parser (starting on line 1). */
function frontMatterText(text: string, closeIndex: number): string {
  return text.slice(3, closeIndex);
}
