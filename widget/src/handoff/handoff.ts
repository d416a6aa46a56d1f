/**
 * The hand-off chunk (`chunks/handoff-<hash>.js`), loaded by the panel when
 * the customer first reaches the hand-off (a search with no or weak results,
 * "No" on an answer, or "Talk to a person"): the form, the channels, the
 * transcript formats and the live-chat adapters. It renders with the
 * panel's Preact, passed in with `providePreact`.
 *
 * @example
 *   const handoff = await import('../handoff/handoff.ts');
 *   handoff.providePreact({ h, useState, useEffect, useLayoutEffect, useRef, useId });
 *   handoff.adoptHandoffSheet(container);
 *   render(h(handoff.HandoffView, { ctx, query, onBack }), container);
 */
export { providePreact, type PreactRuntime } from './ui/preact.ts';
export { HandoffView, type HandoffViewProps } from './ui/handoff-view.tsx';
export { adoptHandoffSheet } from './ui/adopt-sheet.ts';
export { refreshRequests } from './deliver/requests.ts';
