/**
 * JSON FAQ: an array of entries, or { "locale", "synonyms", "entries" }.
 * Parsed with jsonc-parser so every entry and field keeps its line.
 */
import { type Node, type ParseError, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import { LineIndex } from './line-index.ts';
import { ENTRY_FIELDS, type RawEntry, type RawField, type SourceResult, faqError, isEntryField, unknownField } from './raw-entry.ts';

const FILE_KEYS = ['locale', 'synonyms', 'entries'];

/** Keyed by jsonc-parser's printParseErrorCode() names. */
const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a field name in double quotes (trailing comma?)',
  ValueExpected: 'expected a value (trailing comma?)',
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: 'expected "," (missing comma before this line?)',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  InvalidEscapeCharacter: 'invalid escape sequence in string',
  InvalidCharacter: 'invalid character in string (raw line break or tab?)',
};

export function readJsonFile(text: string, file: string): SourceResult {
  const result: SourceResult = { file, entries: [], errors: [] };
  const lines = new LineIndex(text);
  const lineOf = (node: Node) => lines.lineAt(node.offset);
  const syntax: ParseError[] = [];
  const root = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = syntax[0];
  if (first) {
    // Later syntax errors are mostly echoes of the first one.
    const code = printParseErrorCode(first.error);
    const what = SYNTAX_MESSAGES[code] ?? code;
    result.errors.push(faqError(file, lines.lineAt(first.offset), '', `invalid JSON: ${what}`));
    return result;
  }
  if (!root) {
    result.errors.push(faqError(file, 1, '', 'empty JSON file'));
    return result;
  }

  let list: Node | undefined;
  if (root.type === 'array') {
    list = root;
  } else if (root.type === 'object') {
    for (const [key, keyNode, value] of properties(root)) {
      const line = lineOf(keyNode);
      if (key === 'locale') result.locale = { value: getNodeValue(value), line };
      else if (key === 'synonyms') result.synonyms = synonymsField(value, line, lineOf);
      else if (key !== 'entries') result.errors.push(unknownField(file, line, key, FILE_KEYS, 'top-level object'));
      else if (value.type === 'array') list = value;
      else result.errors.push(faqError(file, line, 'entries', '"entries" must be a list of entries'));
    }
    if (!list && !result.errors.some((e) => e.field === 'entries')) {
      result.errors.push(faqError(file, lineOf(root), 'entries', 'missing "entries": the list of FAQ entries'));
    }
  } else {
    result.errors.push(faqError(file, lineOf(root), '', 'expected a list of entries or an object with "entries"'));
  }

  for (const item of list?.children ?? []) {
    if (item.type !== 'object') {
      result.errors.push(faqError(file, lineOf(item), '', 'each entry must be an object {"question": ..., "answer": ...}'));
      continue;
    }
    const entry: RawEntry = { file, line: lineOf(item), fields: {} };
    for (const [key, keyNode, value] of properties(item)) {
      const line = lineOf(keyNode);
      if (!isEntryField(key)) {
        result.errors.push(unknownField(file, line, key, ENTRY_FIELDS, 'entry'));
      } else if (entry.fields[key]) {
        result.errors.push(faqError(file, line, key, `"${key}" is given twice in this entry (first on line ${entry.fields[key].line})`));
      } else {
        entry.fields[key] = { value: getNodeValue(value), line };
      }
    }
    result.entries.push(entry);
  }
  if (list && list.children?.length === 0) {
    result.errors.push(faqError(file, lineOf(list), '', 'the list of entries is empty'));
  }
  return result;
}

/** [key, key node, value node] of each property of an object node. */
function properties(object: Node): [string, Node, Node][] {
  const out: [string, Node, Node][] = [];
  for (const prop of object.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (keyNode && value) out.push([String(keyNode.value), keyNode, value]);
  }
  return out;
}

function synonymsField(value: Node, line: number, lineOf: (n: Node) => number): RawField {
  const field: RawField = { value: getNodeValue(value), line };
  if (value.type === 'array') field.itemLines = (value.children ?? []).map(lineOf);
  return field;
}
