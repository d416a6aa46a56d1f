/** The collector's public API. */
export { createCollector, type CollectorOptions } from './app.ts';
export { loadConfig, parseConfig, defaultConfig, ConfigError, type CollectorConfig } from './config/config.ts';
export { openDatabase, DEFAULT_DB_FILE, type CollectorDb, type InsertResult } from './db/index.ts';
export { createShutdown, closeOnSignals } from './shutdown.ts';
