/**
 * The journey chunk (`chunks/journal-<hash>.js`): loaded by the panel with
 * the customer's first recorded event (a settled search, an answer read),
 * so the journey is in IndexedDB before any hand-off, across reloads and
 * pages. Small: the journey's logic, its storage and idb-keyval. The
 * hand-off chunk imports its journey and storage from here, so both share
 * this one file.
 */
export { forgetJourney, readJourney, recordEvent, recordPage } from './journey/recorder.ts';
export { storage, type HandoffStorage } from './storage.ts';
