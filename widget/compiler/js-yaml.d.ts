/**
 * The part of js-yaml 3 (a dependency of gray-matter, listed in package.json)
 * that the compiler uses. js-yaml 3 ships no types of its own.
 */
declare module 'js-yaml' {
  interface Schema {
    readonly __schema?: never;
  }
  interface Mark {
    line: number;
    column: number;
  }
  interface YAMLException extends Error {
    reason: string;
    mark?: Mark;
  }
  interface LoadOptions {
    schema?: Schema;
    filename?: string;
    json?: boolean;
  }
  const yaml: {
    FAILSAFE_SCHEMA: Schema;
    safeLoad(text: string, options?: LoadOptions): unknown;
  };
  export default yaml;
  export type { Schema, Mark, YAMLException, LoadOptions };
}
