/** The collector's storage, behind one interface. */
export { openDatabase, DEFAULT_DB_FILE, MEMORY, type CollectorDb, type InsertResult } from './open-database.ts';
export type { DatabaseSchema, EventsTable, OutboxDropsTable } from './schema.ts';
